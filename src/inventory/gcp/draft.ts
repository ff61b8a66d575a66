import type { ResourceInput, ResourceKind } from '../../core/index.js';
import type { Asset } from './assets.js';
import { at, labelsOf, type Obj, regionOfLocation, str } from './fields.js';

export const COLLECTOR = 'gcp-asset';

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
  asset: Asset;
  r: Built;
}

export interface GcpContext {
  collectedAt: string;
  /** Project number → project id, learnt from Project assets and from assets named by id with numbered ancestors. */
  projectIds: Map<string, string>;
}

export function locationOf(asset: Asset): string {
  return asset.line !== undefined ? `${asset.file}:${asset.line}` : asset.file;
}

/** A project number or id as the project id where it is known. */
export function projectId(ref: string, ctx: GcpContext): string {
  return ctx.projectIds.get(ref) ?? ref;
}

/** The project (or folder / organization) an asset belongs to: the `account`. */
export function accountOf(asset: Asset, ctx: GcpContext): string {
  const own = /\/\/cloudresourcemanager\.googleapis\.com\/((?:organizations|folders)\/[^/]+)$/.exec(
    asset.name,
  );
  if (own?.[1]) return own[1];
  const inName = /\/projects\/([^/]+)/.exec(asset.name)?.[1];
  if (inName && inName !== '_') return projectId(inName, ctx);
  const ancestor = asset.ancestors.find((a) => a.startsWith('projects/'));
  if (ancestor) return projectId(ancestor.slice('projects/'.length), ctx);
  const number = str(at(asset.data, 'projectNumber'));
  if (number) return projectId(number, ctx);
  const parent = /\/projects\/([^/]+)$/.exec(asset.parent ?? '')?.[1];
  if (parent) return projectId(parent, ctx);
  const org = asset.ancestors.find((a) => a.startsWith('organizations/') || a.startsWith('folders/'));
  return org ?? 'unknown';
}

/** The region: zones become their region (`us-central1-a` → `us-central1`), the zone is kept as an extra. */
export function locationParts(asset: Asset): { region?: string; zone?: string } {
  const loc =
    asset.location ??
    str(at(asset.data, 'location')) ??
    /\/(?:zones|regions|locations)\/([^/]+)/.exec(asset.name)?.[1] ??
    undefined;
  if (!loc) return {};
  const region = regionOfLocation(loc);
  return region !== loc.toLowerCase() ? { region, zone: loc.toLowerCase() } : { region };
}

export function newDraft(asset: Asset, kind: ResourceKind, service: string, ctx: GcpContext): Draft {
  const data = asset.data;
  const name =
    str(at(data, 'name'))?.split('/').pop() ??
    str(at(asset.search, 'displayName')) ??
    asset.name.split('/').pop() ??
    asset.name;
  const { region, zone } = locationParts(asset);
  const r: Built = {
    id: asset.name,
    provider: 'gcp',
    service,
    kind,
    account: accountOf(asset, ctx),
    name,
    tags: labelsOf(at(data, 'labels') ?? at(asset.search, 'labels')),
    properties: {},
    relations: [],
    unknown: [],
    raw: asset.records.length === 1 ? asset.records[0] : asset.records,
    source: {
      type: 'export',
      collector: COLLECTOR,
      location: locationOf(asset),
      collectedAt: ctx.collectedAt,
    },
  };
  if (region) r.region = region;
  if (zone) r.properties.zone = zone;
  return { asset, r };
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
