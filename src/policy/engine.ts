import type { Check, CheckOutcome, InventoryView } from '../checks/define.js';
import { MissingData } from '../checks/define.js';
import type { CheckStatus, Observation, Resource, ResourceKind, Severity } from '../core/index.js';

/** One check's verdict on one resource. */
export interface Evaluation {
  check: string;
  resource: string;
  status: CheckStatus;
  severity: Severity;
  message: string;
  evidence: Observation[];
}

/** Indexes the inventory once, so relational checks look things up instead of scanning. */
export function indexInventory(resources: readonly Resource[]): InventoryView {
  const byId = new Map<string, Resource>();
  const byKind = new Map<ResourceKind, Resource[]>();
  const referrers = new Map<string, { type: string; resource: Resource }[]>();
  for (const r of resources) {
    byId.set(r.id, r);
    let list = byKind.get(r.kind);
    if (!list) {
      list = [];
      byKind.set(r.kind, list);
    }
    list.push(r);
    for (const rel of r.relations) {
      let refs = referrers.get(rel.target);
      if (!refs) {
        refs = [];
        referrers.set(rel.target, refs);
      }
      refs.push({ type: rel.type, resource: r });
    }
  }
  const none: readonly Resource[] = [];
  return {
    byId: (id) => byId.get(id),
    byKind: (kind) => byKind.get(kind) ?? none,
    referrers: (id, type) =>
      (referrers.get(id) ?? []).filter((x) => !type || x.type === type).map((x) => x.resource),
  };
}

export interface EvaluateOptions {
  /** Parameters per check id, over each check's defaults. */
  params?: Readonly<Record<string, Record<string, unknown>>>;
  /** Severity per check id, over each check's own. */
  severities?: Readonly<Record<string, Severity>>;
}

/**
 * Runs each check on the resources of its kinds and providers. A check never throws past here: unknown data
 * becomes `error` with the reason, and any other exception becomes `error` naming the check.
 */
export function evaluate(
  checks: readonly Check[],
  resources: readonly Resource[],
  options: EvaluateOptions = {},
): Evaluation[] {
  const inventory = indexInventory(resources);
  const out: Evaluation[] = [];
  // Unknown data is reported by throwing MissingData, often hundreds of thousands of times in a scan; only the
  // message is kept, so capturing stack traces would be pure cost.
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    evaluateInto(out, checks, inventory, options);
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
  return out;
}

function evaluateInto(
  out: Evaluation[],
  checks: readonly Check[],
  inventory: InventoryView,
  options: EvaluateOptions,
): void {
  for (const check of checks) {
    const params: Record<string, unknown> = {};
    for (const [name, p] of Object.entries(check.params ?? {})) params[name] = p.default;
    Object.assign(params, options.params?.[check.id]);
    const severity = options.severities?.[check.id] ?? check.severity;
    const ctx = { params, inventory };
    for (const kind of check.kinds) {
      for (const resource of inventory.byKind(kind)) {
        if (!check.providers.includes(resource.provider)) continue;
        let outcome: CheckOutcome;
        try {
          outcome = check.evaluate(resource as never, ctx);
        } catch (error) {
          outcome =
            error instanceof MissingData
              ? { status: 'error', message: `Could not verify: ${error.message}.` }
              : { status: 'error', message: `The check failed to run: ${(error as Error).message}` };
        }
        out.push({
          check: check.id,
          resource: resource.id,
          status: outcome.status,
          severity,
          message: outcome.message,
          evidence: outcome.evidence ?? [],
        });
      }
    }
  }
}
