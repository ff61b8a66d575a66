import type { CheckStatus, Resource, Severity } from '../../core/index.js';
import type { StoredFinding } from '../../store/store.js';
import type { ReportInput } from './types.js';
import { ALL_STATUSES, epochMs, parseArn, remediationOf, requirementsOf, selectFindings } from './util.js';

/** The OCSF schema version the events follow (checked against the 1.8.0-dev definitions in vendor/schemas/ocsf). */
export const OCSF_VERSION = '1.7.0';

export const OCSF_FINDINGS_CATEGORY_UID = 2;
/** Compliance Finding: category 2 × 1000 + class 3. */
export const OCSF_COMPLIANCE_FINDING_CLASS_UID = 2003;
/** Finding activity 1, Create: each scan reports its findings afresh. */
const ACTIVITY_ID = 1;

/** `severity_id` per Verity severity (dictionary: 1 Informational … 5 Critical). */
export const OCSF_SEVERITY: Record<Severity, { id: number; caption: string }> = {
  info: { id: 1, caption: 'Informational' },
  low: { id: 2, caption: 'Low' },
  medium: { id: 3, caption: 'Medium' },
  high: { id: 4, caption: 'High' },
  critical: { id: 5, caption: 'Critical' },
};

/** `compliance.status_id`: 1 Pass, 2 Warning (could not decide), 3 Fail; not applicable is 99 Other. */
export const OCSF_COMPLIANCE_STATUS: Record<CheckStatus, { id: number; caption: string }> = {
  pass: { id: 1, caption: 'Pass' },
  error: { id: 2, caption: 'Warning' },
  fail: { id: 3, caption: 'Fail' },
  not_applicable: { id: 99, caption: 'Not Applicable' },
};

/** The finding's `status_id` (its workflow state): 1 New, 2 In Progress, 3 Suppressed, 4 Resolved. */
const FINDING_STATUS: Record<StoredFinding['state'], { id: number; caption: string }> = {
  open: { id: 1, caption: 'New' },
  acknowledged: { id: 2, caption: 'In Progress' },
  excepted: { id: 3, caption: 'Suppressed' },
  resolved: { id: 4, caption: 'Resolved' },
};

function partition(finding: StoredFinding): string | undefined {
  if (finding.provider !== 'aws') return undefined;
  return parseArn(finding.resource)?.partition ?? 'aws';
}

function resourceDetails(finding: StoredFinding, resource: Resource | undefined): Record<string, unknown> {
  const part = partition(finding);
  const region = resource?.region ?? parseArn(finding.resource)?.region;
  const labels = Object.entries(resource?.tags ?? {}).map(([k, v]) => `${k}:${v}`);
  return {
    uid: finding.resource,
    type: resource?.kind ?? finding.service,
    ...(resource?.name ? { name: resource.name } : {}),
    ...(part ? { cloud_partition: part } : {}),
    ...(region ? { region } : {}),
    ...(labels.length > 0 ? { labels } : {}),
    role_id: 1,
    role: 'Target',
    data: {
      provider: finding.provider,
      service: finding.service,
      account: resource?.account ?? null,
      ...(resource?.source.location ? { location: resource.source.location } : {}),
    },
  };
}

/** One OCSF Compliance Finding (class 2003) event per finding. */
export function toOcsf(input: ReportInput): Record<string, unknown>[] {
  const time = epochMs(input.scan.createdAt);
  return selectFindings(input, ALL_STATUSES).map((f) => {
    const check = input.checks.get(f.check);
    const resource = input.resources.get(f.resource);
    const severity = OCSF_SEVERITY[f.severity];
    const compliance = OCSF_COMPLIANCE_STATUS[f.status];
    const status = FINDING_STATUS[f.state];
    const requirements = requirementsOf(check);
    const standards = Object.keys(check?.references ?? {});
    const remediation = remediationOf(f, check);
    return {
      activity_id: ACTIVITY_ID,
      activity_name: 'Create',
      category_uid: OCSF_FINDINGS_CATEGORY_UID,
      category_name: 'Findings',
      class_uid: OCSF_COMPLIANCE_FINDING_CLASS_UID,
      class_name: 'Compliance Finding',
      type_uid: OCSF_COMPLIANCE_FINDING_CLASS_UID * 100 + ACTIVITY_ID,
      type_name: 'Compliance Finding: Create',
      severity_id: severity.id,
      severity: severity.caption,
      status_id: status.id,
      status: status.caption,
      time,
      message: f.message,
      metadata: {
        version: OCSF_VERSION,
        product: { name: input.tool.name, version: input.tool.version, lang: 'en' },
        uid: `${input.scan.id}/${f.id}`,
        log_name: `scan ${input.scan.id}`,
      },
      finding_info: {
        uid: f.id,
        title: check?.title ?? f.check,
        ...(check?.rationale ? { desc: check.rationale } : {}),
        types: [f.check],
        created_time: time,
        first_seen_time: epochMs(f.firstSeen),
        last_seen_time: epochMs(f.lastSeen),
      },
      compliance: {
        control: f.controls.length > 0 ? f.controls.join(', ') : f.check,
        ...(requirements.length > 0 ? { requirements } : {}),
        standards: standards.length > 0 ? standards : ['Verity responsibility catalog'],
        status_id: compliance.id,
        status: compliance.caption,
        ...(f.status === 'error' || f.status === 'not_applicable' ? { status_details: [f.message] } : {}),
        ...(check?.title ? { desc: check.title } : {}),
      },
      resources: [resourceDetails(f, resource)],
      ...(remediation ? { remediation: { desc: remediation } } : {}),
      unmapped: { owner: f.owner, ...(f.team ? { team: f.team } : {}), ...(f.tier ? { tier: f.tier } : {}) },
    };
  });
}

export const ocsf = (input: ReportInput): string => `${JSON.stringify(toOcsf(input), null, 2)}\n`;
