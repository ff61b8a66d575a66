import type { Resource, Severity } from '../../core/index.js';
import type { StoredFinding } from '../../store/store.js';
import type { ReportInput } from './types.js';
import { ALL_STATUSES, parseArn, remediationOf, requirementsOf, selectFindings, truncate } from './util.js';

export const ASFF_SCHEMA_VERSION = '2018-10-08';

const SEVERITY_LABEL: Record<Severity, string> = {
  info: 'INFORMATIONAL',
  low: 'LOW',
  medium: 'MEDIUM',
  high: 'HIGH',
  critical: 'CRITICAL',
};

export const ASFF_COMPLIANCE_STATUS: Record<StoredFinding['status'], string> = {
  pass: 'PASSED',
  fail: 'FAILED',
  error: 'WARNING',
  not_applicable: 'NOT_AVAILABLE',
};

const WORKFLOW_STATUS: Record<StoredFinding['state'], string> = {
  open: 'NEW',
  acknowledged: 'NOTIFIED',
  excepted: 'SUPPRESSED',
  resolved: 'RESOLVED',
};

/** Security Hub resource types for the kinds that have one; others are `Other`. */
const RESOURCE_TYPE: Record<string, string> = {
  'storage.bucket': 'AwsS3Bucket',
  'storage.volume': 'AwsEc2Volume',
  'compute.instance': 'AwsEc2Instance',
  'compute.function': 'AwsLambdaFunction',
  'network.vpc': 'AwsEc2Vpc',
  'network.subnet': 'AwsEc2Subnet',
  'network.security-group': 'AwsEc2SecurityGroup',
  'network.acl': 'AwsEc2NetworkAcl',
  'network.interface': 'AwsEc2NetworkInterface',
  'identity.user': 'AwsIamUser',
  'identity.role': 'AwsIamRole',
  'identity.group': 'AwsIamGroup',
  'identity.policy': 'AwsIamPolicy',
  'crypto.key': 'AwsKmsKey',
  'database.instance': 'AwsRdsDbInstance',
  'database.cluster': 'AwsRdsDbCluster',
  'database.nosql-table': 'AwsDynamoDbTable',
  'logging.trail': 'AwsCloudTrailTrail',
  'secrets.secret': 'AwsSecretsManagerSecret',
  'messaging.queue': 'AwsSqsQueue',
  'messaging.topic': 'AwsSnsTopic',
};

const AWS_ACCOUNT = /^\d{12}$/;

export interface AsffResult {
  findings: Record<string, unknown>[];
  /** Findings not written because their resource is not an AWS resource in an AWS account. */
  skipped: number;
}

function accountOf(finding: StoredFinding, resource: Resource | undefined): string | undefined {
  const account = resource?.account ?? parseArn(finding.resource)?.account;
  return account && AWS_ACCOUNT.test(account) ? account : undefined;
}

/**
 * AWS Security Finding Format findings for Security Hub `BatchImportFindings`, one per finding on an AWS
 * resource (others are skipped and counted). Ids are stable across scans, so a re-import updates a finding.
 */
export function toAsff(input: ReportInput): AsffResult {
  const findings: Record<string, unknown>[] = [];
  let skipped = 0;
  const at = input.scan.createdAt;
  for (const f of selectFindings(input, ALL_STATUSES)) {
    const resource = input.resources.get(f.resource);
    const account = accountOf(f, resource);
    if (f.provider !== 'aws' || !account) {
      skipped += 1;
      continue;
    }
    const check = input.checks.get(f.check);
    const arn = parseArn(f.resource);
    const partition = arn?.partition ?? 'aws';
    const region = resource?.region ?? (arn?.region || undefined);
    const hubRegion = input.options?.awsRegion ?? region ?? 'us-east-1';
    const requirements = [...f.controls, ...requirementsOf(check)];
    const standards = Object.keys(check?.references ?? {});
    const remediation = remediationOf(f, check);
    const workflow = f.status === 'pass' ? 'RESOLVED' : WORKFLOW_STATUS[f.state];
    findings.push({
      SchemaVersion: ASFF_SCHEMA_VERSION,
      Id: `verity/${f.id}`,
      ProductArn: `arn:${partition}:securityhub:${hubRegion}:${account}:product/${account}/default`,
      ProductName: input.tool.name,
      CompanyName: input.tool.name,
      GeneratorId: f.check,
      AwsAccountId: account,
      Types:
        standards.length > 0
          ? standards
              .slice(0, 50)
              .map((s) => `Software and Configuration Checks/Industry and Regulatory Standards/${s}`)
          : ['Software and Configuration Checks/AWS Security Best Practices'],
      CreatedAt: f.firstSeen,
      UpdatedAt: at,
      FirstObservedAt: f.firstSeen,
      LastObservedAt: f.lastSeen,
      Severity: { Label: f.status === 'fail' ? SEVERITY_LABEL[f.severity] : 'INFORMATIONAL' },
      Title: truncate(check?.title ?? f.check, 256),
      Description: truncate(f.message || check?.rationale || f.check, 1024),
      ...(remediation ? { Remediation: { Recommendation: { Text: truncate(remediation, 512) } } } : {}),
      Resources: [
        {
          Type: (resource && RESOURCE_TYPE[resource.kind]) ?? 'Other',
          Id: f.resource,
          Partition: partition,
          ...(region ? { Region: region } : {}),
          ...(resource?.tags && Object.keys(resource.tags).length > 0
            ? { Tags: Object.fromEntries(Object.entries(resource.tags).slice(0, 50)) }
            : {}),
        },
      ],
      Compliance: {
        Status: ASFF_COMPLIANCE_STATUS[f.status],
        ...(requirements.length > 0 ? { RelatedRequirements: requirements.slice(0, 32) } : {}),
      },
      Workflow: { Status: workflow },
      RecordState: f.state === 'resolved' ? 'ARCHIVED' : 'ACTIVE',
      ProductFields: {
        'verity/owner': f.owner,
        'verity/status': f.status,
        'verity/scan': input.scan.id,
        ...(f.team ? { 'verity/team': f.team } : {}),
      },
    });
  }
  return { findings, skipped };
}

/** The `BatchImportFindings` request body, `{ "Findings": [...] }` (Security Hub takes 100 per call). */
/** The BatchImportFindings body for an already converted result. */
export const asffText = (result: AsffResult): string =>
  `${JSON.stringify({ Findings: result.findings }, null, 2)}\n`;

export const asff = (input: ReportInput): string => asffText(toAsff(input));
