import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/index.js';
import { MissingData } from '../define.js';
import { compile, parseCidr, portRanges, ROOT } from './conditions.js';
import { loadDeclarativeChecks } from './load.js';

const run = (c: Parameters<typeof compile>[0], subject: unknown) => compile(c)(subject, ROOT);

describe('conditions', () => {
  const r = {
    properties: {
      port: 22,
      ports: { from: 20, to: 25 },
      cidrs: ['10.1.2.0/24', '192.168.0.0/16'],
      names: ['a', 'b'],
      rules: [{ peers: ['0.0.0.0/0'] }, { peers: ['10.0.0.0/8'] }],
      flag: false,
    },
    tags: { env: 'prod' },
  };

  it('evaluates each operator', () => {
    expect(run({ path: 'properties.port', op: 'eq', value: 22 }, r)).toBe(true);
    expect(run({ path: 'properties.port', op: 'ne', value: 22 }, r)).toBe(false);
    expect(run({ path: 'tags.env', op: 'in', value: ['prod', 'stage'] }, r)).toBe(true);
    expect(run({ path: 'tags.env', op: 'not-in', value: ['prod'] }, r)).toBe(false);
    expect(run({ path: 'properties.names', op: 'contains', value: 'b' }, r)).toBe(true);
    expect(run({ path: 'tags.env', op: 'regex', value: '^pr' }, r)).toBe(true);
    expect(run({ path: 'tags.env', op: 'regex', value: '/^PR/i' }, r)).toBe(true);
    expect(run({ path: 'properties.port', op: 'gt', value: 21 }, r)).toBe(true);
    expect(run({ path: 'properties.port', op: 'lte', value: 21 }, r)).toBe(false);
    expect(run({ path: 'properties.missing', op: 'exists' }, r)).toBe(false);
    expect(run({ path: 'properties.missing', op: 'exists', value: false }, r)).toBe(true);
    expect(run({ path: 'properties.flag', op: 'exists' }, r)).toBe(true);
  });

  it('tests CIDR containment and port-range overlap', () => {
    expect(run({ path: 'properties.cidrs', op: 'cidr-contains', value: '10.0.0.0/8' }, r)).toBe(true);
    expect(run({ path: 'properties.cidrs', op: 'cidr-contains', value: '172.16.0.0/12' }, r)).toBe(false);
    expect(run({ path: 'properties.ports', op: 'port-range-overlaps', value: 22 }, r)).toBe(true);
    expect(run({ path: 'properties.ports', op: 'port-range-overlaps', value: ['26-30', 3389] }, r)).toBe(
      false,
    );
    expect(run({ path: 'properties.ports', op: 'port-range-overlaps', value: '25-30' }, r)).toBe(true);
    expect(portRanges([22, '8000-8080'])).toEqual([
      [22, 22],
      [8000, 8080],
    ]);
    expect(() => portRanges('80-20')).toThrow(/not a valid port range/);
    expect(parseCidr('2001:db8::/32')?.prefix).toBe(32);
    expect(parseCidr('300.1.1.1')).toBeUndefined();
  });

  it('combines with all, any, not, some and every', () => {
    expect(
      run(
        {
          all: [
            { path: 'tags.env', op: 'eq', value: 'prod' },
            { not: { path: 'properties.flag', op: 'eq', value: true } },
          ],
        },
        r,
      ),
    ).toBe(true);
    expect(
      run(
        {
          any: [
            { path: 'tags.env', op: 'eq', value: 'dev' },
            { path: 'properties.port', op: 'eq', value: 23 },
          ],
        },
        r,
      ),
    ).toBe(false);
    expect(
      run({ path: 'properties.rules', some: { path: 'peers', op: 'contains', value: '0.0.0.0/0' } }, r),
    ).toBe(true);
    expect(
      run({ path: 'properties.rules', every: { path: 'peers', op: 'contains', value: '0.0.0.0/0' } }, r),
    ).toBe(false);
    expect(run({ path: 'properties.names', every: { path: '.', op: 'in', value: ['a', 'b'] } }, r)).toBe(
      true,
    );
  });

  it('treats an absent value as unknown, unless the check gives the platform default', () => {
    expect(() => run({ path: 'properties.nope', op: 'eq', value: true }, r)).toThrow(MissingData);
    try {
      run({ path: 'properties.rules', every: { path: 'absent', op: 'eq', value: 1 } }, r);
    } catch (error) {
      expect((error as MissingData).path).toBe('properties.rules[0].absent');
    }
    expect(run({ path: 'properties.nope', op: 'eq', value: true, default: true }, r)).toBe(true);
  });

  it('rejects values that do not fit the operator when compiling', () => {
    expect(() => compile({ path: 'x', op: 'in', value: 'a' })).toThrow(/needs a list/);
    expect(() => compile({ path: 'x', op: 'gt', value: '5' })).toThrow(/needs a number/);
    expect(() => compile({ path: 'x', op: 'cidr-contains', value: '10.0.0.0/33' })).toThrow(/not a CIDR/);
    expect(() => compile({ path: 'x', op: 'regex', value: '(' })).toThrow(/invalid regex/);
  });
});

describe('loadDeclarativeChecks', () => {
  const valid = `checks:
  - id: test-check
    title: A test check title
    rationale: Why this test check matters.
    severity: low
    providers: [onprem]
    kinds: [host.server]
    controls: [CFG-01]
    remediation: Do the right thing here.
    applies: { path: tags.x, op: ne, value: y, default: z }
    require: { path: properties.owner, op: exists }
    messages: { pass: ok, fail: not ok }
    cases:
      - { name: owned, expect: pass, properties: { owner: a } }
`;
  const dirWith = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-decl-'));
    writeFileSync(join(dir, 'x.yaml'), text);
    return dir;
  };

  it('compiles checks and their cases', () => {
    const loaded = loadDeclarativeChecks(dirWith(valid));
    expect(loaded.checks.map((c) => c.id)).toEqual(['test-check']);
    expect(loaded.cases.get('test-check')?.[0]?.expect).toBe('pass');
  });

  it('reports a bad operator value and a bad field with file and line', () => {
    const bad = valid.replace(
      'require: { path: properties.owner, op: exists }',
      'require: { path: properties.port, op: gt, value: "five" }',
    );
    try {
      loadDeclarativeChecks(dirWith(bad));
      throw new Error('loaded');
    } catch (error) {
      const e = error as InputError;
      expect(e).toBeInstanceOf(InputError);
      expect(e.issues).toHaveLength(1);
      expect(e.issues[0]).toMatchObject({
        line: 11,
        message: "'gt' needs a number value",
        path: 'checks[0].require',
      });
    }
    const unknownOp = valid.replace('op: exists', 'op: equals');
    expect(() => loadDeclarativeChecks(dirWith(unknownOp))).toThrow(InputError);
  });
});
