import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProperties, ResourceSchema } from '../../core/index.js';
import { azureGraphCollector, azureGraphFolderCollector } from './index.js';

const ESTATE = resolve(fileURLToPath(import.meta.url), '../../../../examples/estate/azure');

/** The rows of MISCONFIGURATIONS.md: resource id and `path = value` evidence. */
function misconfigurations(): { id: string; evidence: [string, unknown][] }[] {
  const rows: { id: string; evidence: [string, unknown][] }[] = [];
  for (const line of readFileSync(join(ESTATE, 'MISCONFIGURATIONS.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (!/^\d+$/.test(cells[1] ?? '')) continue;
    const id = /^`([^`]+)`$/.exec(cells[2] ?? '')?.[1];
    const evidence = [...(cells[4] ?? '').matchAll(/`([^`=]+?) = ([^`]+)`/g)].map(
      (m) => [m[1] as string, JSON.parse(m[2] as string)] as [string, unknown],
    );
    if (!id) throw new Error(`row without an id: ${line}`);
    rows.push({ id, evidence });
  }
  return rows;
}

/** `rules[0].ports` → the value at that path. */
function at(value: unknown, path: string): unknown {
  let cur = value;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

describe('examples/estate/azure', async () => {
  const result = await azureGraphCollector.collect(ESTATE, { collectedAt: '2025-01-15T08:00:00.000Z' });

  it('is one subscription, collected without issues', () => {
    expect(result.issues).toEqual([]);
    expect(new Set(result.resources.map((r) => r.account))).toEqual(
      new Set(['0c7d4e2b-5a91-4f3e-b6d8-2e1f9a7c3b54']),
    );
    expect(result.resources.length).toBeGreaterThanOrEqual(25);
    for (const r of result.resources) {
      expect(() => ResourceSchema.parse(r), r.id).not.toThrow();
      expect(checkProperties(r.kind, r.properties ?? {}), r.id).toEqual([]);
    }
    expect(result.unknownTypes).toEqual({
      'microsoft.web/serverfarms': 1,
      'microsoft.network/networkwatchers': 1,
      'microsoft.operationalinsights/workspaces': 1,
    });
    expect(azureGraphFolderCollector.detect(ESTATE, '')).toBe(true);
  });

  const rows = misconfigurations();
  it('lists at least the misconfigurations the estate was built with', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s shows what MISCONFIGURATIONS.md says', (_id, row) => {
    const resource = result.resources.find((r) => r.id === row.id);
    expect(resource, row.id).toBeDefined();
    expect(row.evidence.length).toBeGreaterThan(0);
    for (const [path, value] of row.evidence) expect(at(resource?.properties, path), path).toEqual(value);
  });
});
