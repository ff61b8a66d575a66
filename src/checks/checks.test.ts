import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/index.js';
import { evaluate } from '../policy/engine.js';
import { builtinChecks, CheckRegistry, declarative, validateCheck } from './index.js';
import type { CheckCase } from './testing.js';

const here = dirname(fileURLToPath(import.meta.url));
const catalog = loadCatalog();
const controlIds = new Set(catalog.controls.map((c) => c.id));

/** Every `*.fixtures.ts` under src/checks, keyed by the check file it sits beside. */
async function loadFixtures(): Promise<Map<string, CheckCase[]>> {
  const out = new Map<string, CheckCase[]>();
  const walk = async (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.fixtures.ts')) {
        const mod = (await import(p)) as { cases: CheckCase[] };
        const checkModule = (await import(p.replace(/\.fixtures\.ts$/, '.ts'))) as {
          default: { id: string };
        };
        out.set(checkModule.default.id, mod.cases);
      }
    }
  };
  await walk(here);
  return out;
}

const fixtures = await loadFixtures();
for (const [id, cases] of declarative.cases) fixtures.set(id, cases);

describe('the check registry', () => {
  it('accepts every built-in check: metadata complete, ids unique, controls known to the catalog', () => {
    const registry = new CheckRegistry(builtinChecks, controlIds);
    expect(registry.size).toBe(builtinChecks.length);
  });

  it('rejects a duplicate id and a check with an unknown control', () => {
    const [first] = builtinChecks;
    if (!first) throw new Error('no checks');
    expect(() => new CheckRegistry([first, first])).toThrow(/duplicate check id/);
    expect(validateCheck({ ...first, controls: ['NOPE-01'] }, controlIds)).toEqual([
      "unknown control 'NOPE-01'",
    ]);
    expect(validateCheck({ ...first, kinds: [] }, controlIds)).toEqual(['applies to no resource kind']);
  });

  it('has fixtures for pass, fail and not_applicable for every check', () => {
    const missing: string[] = [];
    for (const c of builtinChecks) {
      const statuses = new Set((fixtures.get(c.id) ?? []).map((f) => f.expect));
      for (const s of ['pass', 'fail', 'not_applicable'] as const)
        if (!statuses.has(s)) missing.push(`${c.id}: no ${s} case`);
    }
    expect(missing).toEqual([]);
  });
});

describe('every check on its fixtures', () => {
  const rows = builtinChecks.flatMap((c) =>
    (fixtures.get(c.id) ?? []).map((f) => [c.id, f.name, c, f] as const),
  );
  it.each(rows)('%s: %s', (_id, _name, check, fixture) => {
    const inventory = [fixture.resource, ...(fixture.inventory ?? [])];
    const results = evaluate(
      [check],
      inventory,
      fixture.params ? { params: { [check.id]: fixture.params } } : {},
    );
    const mine = results.filter((r) => r.resource === fixture.resource.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.status, mine[0]?.message).toBe(fixture.expect);
    if (fixture.message) expect(mine[0]?.message).toContain(fixture.message);
  });
});
