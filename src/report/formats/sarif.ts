import type { Check } from '../../checks/define.js';
import type { Severity } from '../../core/index.js';
import type { StoredFinding } from '../../store/store.js';
import type { ReportInput } from './types.js';
import { iacLocation, requirementsOf, selectFindings } from './util.js';

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** SARIF `level` for a failing finding of each severity. */
export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/**
 * `security-severity` scores as GitHub code scanning reads them (over 9.0 critical, 7.0–8.9 high, 4.0–6.9
 * medium, 0.1–3.9 low). GitHub documents the value as a string holding a number, so it is written as one.
 */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

/** `aws-s3-bucket-public-read` → `AwsS3BucketPublicRead`: SARIF's `name` is an identifier, not a title. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]?.toUpperCase() + p.slice(1))
    .join('');
}

function rule(id: string, check: Check | undefined, finding: StoredFinding): Record<string, unknown> {
  const severity = check?.severity ?? finding.severity;
  const controls = [...(check?.controls ?? finding.controls)];
  const requirements = requirementsOf(check);
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: check?.title ?? id },
    ...(check?.rationale ? { fullDescription: { text: check.rationale } } : {}),
    ...(check?.remediation
      ? {
          help: {
            text: [check.remediation, check.fix?.cli ? `CLI: ${check.fix.cli}` : undefined]
              .filter(Boolean)
              .join('\n\n'),
          },
        }
      : {}),
    defaultConfiguration: { level: SARIF_LEVEL[severity] },
    properties: {
      controls,
      severity,
      'security-severity': SECURITY_SEVERITY[severity],
      ...(requirements.length > 0 ? { requirements } : {}),
      tags: ['security', ...controls],
    },
  };
}

function uriOf(file: string): string {
  const path = file.replace(/\\/g, '/');
  const encoded = encodeURI(path).replace(/[?#]/g, (c) => encodeURIComponent(c));
  if (/^[A-Za-z]:\//.test(path)) return `file:///${encoded}`;
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}

/**
 * SARIF 2.1.0: one run with a rule per check that has results. Failures are results with the check's level;
 * `error` (could not decide) is `kind: review` with level `none` (SARIF §3.27.9: a level other than `none`
 * requires `kind: fail`). `pass` and `not_applicable` are written (`kind: pass` / `notApplicable`) only when
 * `options.statuses` asks for them.
 */
export function toSarif(input: ReportInput): Record<string, unknown> {
  const findings = selectFindings(input, ['fail', 'error']);
  const ruleIds: string[] = [];
  const ruleIndex = new Map<string, number>();
  const rules: Record<string, unknown>[] = [];
  for (const f of findings) {
    if (ruleIndex.has(f.check)) continue;
    ruleIndex.set(f.check, ruleIds.length);
    ruleIds.push(f.check);
    rules.push(rule(f.check, input.checks.get(f.check), f));
  }
  const results = findings.map((f) => {
    const resource = input.resources.get(f.resource);
    const iac = iacLocation(resource);
    const logical = {
      fullyQualifiedName: f.resource,
      ...(resource?.name ? { name: resource.name } : {}),
      kind: 'resource',
    };
    const location = iac
      ? {
          physicalLocation: {
            artifactLocation: { uri: uriOf(iac.file) },
            region: { startLine: iac.line },
          },
          logicalLocations: [logical],
        }
      : { logicalLocations: [logical] };
    const kind =
      f.status === 'fail'
        ? {}
        : f.status === 'error'
          ? { kind: 'review', level: 'none' }
          : f.status === 'pass'
            ? { kind: 'pass', level: 'none' }
            : { kind: 'notApplicable', level: 'none' };
    const level = f.status === 'fail' ? { level: SARIF_LEVEL[f.severity] } : {};
    return {
      ruleId: f.check,
      ruleIndex: ruleIndex.get(f.check),
      ...kind,
      ...level,
      message: {
        text: f.status === 'error' ? `Could not verify: ${f.message}` : f.message,
      },
      locations: [location],
      partialFingerprints: { 'verityFindingId/v1': f.id },
      properties: {
        status: f.status,
        severity: f.severity,
        owner: f.owner,
        provider: f.provider,
        service: f.service,
        controls: f.controls,
        ...(f.team ? { team: f.team } : {}),
        firstSeen: f.firstSeen,
        lastSeen: f.lastSeen,
      },
    };
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: input.tool.name,
            version: input.tool.version,
            rules,
          },
        },
        automationDetails: { id: `verity/scan/${input.scan.id}` },
        invocations: [{ executionSuccessful: true, endTimeUtc: input.scan.createdAt }],
        results,
        properties: { scan: input.scan.id, snapshot: input.scan.snapshotId, summary: input.scan.summary },
      },
    ],
  };
}

export const sarif = (input: ReportInput): string => `${JSON.stringify(toSarif(input), null, 2)}\n`;
