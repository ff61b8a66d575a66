import type { ResourceInput, ResourceKind } from '../../core/index.js';
import { field, type Obj, regionOf, str, subscriptionOf, tagsOf } from './fields.js';

export const COLLECTOR = 'azure-graph';

/** One record read from a file: an ARM resource (Resource Graph row, `az` list item, ARM REST object). */
export interface Entry {
  rec: Obj;
  /** Lower-cased ARM type, e.g. `microsoft.compute/virtualmachines`. */
  type: string;
  /** Lower-cased resource id. */
  id: string;
  file: string;
  line: number | undefined;
  /** The line of an object nested in the record (an embedded subnet), where the file kept it. */
  lineOf?: (node: unknown) => number | undefined;
}

export interface UnknownProperty {
  path: string;
  reason: string;
}

/** A resource being built: the fields later passes add to are always present. */
export interface Built extends ResourceInput {
  properties: Obj;
  relations: { type: string; target: string }[];
  unknown: UnknownProperty[];
  tags: Record<string, string>;
}

export interface Draft {
  entry: Entry;
  r: Built;
}

export interface DraftContext {
  collectedAt: string;
  /** The subscription most records are in: the account of tenant-level records (built-in role definitions). */
  fallbackAccount: string;
}

export function locationOf(entry: Entry): string {
  return entry.line !== undefined ? `${entry.file}:${entry.line}` : entry.file;
}

/** The common part of every normalized Azure resource. */
export function newDraft(entry: Entry, kind: ResourceKind, service: string, ctx: DraftContext): Draft {
  const { rec } = entry;
  const account =
    subscriptionOf(entry.id) ?? str(field(rec, 'subscriptionId'))?.toLowerCase() ?? ctx.fallbackAccount;
  const region = regionOf(field(rec, 'location'));
  const name = str(field(rec, 'name')) ?? entry.id.split('/').pop() ?? entry.id;
  const r: Built = {
    id: entry.id,
    provider: 'azure',
    service,
    kind,
    account,
    name,
    tags: tagsOf(field(rec, 'tags')),
    properties: {},
    relations: [],
    unknown: [],
    raw: rec,
    source: {
      type: 'export',
      collector: COLLECTOR,
      location: locationOf(entry),
      collectedAt: ctx.collectedAt,
    },
  };
  if (region) r.region = region;
  return { entry, r };
}

export function relate(d: Draft, type: string, target: string | undefined): void {
  if (!target) return;
  if (d.r.relations.some((x) => x.type === type && x.target === target)) return;
  d.r.relations.push({ type, target });
}

export function unknownProp(d: Draft, path: string, reason: string): void {
  if (d.r.properties[path] !== undefined) return;
  if (d.r.unknown.some((u) => u.path === path)) return;
  d.r.unknown.push({ path, reason });
}

/** Sets a property and forgets any earlier "unknown" note for it. */
export function setProp(d: Draft, path: string, value: unknown): void {
  if (value === undefined) return;
  d.r.properties[path] = value;
  d.r.unknown = d.r.unknown.filter((u) => u.path !== path);
}
