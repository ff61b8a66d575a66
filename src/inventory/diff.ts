import type { Resource } from '../core/index.js';

export interface PropertyChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface ResourceChange {
  id: string;
  kind: string;
  changes: PropertyChange[];
}

export interface InventoryDiff {
  added: Resource[];
  removed: Resource[];
  changed: ResourceChange[];
  unchanged: number;
}

/** The fields compared between two snapshots of the same resource; `raw` and `source` are provenance, not state. */
const COMPARED = [
  'kind',
  'service',
  'account',
  'region',
  'name',
  'tier',
  'tags',
  'properties',
  'relations',
  'unknown',
] as const;

/** What changed from snapshot `a` to snapshot `b`: resources added, removed, and changed by property path. */
export function diffInventories(a: readonly Resource[], b: readonly Resource[]): InventoryDiff {
  const before = new Map(a.map((r) => [r.id, r]));
  const after = new Map(b.map((r) => [r.id, r]));
  const result: InventoryDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [id, r] of after) if (!before.has(id)) result.added.push(r);
  for (const [id, r] of before) {
    const next = after.get(id);
    if (!next) {
      result.removed.push(r);
      continue;
    }
    const changes: PropertyChange[] = [];
    for (const field of COMPARED) compare(field, r[field], next[field], changes);
    if (changes.length > 0) result.changed.push({ id, kind: next.kind, changes });
    else result.unchanged++;
  }
  return result;
}

function compare(path: string, x: unknown, y: unknown, out: PropertyChange[]): void {
  if (Object.is(x, y)) return;
  if (isPlainObject(x) && isPlainObject(y)) {
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)]))
      compare(`${path}.${key}`, x[key], y[key], out);
    return;
  }
  if (JSON.stringify(x) !== JSON.stringify(y)) out.push({ path, before: x, after: y });
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
