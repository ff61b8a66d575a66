import type { ResourceInput } from '../../core/index.js';
import { Draft } from './draft.js';
import type { IacResource } from './resource.js';
import { type AttachSpec, type Finisher, IacCtx, type PrimarySpec } from './spec.js';

export interface NormalizeOptions {
  collector: string;
  collectedAt: string;
}

export interface MappingTables {
  primary: Readonly<Record<string, PrimarySpec>>;
  attach: Readonly<Record<string, AttachSpec>>;
  finish: Readonly<Record<string, Finisher>>;
  /** The key a type not normalized is counted under in `unknownTypes`. */
  typeKey(type: string): string;
  /** Sets account and region. */
  place?(res: IacResource, spec: PrimarySpec, d: Draft): void;
}

/**
 * Normalizes resources read from infrastructure-as-code: one resource per mapped type, the resources that
 * configure another merged into it (or, when that one is not in the configuration, recorded as making its
 * facts unknown), every other type counted in `unknownTypes`.
 */
export function normalizeResources(
  resources: readonly IacResource[],
  tables: MappingTables,
  opts: NormalizeOptions,
): { resources: ResourceInput[]; unknownTypes: Record<string, number> } {
  const drafts = new Map<string, Draft>();
  const unknownTypes: Record<string, number> = {};
  const count = (type: string) => {
    const key = tables.typeKey(type);
    unknownTypes[key] = (unknownTypes[key] ?? 0) + 1;
  };
  const make = (res: IacResource, spec: PrimarySpec): Draft => {
    const d = new Draft({
      id: res.id,
      type: res.type,
      address: res.address,
      collector: opts.collector,
      provider: spec.provider,
      service: spec.service,
      kind: spec.kind,
      ...(res.location !== undefined ? { location: res.location } : {}),
      collectedAt: opts.collectedAt,
      raw: res.raw,
    });
    drafts.set(res.id, d);
    return d;
  };
  const all = new Map(resources.map((r) => [r.id, r]));
  const built: { res: IacResource; spec: PrimarySpec; d: Draft }[] = [];
  for (const res of resources) {
    const spec = tables.primary[res.type];
    if (spec) built.push({ res, spec, d: make(res, spec) });
    else if (!tables.attach[res.type]) count(res.type);
  }
  for (const { res, spec, d } of built) spec.build(new IacCtx(res, drafts, all), d);

  const missing = new Map<string, Map<string, string>>();
  for (const res of resources) {
    const spec = tables.attach[res.type];
    if (!spec) continue;
    const c = new IacCtx(res, drafts, all);
    const target = spec.find(c);
    if (target) {
      spec.apply(c, target);
      continue;
    }
    if (spec.fallback) {
      const d = make(res, spec.fallback);
      built.push({ res, spec: spec.fallback, d });
      spec.fallback.build(c, d);
      continue;
    }
    count(res.type);
    for (const t of spec.targets) {
      const m = missing.get(t) ?? new Map<string, string>();
      m.set(spec.missing.fact, `${spec.missing.reason} (${res.address})`);
      missing.set(t, m);
    }
  }

  const out: ResourceInput[] = [];
  for (const { res, spec, d } of built) {
    tables.finish[res.type]?.(d, missing.get(res.type) ?? new Map());
    tables.place?.(res, spec, d);
    if (res.expansion) d.unknownAt(res.expansionPath ?? 'count', res.expansion.reason);
    out.push(d.finish());
  }
  return { resources: out, unknownTypes };
}
