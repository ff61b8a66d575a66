import type {
  CheckStatus,
  Observation,
  PropertiesOf,
  Provider,
  Resource,
  ResourceKind,
  Severity,
} from '../core/index.js';

/** Thrown by `need` when a property a check requires is unknown; the engine turns it into `error`. */
export class MissingData extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path} could not be determined: ${reason}`);
    this.name = 'MissingData';
  }
}

/** A resource as a check sees it: properties typed for its kinds. */
export type CheckedResource<K extends ResourceKind> = Omit<Resource, 'properties' | 'kind'> & {
  kind: K;
  properties: PropertiesOf<K>;
};

export interface CheckOutcome {
  status: CheckStatus;
  message: string;
  evidence?: Observation[];
}

/** Read-only access to the rest of the inventory, for relational checks. Built once per evaluation. */
export interface InventoryView {
  byId(id: string): Resource | undefined;
  byKind(kind: ResourceKind): readonly Resource[];
  /** Resources that relate to `id` with `type` (the reverse of `Resource.relations`). */
  referrers(id: string, type?: string): readonly Resource[];
}

export interface CheckContext<P> {
  params: P;
  inventory: InventoryView;
}

export interface CheckParam {
  description: string;
  default: unknown;
}

export interface CheckFix {
  cli?: string;
  terraform?: string;
}

export interface CheckSpec<K extends ResourceKind, P extends Record<string, unknown>> {
  /** Stable id, e.g. `aws-s3-bucket-public-read`. Never derived from the file name. */
  id: string;
  title: string;
  /** Why it matters, for `checks show` and reports. */
  rationale: string;
  severity: Severity;
  /** Providers the check serves; a cross-cloud check on normalized kinds lists each. */
  providers: readonly Provider[];
  kinds: readonly K[];
  /** Catalog control ids the check tests. */
  controls: readonly string[];
  remediation: string;
  fix?: CheckFix;
  /** Benchmark references, e.g. `{ 'cis-aws-foundations': ['2.1.4'] }`, used by packs. */
  references?: Readonly<Record<string, readonly string[]>>;
  params?: { [N in keyof P]: CheckParam };
  /** Pure: one resource in, one outcome out. Use `need` for properties that must be known. */
  evaluate(resource: CheckedResource<K>, ctx: CheckContext<P>): CheckOutcome;
}

export interface Check extends CheckSpec<ResourceKind, Record<string, unknown>> {}

/** Makes a check; the registry validates its metadata. */
export function defineCheck<
  K extends ResourceKind,
  P extends Record<string, unknown> = Record<string, never>,
>(spec: CheckSpec<K, P>): Check {
  return spec as unknown as Check;
}

/**
 * The value of a property the check cannot decide without. Absent means unknown (see core/properties.ts), so
 * this throws `MissingData` — with the collector's reason where it recorded one — and the engine reports
 * `error`, never `pass`.
 */
export function need<T>(
  resource: { properties: object; unknown: readonly { path: string; reason: string }[] },
  path: string,
): NonNullable<T> {
  let value: unknown = resource.properties;
  for (const key of path.split('.')) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (value === undefined || value === null) {
    const recorded = resource.unknown.find((u) => u.path === path || path.startsWith(`${u.path}.`));
    throw new MissingData(path, recorded?.reason ?? 'not in the collected data');
  }
  return value as NonNullable<T>;
}

export const pass = (message: string, evidence: Observation[] = []): CheckOutcome => ({
  status: 'pass',
  message,
  evidence,
});
export const fail = (message: string, evidence: Observation[] = []): CheckOutcome => ({
  status: 'fail',
  message,
  evidence,
});
export const notApplicable = (message: string): CheckOutcome => ({ status: 'not_applicable', message });
