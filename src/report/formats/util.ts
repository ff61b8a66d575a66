import type { Check } from '../../checks/define.js';
import { type CheckStatus, compareSeverity, type Resource } from '../../core/index.js';
import type { StoredFinding } from '../../store/store.js';
import type { ReportInput } from './types.js';

/** The findings to write, worst first, then by check and resource (stable output for the same input). */
export function selectFindings(input: ReportInput, defaults: readonly CheckStatus[]): StoredFinding[] {
  const statuses = new Set(input.options?.statuses ?? defaults);
  return input.findings
    .filter((f) => statuses.has(f.status))
    .sort(
      (a, b) =>
        compareSeverity(b.severity, a.severity) ||
        a.check.localeCompare(b.check) ||
        a.resource.localeCompare(b.resource),
    );
}

export const ALL_STATUSES: readonly CheckStatus[] = ['fail', 'error', 'pass', 'not_applicable'];

/** `path/to/main.tf:12` → file and line, for infrastructure-as-code resources; undefined otherwise. */
export function iacLocation(resource: Resource | undefined): { file: string; line: number } | undefined {
  const location = resource?.source.location;
  if (!location || /^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return undefined;
  const m = /^(.+):(\d+)$/.exec(location);
  if (!m?.[1] || !m[2]) return undefined;
  const line = Number(m[2]);
  return line >= 1 ? { file: m[1], line } : undefined;
}

export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export function parseArn(id: string): ParsedArn | undefined {
  const m = /^arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)$/.exec(id);
  if (!m) return undefined;
  return {
    partition: m[1] ?? '',
    service: m[2] ?? '',
    region: m[3] ?? '',
    account: m[4] ?? '',
    resource: m[5] ?? '',
  };
}

/** Benchmark references of a check as `framework id` strings, e.g. `cis-aws-foundations 2.1.4`. */
export function requirementsOf(check: Check | undefined): string[] {
  const out: string[] = [];
  for (const [framework, ids] of Object.entries(check?.references ?? {})) {
    for (const id of ids) out.push(`${framework} ${id}`);
  }
  return out;
}

/** The remediation text of a finding: its own, else its check's. */
export function remediationOf(finding: StoredFinding, check: Check | undefined): string | undefined {
  return finding.remediation ?? check?.remediation;
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** Epoch milliseconds of an ISO date-time. */
export function epochMs(iso: string): number {
  return Date.parse(iso);
}
