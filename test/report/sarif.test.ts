import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/report/formats/index.js';
import { AWS_BUCKET, AWS_SG, AZURE_STORAGE, count, findings, IAC_BUCKET, input } from './fixture.js';

// ajv-draft-04 is CommonJS whose module.exports is the class; NodeNext types it as the namespace.
const Ajv = AjvDraft04 as unknown as typeof AjvDraft04.default;

const schema = JSON.parse(
  readFileSync(new URL('../../vendor/schemas/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
);

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s));
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s));
  return ajv.compile(schema);
}

interface Result {
  ruleId: string;
  ruleIndex: number;
  level?: string;
  kind?: string;
  message: { text: string };
  locations: {
    physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } };
    logicalLocations?: { fullyQualifiedName: string }[];
  }[];
  partialFingerprints: Record<string, string>;
}

function parse(options?: Parameters<typeof input>[0]) {
  return JSON.parse(formatters.sarif(input(options))) as {
    version: string;
    runs: {
      tool: { driver: { name: string; rules: { id: string; properties: Record<string, unknown> }[] } };
      results: Result[];
    }[];
  };
}

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema, by default and with every status', () => {
    const validate = validator();
    for (const out of [
      formatters.sarif(input()),
      formatters.sarif(input({ statuses: ['pass', 'fail', 'error', 'not_applicable'] })),
    ]) {
      const ok = validate(JSON.parse(out));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('the validator does reject a broken log', () => {
    const validate = validator();
    const log = parse();
    (log.runs[0] as { results: unknown[] }).results.push({ ruleId: 1, message: 'not an object' });
    expect(validate(log)).toBe(false);
  });

  it('writes failures and errors only, with levels by severity', () => {
    const run = parse().runs[0];
    if (!run) throw new Error('no run');
    expect(run.tool.driver.name).toBe('Verity');
    expect(run.results).toHaveLength(count('fail') + count('error'));
    const levels = new Map(run.results.map((r) => [r.partialFingerprints['verityFindingId/v1'], r]));
    for (const f of findings) {
      const r = levels.get(f.id);
      if (f.status === 'pass' || f.status === 'not_applicable') {
        expect(r).toBeUndefined();
        continue;
      }
      expect(r?.ruleId).toBe(f.check);
      if (f.status === 'error') {
        expect(r?.kind).toBe('review');
        expect(r?.level).toBe('none');
        expect(r?.message.text).toContain(f.message);
      } else {
        const want = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' }[
          f.severity
        ];
        expect(r?.level).toBe(want);
        expect(r?.kind).toBeUndefined();
      }
    }
  });

  it('has one rule per check with results, with controls and security-severity, and consistent ruleIndex', () => {
    const run = parse().runs[0];
    if (!run) throw new Error('no run');
    const withResults = new Set(
      findings.filter((f) => f.status === 'fail' || f.status === 'error').map((f) => f.check),
    );
    expect(run.tool.driver.rules.map((r) => r.id).sort()).toEqual([...withResults].sort());
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    const pub = run.tool.driver.rules.find((r) => r.id === 'storage-bucket-public');
    expect(pub?.properties.controls).toEqual(['DATA-01']);
    expect(Number(pub?.properties['security-severity'])).toBeGreaterThanOrEqual(9);
    const enc = run.tool.driver.rules.find((r) => r.id === 'storage-encryption');
    expect(Number(enc?.properties['security-severity'])).toBeGreaterThanOrEqual(4);
    expect(Number(enc?.properties['security-severity'])).toBeLessThan(7);
  });

  it('locates IaC findings by file and line, others by resource id', () => {
    const run = parse().runs[0];
    if (!run) throw new Error('no run');
    const iac = run.results.filter(
      (r) => r.locations[0]?.logicalLocations?.[0]?.fullyQualifiedName === IAC_BUCKET,
    );
    expect(iac.length).toBeGreaterThan(0);
    for (const r of iac) {
      expect(r.locations[0]?.physicalLocation?.artifactLocation.uri).toBe('infra/my%20stack/main.tf');
      expect(r.locations[0]?.physicalLocation?.region.startLine).toBe(12);
    }
    for (const id of [AWS_SG, AZURE_STORAGE, AWS_BUCKET]) {
      const rs = run.results.filter((r) => r.locations[0]?.logicalLocations?.[0]?.fullyQualifiedName === id);
      expect(rs.length).toBeGreaterThan(0);
      for (const r of rs) expect(r.locations[0]?.physicalLocation).toBeUndefined();
    }
  });

  it('includes pass and not_applicable only when asked', () => {
    const run = parse({ statuses: ['pass', 'not_applicable'] }).runs[0];
    expect(run?.results.map((r) => r.kind).sort()).toEqual(
      [...Array(count('not_applicable')).fill('notApplicable'), ...Array(count('pass')).fill('pass')].sort(),
    );
  });
});
