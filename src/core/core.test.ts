import { describe, expect, it } from 'vitest';
import {
  closest,
  compareSeverity,
  editDistance,
  findingId,
  formatIssue,
  isResourceKind,
  ResourceSchema,
  UnknownNameError,
  VerityError,
} from './index.js';

const bucket = {
  id: 'arn:aws:s3:::example-logs',
  provider: 'aws',
  service: 's3',
  kind: 'storage.bucket',
  account: '111122223333',
  region: 'eu-west-1',
  raw: { Name: 'example-logs' },
  source: { type: 'export', collector: 'aws-cli-json', location: 'exports/s3api-list-buckets.json:4' },
};

describe('Resource', () => {
  it('accepts a minimal resource and fills the defaults', () => {
    const r = ResourceSchema.parse(bucket);
    expect(r.tags).toEqual({});
    expect(r.properties).toEqual({});
    expect(r.relations).toEqual([]);
  });

  it('rejects one wrong field at a time, naming it', () => {
    const cases: [string, unknown][] = [
      ['provider', 'alibaba'],
      ['kind', 'storage.blob'],
      ['id', ''],
      ['tags', { env: 3 }],
      ['source', { type: 'guess', collector: 'x' }],
    ];
    for (const [field, value] of cases) {
      const result = ResourceSchema.safeParse({ ...bucket, [field]: value });
      expect(result.success, field).toBe(false);
      expect(result.error?.issues[0]?.path[0], field).toBe(field);
    }
  });

  it('knows the normalized kinds', () => {
    expect(isResourceKind('network.security-group')).toBe(true);
    expect(isResourceKind('network.securitygroup')).toBe(false);
  });
});

describe('errors', () => {
  it('gives each error a stable code and exit code', () => {
    expect(new VerityError('FILE_NOT_FOUND', 'x').exitCode).toBe(2);
    expect(new VerityError('STORE_ERROR', 'x').exitCode).toBe(3);
    const e = new UnknownNameError('UNKNOWN_SERVICE', 'aws service', 'lamda', ['lambda', 'ec2', 'elb']);
    expect(e.message).toBe("Unknown aws service 'lamda'. Did you mean 'lambda'?");
    expect(e.exitCode).toBe(2);
  });

  it('formats issues as file:line:column: message (at path)', () => {
    expect(formatIssue({ file: 'a.yaml', line: 3, column: 7, message: 'bad', path: 'x[0]' })).toBe(
      'a.yaml:3:7: bad (at x[0])',
    );
    expect(formatIssue({ file: 'a.yaml', message: 'missing' })).toBe('a.yaml: missing');
  });

  it('measures edit distance and suggests close names, best first', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closest('cloudtrial', ['cloudtrail', 'cloudwatch', 'cloudfront'])).toEqual(['cloudtrail']);
    expect(closest('gke', ['gke-standard', 'gke-autopilot', 'eks'])).toEqual([
      'eks',
      'gke-autopilot',
      'gke-standard',
    ]);
    expect(closest('zzzz', ['ec2', 's3'])).toEqual([]);
  });
});

describe('findings', () => {
  it('derive a stable id from check and resource, distinct for different pairs', () => {
    expect(findingId('s3-public-read', 'arn:aws:s3:::a')).toBe(findingId('s3-public-read', 'arn:aws:s3:::a'));
    expect(findingId('s3-public-read', 'arn:aws:s3:::a')).not.toBe(
      findingId('s3-public-read', 'arn:aws:s3:::b'),
    );
    // The separator keeps ("ab","c") apart from ("a","bc").
    expect(findingId('ab', 'c')).not.toBe(findingId('a', 'bc'));
    expect(findingId('x', 'y')).toMatch(/^[0-9a-f]{24}$/);
  });

  it('order severities', () => {
    expect(compareSeverity('critical', 'high')).toBeGreaterThan(0);
    expect(compareSeverity('info', 'low')).toBeLessThan(0);
  });
});
