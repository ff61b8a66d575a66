import type { Catalog } from '../catalog/index.js';
import type { Check } from '../checks/define.js';
import { type Finding, findingId, type Owner, type Resource, VerityError } from '../core/index.js';
import type { Evaluation } from './engine.js';

/** A finding with where it lives, as stored and reported. */
export interface ScanFinding extends Finding {
  provider: string;
  service: string;
}

/** Tag keys read, in order, for the accountable team when no tier names one. */
export const TEAM_TAGS = ['team', 'owner', 'Owner', 'Team', 'owner-team', 'cost-center'];

/**
 * Turns evaluations into findings: each gets the owner of its controls for the resource's service from the
 * catalog (one owner when all agree, `shared` when they differ), the accountable team from the resource's tags,
 * and first/last seen. `firstSeen` gives, per finding id, when it was first seen failing in earlier scans; a
 * failure carries that date over, any other status starts from `at`.
 */
export function toFindings(
  evaluations: readonly Evaluation[],
  resources: readonly Resource[],
  checks: readonly Check[],
  catalog: Catalog,
  at: string,
  firstSeen: ReadonlyMap<string, string> = new Map(),
): { findings: ScanFinding[]; uncataloged: string[] } {
  const byId = new Map(resources.map((r) => [r.id, r]));
  const checkById = new Map(checks.map((c) => [c.id, c]));
  const ownerCache = new Map<string, Owner>();
  const uncataloged = new Set<string>();
  const findings: ScanFinding[] = [];
  for (const e of evaluations) {
    const r = byId.get(e.resource);
    const c = checkById.get(e.check);
    if (!r || !c) continue;
    const key = `${r.provider}/${r.service}|${c.id}`;
    let owner = ownerCache.get(key);
    if (!owner) {
      owner = ownerOf(catalog, r, c.controls, uncataloged);
      ownerCache.set(key, owner);
    }
    const id = findingId(c.id, r.id);
    const team = TEAM_TAGS.map((t) => r.tags[t]).find((v) => v !== undefined && v !== '');
    findings.push({
      id,
      check: c.id,
      resource: r.id,
      provider: r.provider,
      service: r.service,
      status: e.status,
      state: 'open',
      severity: e.severity,
      controls: [...c.controls],
      owner,
      ...(team ? { team } : {}),
      ...(r.tier ? { tier: r.tier } : {}),
      message: e.message,
      evidence: e.evidence,
      remediation: c.remediation,
      firstSeen: (e.status === 'fail' ? firstSeen.get(id) : undefined) ?? at,
      lastSeen: at,
    });
  }
  return { findings, uncataloged: [...uncataloged].sort() };
}

function ownerOf(
  catalog: Catalog,
  r: Resource,
  controls: readonly string[],
  uncataloged: Set<string>,
): Owner {
  const owners = new Set<Owner>();
  for (const control of controls) {
    try {
      owners.add(catalog.responsibility(r.provider, r.service, control).owner);
    } catch (error) {
      if (!(error instanceof VerityError)) throw error;
      // A service the catalog does not know: the customer configured the resource, so the customer answers for
      // it until the catalog says otherwise; the scan lists such services so the gap is visible.
      uncataloged.add(`${r.provider}/${r.service}`);
      owners.add('customer');
    }
  }
  if (owners.size === 1) return [...owners][0] as Owner;
  return 'shared';
}
