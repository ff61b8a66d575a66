import type { Check } from '../../src/checks/define.js';
import type { Resource } from '../../src/core/index.js';
import type { ReportInput } from '../../src/report/formats/index.js';
import type { StoredFinding } from '../../src/store/store.js';

const AT = '2026-03-01T10:00:00.000Z';

function check(c: Omit<Check, 'evaluate' | 'kinds' | 'providers'> & Partial<Check>): Check {
  return {
    providers: ['aws'],
    kinds: ['storage.bucket'],
    evaluate: () => ({ status: 'pass', message: 'ok' }),
    ...c,
  } as Check;
}

export const checks = new Map<string, Check>(
  [
    check({
      id: 'storage-bucket-public',
      title: 'Buckets are not public',
      rationale: 'A public bucket exposes its objects to anyone on the internet.',
      severity: 'critical',
      controls: ['DATA-01'],
      remediation: 'Block public access on the bucket.',
      fix: { cli: 'aws s3api put-public-access-block --bucket NAME' },
      references: { 'cis-aws-foundations': ['2.1.4'], 'nist-800-53': ['AC-3'] },
    }),
    check({
      id: 'network-sg-open-ssh',
      title: 'Security groups do not allow SSH from anywhere',
      rationale: 'SSH open to 0.0.0.0/0 invites brute force.',
      severity: 'high',
      controls: ['NET-02'],
      remediation: 'Restrict port 22 to known ranges.',
    }),
    check({
      id: 'storage-encryption',
      title: 'Storage is encrypted at rest',
      rationale: 'Encryption limits exposure of lost media.',
      severity: 'medium',
      controls: ['DATA-02', 'CRYPTO-01'],
      remediation: 'Enable encryption with a customer-managed key.',
    }),
    check({
      id: 'logging-enabled',
      title: 'Access logging is on',
      rationale: 'Without logs incidents cannot be investigated.',
      severity: 'low',
      controls: ['LOG-01'],
      remediation: 'Turn on access logging.',
    }),
    check({
      id: 'tags-present',
      title: 'Resources carry an owner tag',
      rationale: 'Owners make findings actionable.',
      severity: 'info',
      controls: [],
      remediation: 'Add an owner tag.',
    }),
  ].map((c) => [c.id, c]),
);

function resource(
  r: Partial<Resource> & Pick<Resource, 'id' | 'provider' | 'service' | 'kind' | 'account'>,
): Resource {
  return {
    tags: {},
    properties: {},
    relations: [],
    unknown: [],
    raw: null,
    source: { type: 'live', collector: 'test' },
    ...r,
  };
}

export const IAC_BUCKET = 'aws_s3_bucket.logs';
export const AWS_SG = 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0abc';
export const AWS_BUCKET = 'arn:aws:s3:::prod-data';
export const AZURE_STORAGE =
  '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1';

export const resources = new Map<string, Resource>(
  [
    resource({
      id: IAC_BUCKET,
      provider: 'aws',
      service: 's3',
      kind: 'storage.bucket',
      account: '123456789012',
      region: 'eu-west-1',
      name: 'logs',
      source: { type: 'iac', collector: 'terraform-hcl', location: 'infra/my stack/main.tf:12' },
    }),
    resource({
      id: AWS_SG,
      provider: 'aws',
      service: 'ec2',
      kind: 'network.security-group',
      account: '123456789012',
      region: 'eu-west-1',
      name: 'web',
      tags: { owner: 'web-team' },
    }),
    resource({
      id: AWS_BUCKET,
      provider: 'aws',
      service: 's3',
      kind: 'storage.bucket',
      account: '123456789012',
      region: 'us-east-1',
      name: 'prod-data',
    }),
    resource({
      id: AZURE_STORAGE,
      provider: 'azure',
      service: 'storage',
      kind: 'storage.bucket',
      account: '00000000-0000-0000-0000-000000000001',
      region: 'westeurope',
      name: 'st1',
    }),
  ].map((r) => [r.id, r]),
);

let n = 0;
function finding(
  f: Pick<StoredFinding, 'check' | 'resource' | 'status' | 'message'> & Partial<StoredFinding>,
): StoredFinding {
  const c = checks.get(f.check);
  const r = resources.get(f.resource);
  n += 1;
  return {
    id: `f${String(n).padStart(3, '0')}`,
    state: 'open',
    severity: c?.severity ?? 'info',
    controls: [...(c?.controls ?? [])],
    owner: 'customer',
    evidence: [],
    firstSeen: '2026-02-01T09:00:00.000Z',
    lastSeen: AT,
    provider: r?.provider ?? 'aws',
    service: r?.service ?? 'unknown',
    ...f,
  };
}

export const XSS = '<script>alert("x")</script> & \'quoted\' ]]> \u0001ctl';

export const findings: StoredFinding[] = [
  finding({
    check: 'storage-bucket-public',
    resource: IAC_BUCKET,
    status: 'fail',
    message: 'Bucket logs is public.',
  }),
  finding({
    check: 'storage-bucket-public',
    resource: AWS_BUCKET,
    status: 'pass',
    message: 'Public access blocked.',
  }),
  finding({
    check: 'storage-bucket-public',
    resource: AZURE_STORAGE,
    status: 'fail',
    message: XSS,
    owner: 'shared',
    team: 'platform',
  }),
  finding({
    check: 'network-sg-open-ssh',
    resource: AWS_SG,
    status: 'fail',
    message: 'sg-0abc allows 0.0.0.0/0 on 22.',
  }),
  finding({
    check: 'storage-encryption',
    resource: AZURE_STORAGE,
    status: 'fail',
    message: 'Storage account st1 uses platform-managed keys.',
    owner: 'provider',
  }),
  finding({
    check: 'storage-encryption',
    resource: AWS_BUCKET,
    status: 'error',
    message: 'encryption could not be determined: access denied',
  }),
  finding({
    check: 'logging-enabled',
    resource: AWS_SG,
    status: 'not_applicable',
    message: 'Not a loggable kind.',
  }),
  finding({ check: 'logging-enabled', resource: IAC_BUCKET, status: 'fail', message: 'No access logging.' }),
  finding({ check: 'tags-present', resource: AWS_BUCKET, status: 'fail', message: 'No owner tag.' }),
];

export function input(options?: ReportInput['options']): ReportInput {
  const summary: Record<string, number> = {};
  for (const f of findings) summary[f.status] = (summary[f.status] ?? 0) + 1;
  return {
    scan: {
      id: '6f1c2b7e-0000-4000-8000-000000000001',
      snapshotId: 'snap-1',
      createdAt: AT,
      checks: checks.size,
      summary,
    },
    findings: findings.map((f) => ({ ...f })),
    checks,
    resources,
    tool: { name: 'Verity', version: '0.1.0' },
    ...(options ? { options } : {}),
  };
}

export const count = (status: StoredFinding['status'], provider?: string) =>
  findings.filter((f) => f.status === status && (!provider || f.provider === provider)).length;
