import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResourceInput } from '../../core/index.js';
import { type CollectionReport, collectPaths } from '../collect.js';
import { IAC_COLLECTORS } from './index.js';

const DIR = 'examples/estate/iac';

interface Row {
  file: string;
  address: string;
  checks: string;
}

/** The rows of the first table in MISCONFIGURATIONS.md (File, Address, What is wrong, Normalized as). */
function rows(): Row[] {
  const text = readFileSync(join(DIR, 'MISCONFIGURATIONS.md'), 'utf8');
  const section = text.split('## Misconfigurations')[1]?.split('\n## ')[0] ?? '';
  const out: Row[] = [];
  for (const line of section.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim().replace(/^`|`$/g, ''));
    if (cells.length !== 4 || cells[0] === 'File' || cells[0]?.startsWith('---')) continue;
    out.push({ file: cells[0] as string, address: cells[1] as string, checks: cells[3] as string });
  }
  return out;
}

function valueAt(r: ResourceInput, path: string): unknown {
  let v: unknown = r.properties;
  for (const key of path.split('.')) v = (v as Record<string, unknown> | undefined)?.[key];
  return v;
}

describe('examples/estate/iac', () => {
  let report: CollectionReport;
  beforeAll(async () => {
    report = await collectPaths([DIR], IAC_COLLECTORS, { collectedAt: '2025-01-15T10:00:00.000Z' });
  });

  it('is read whole by format detection, with no issue and nothing unrecognised', () => {
    expect(report.sources.map((s) => [s.path, s.format])).toEqual([
      [join(DIR, 'arm/corp-it.json'), 'arm'],
      [join(DIR, 'cloudformation/payments-support.yaml'), 'cloudformation'],
      [join(DIR, 'terraform'), 'terraform'],
      [join(DIR, 'terraform-plan/analytics-ingest.plan.json'), 'terraform-plan'],
    ]);
    expect(report.issues).toEqual([]);
    expect(report.unrecognised).toEqual([]);
    expect(report.unknownTypes).toEqual({
      'AWS::EKS::Cluster': 1,
      'terraform:aws_sns_topic': 1,
      'terraform:azurerm_resource_group': 1,
    });
  });

  const table = rows();

  it('lists every misconfiguration in MISCONFIGURATIONS.md', () => {
    expect(table.length).toBeGreaterThanOrEqual(25);
  });

  it.each(table.map((r) => [`${r.file} ${r.address}`, r]))('%s is normalized as documented', (_, row) => {
    const { file, address, checks } = row as Row;
    const res = report.resources.find(
      (r) => r.id.endsWith(`#${address}`) && r.source.location?.startsWith(`${join(DIR, file)}:`),
    );
    expect(res, `${file} ${address}`).toBeDefined();
    const r = res as ResourceInput;
    for (const check of checks.split(';').map((c) => c.trim())) {
      const rule = /^rules ∋ (ingress|egress) (\w+) (\d+) from (\S+)$/.exec(check);
      if (rule) {
        const [, direction, protocol, port, peer] = rule;
        type Rule = {
          direction: string;
          protocol: string;
          action: string;
          ports: { from: number; to: number };
          peers: string[];
        };
        const found = ((r.properties?.rules ?? []) as Rule[]).some(
          (x) =>
            x.direction === direction &&
            x.action === 'allow' &&
            (x.protocol === protocol || x.protocol === 'all') &&
            x.ports.from <= Number(port) &&
            x.ports.to >= Number(port) &&
            x.peers.includes(peer as string),
        );
        expect(found, `${address}: ${check}`).toBe(true);
        continue;
      }
      const m = /^([\w.]+) = (.+)$/.exec(check);
      expect(m, `check not understood: ${check}`).not.toBeNull();
      const [, path, json] = m as RegExpExecArray;
      expect(valueAt(r, path as string), `${address}: ${check}`).toEqual(JSON.parse(json as string));
    }
  });

  it('leaves what the sources do not say unknown, as documented', () => {
    const text = readFileSync(join(DIR, 'MISCONFIGURATIONS.md'), 'utf8');
    const section = text.split('## Left unknown on purpose')[1] ?? '';
    let count = 0;
    for (const line of section.split('\n')) {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim().replace(/^`|`$/g, ''));
      if (cells.length !== 4 || cells[0] === 'File' || cells[0]?.startsWith('---')) continue;
      const [file, address, path] = cells as [string, string, string];
      const r = report.resources.find(
        (x) => x.id.endsWith(`#${address}`) && x.source.location?.startsWith(`${join(DIR, file)}:`),
      );
      expect(
        r?.unknown?.map((u) => u.path),
        `${file} ${address}`,
      ).toContain(path);
      count++;
    }
    expect(count).toBe(5);
  });
});
