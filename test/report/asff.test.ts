import { describe, expect, it } from 'vitest';
import { formatters, toAsff } from '../../src/report/formats/index.js';
import { AWS_BUCKET, AWS_SG, findings, IAC_BUCKET, input } from './fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: parsed output, walked freely by the assertions.
type Json = Record<string, any>;

/** Required top-level ASFF attributes for BatchImportFindings and their JSON types. */
const REQUIRED: Record<string, 'string' | 'array' | 'object'> = {
  SchemaVersion: 'string',
  Id: 'string',
  ProductArn: 'string',
  GeneratorId: 'string',
  AwsAccountId: 'string',
  Types: 'array',
  CreatedAt: 'string',
  UpdatedAt: 'string',
  Severity: 'object',
  Title: 'string',
  Description: 'string',
  Resources: 'array',
};
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const TYPE_NAMESPACES = [
  'Software and Configuration Checks',
  'TTPs',
  'Effects',
  'Unusual Behaviors',
  'Sensitive Data Identifications',
];

const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

describe('ASFF', () => {
  const body = JSON.parse(formatters.asff(input())) as { Findings: Json[] };
  const aws = findings.filter((f) => f.provider === 'aws');

  it('writes the BatchImportFindings body for AWS resources only and counts the skipped ones', () => {
    expect(Object.keys(body)).toEqual(['Findings']);
    expect(body.Findings).toHaveLength(aws.length);
    const { skipped } = toAsff(input());
    expect(skipped).toBe(findings.length - aws.length);
    expect(skipped).toBeGreaterThan(0);
  });

  it('has every required field with its type', () => {
    for (const f of body.Findings) {
      for (const [key, type] of Object.entries(REQUIRED))
        expect(typeOf(f[key]), `${key} of ${f.Id}`).toBe(type);
      expect(f.SchemaVersion).toBe('2018-10-08');
      expect(f.AwsAccountId).toMatch(/^\d{12}$/);
      expect(f.ProductArn).toBe(
        `arn:aws:securityhub:${f.Resources[0].Region}:${f.AwsAccountId}:product/${f.AwsAccountId}/default`,
      );
      for (const t of ['CreatedAt', 'UpdatedAt', 'FirstObservedAt', 'LastObservedAt'])
        expect(f[t]).toMatch(ISO);
      expect(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']).toContain(f.Severity.Label);
      expect(f.Title.length).toBeLessThanOrEqual(256);
      expect(f.Description.length).toBeLessThanOrEqual(1024);
      expect(f.Types.length).toBeGreaterThan(0);
      for (const t of f.Types) {
        expect(typeof t).toBe('string');
        expect(TYPE_NAMESPACES).toContain(t.split('/')[0]);
        expect(t.split('/').length).toBeLessThanOrEqual(3);
      }
      for (const r of f.Resources) {
        expect(typeof r.Type).toBe('string');
        expect(typeof r.Id).toBe('string');
        expect(['aws', 'aws-cn', 'aws-us-gov']).toContain(r.Partition);
      }
      expect(['PASSED', 'FAILED', 'WARNING', 'NOT_AVAILABLE']).toContain(f.Compliance.Status);
      expect(['NEW', 'NOTIFIED', 'SUPPRESSED', 'RESOLVED']).toContain(f.Workflow.Status);
      expect(['ACTIVE', 'ARCHIVED']).toContain(f.RecordState);
      expect(typeof f.Remediation.Recommendation.Text).toBe('string');
    }
  });

  it('maps each AWS finding: id, check, status, severity, resource', () => {
    const status = { pass: 'PASSED', fail: 'FAILED', error: 'WARNING', not_applicable: 'NOT_AVAILABLE' };
    for (const f of aws) {
      const a = body.Findings.find((x) => x.Id === `verity/${f.id}`);
      expect(a?.GeneratorId).toBe(f.check);
      expect(a?.Compliance.Status).toBe(status[f.status]);
      expect(a?.Resources[0].Id).toBe(f.resource);
      if (f.status === 'fail')
        expect(a?.Severity.Label).toBe(f.severity === 'info' ? 'INFORMATIONAL' : f.severity.toUpperCase());
    }
    const sg = body.Findings.find((x) => x.Resources[0].Id === AWS_SG);
    expect(sg?.Resources[0]).toMatchObject({
      Type: 'AwsEc2SecurityGroup',
      Region: 'eu-west-1',
      Partition: 'aws',
    });
    const iac = body.Findings.find(
      (x) => x.Resources[0].Id === IAC_BUCKET && x.GeneratorId === 'storage-bucket-public',
    );
    expect(iac?.Compliance.RelatedRequirements).toEqual([
      'DATA-01',
      'cis-aws-foundations 2.1.4',
      'nist-800-53 AC-3',
    ]);
    expect(iac?.Types).toEqual([
      'Software and Configuration Checks/Industry and Regulatory Standards/cis-aws-foundations',
      'Software and Configuration Checks/Industry and Regulatory Standards/nist-800-53',
    ]);
    const bucket = body.Findings.find(
      (x) => x.Resources[0].Id === AWS_BUCKET && x.Compliance.Status === 'PASSED',
    );
    expect(bucket?.Workflow.Status).toBe('RESOLVED');
  });

  it('uses the requested Security Hub region in ProductArn', () => {
    const out = JSON.parse(formatters.asff(input({ awsRegion: 'eu-central-1' }))) as {
      Findings: Json[];
    };
    for (const f of out.Findings) expect(f.ProductArn).toMatch(/^arn:aws:securityhub:eu-central-1:/);
  });
});
