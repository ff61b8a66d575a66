import { createHash } from 'node:crypto';
import { z } from 'zod';
import { OwnerSchema } from './responsibility.js';

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SeveritySchema = z.enum(SEVERITIES);

/** Orders severities so `compareSeverity(a, b) > 0` means a is worse. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}

/**
 * The result of one check on one resource. `error` means the check could not decide (data missing, access
 * denied, throttled): it is never counted as a pass.
 */
export const CHECK_STATUSES = ['pass', 'fail', 'not_applicable', 'error'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];
export const CheckStatusSchema = z.enum(CHECK_STATUSES);

/** What a check looked at to reach its result: a property path and the value it saw. */
export const ObservationSchema = z.object({
  path: z.string(),
  value: z.unknown(),
  resource: z.string().optional(),
});
export type Observation = z.infer<typeof ObservationSchema>;

/** The lifecycle of a finding across scans. */
export const FINDING_STATES = ['open', 'acknowledged', 'excepted', 'resolved'] as const;
export const FindingStateSchema = z.enum(FINDING_STATES);

export const FindingSchema = z.object({
  /** Stable across scans: derived from the check and the resource. */
  id: z.string(),
  check: z.string(),
  resource: z.string(),
  status: CheckStatusSchema,
  state: FindingStateSchema.default('open'),
  severity: SeveritySchema,
  controls: z.array(z.string()),
  owner: OwnerSchema,
  team: z.string().optional(),
  tier: z.string().optional(),
  message: z.string(),
  evidence: z.array(ObservationSchema).default([]),
  remediation: z.string().optional(),
  firstSeen: z.iso.datetime(),
  lastSeen: z.iso.datetime(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** The stable id of the finding of `check` on `resource`. */
export function findingId(check: string, resource: string): string {
  return createHash('sha256').update(check).update('\0').update(resource).digest('hex').slice(0, 24);
}
