// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation's Fn::Sub is written with ${...}
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResourceInput } from '../../../core/index.js';
import type { CollectResult } from '../../types.js';
import { UNKNOWN_MARK, Unknown } from '../value.js';
import { cloudformationCollector } from './collector.js';
import { CfnEvaluator } from './intrinsics.js';
import { parseTemplate } from './template.js';

const FIX = 'test/fixtures/inventory/iac/cloudformation';
const ctx = { collectedAt: '2025-01-15T10:00:00.000Z' };
const reason = (r: ResourceInput, path: string) => (r.unknown ?? []).find((u) => u.path === path)?.reason;

function lineOf(file: string, text: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1
  );
}

describe('CloudFormation YAML short-form tags', () => {
  const parse = (text: string) => {
    const t = parseTemplate('t.yaml', text);
    if ('issues' in t) throw new Error(JSON.stringify(t.issues));
    return t.data;
  };

  it('turns every short form into its long form, nested ones included', () => {
    const data = parse(`A: !Ref Env
B: !GetAtt Bucket.Arn
C: !GetAtt [Bucket, DomainName]
D: !Join ['', [!Sub '\${Env}-x', !Select [0, !GetAZs '']]]
E: !If [IsProd, !Ref AWS::NoValue, !Base64 'hi']
F: !Equals [!Ref Env, prod]
G: !Not [!Condition IsProd]
H: !FindInMap [Map, !Ref Env, Key]
I: !ImportValue shared-vpc
J: !Split [',', 'a,b']
K: !Cidr ['10.0.0.0/16', 2, 8]
L: !Sub
  - '\${A}-\${B}'
  - A: !Ref Env
    B: 1
`);
    expect(data).toEqual({
      A: { Ref: 'Env' },
      B: { 'Fn::GetAtt': ['Bucket', 'Arn'] },
      C: { 'Fn::GetAtt': ['Bucket', 'DomainName'] },
      D: { 'Fn::Join': ['', [{ 'Fn::Sub': '${Env}-x' }, { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }]] },
      E: { 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, { 'Fn::Base64': 'hi' }] },
      F: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      G: { 'Fn::Not': [{ Condition: 'IsProd' }] },
      H: { 'Fn::FindInMap': ['Map', { Ref: 'Env' }, 'Key'] },
      I: { 'Fn::ImportValue': 'shared-vpc' },
      J: { 'Fn::Split': [',', 'a,b'] },
      K: { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] },
      L: { 'Fn::Sub': ['${A}-${B}', { A: { Ref: 'Env' }, B: 1 }] },
    });
  });

  it('reports malformed YAML with its line', () => {
    const t = parseTemplate('t.yaml', 'Resources:\n  A:\n    Type: [x\n  B: 1\n');
    expect('issues' in t && t.issues[0]?.line).toBe(4);
  });
});

describe('CloudFormation intrinsic functions', () => {
  const template = {
    Parameters: {
      Env: { Type: 'String', Default: 'prod' },
      Size: { Type: 'Number', Default: 100 },
      Zones: { Type: 'CommaDelimitedList', Default: 'a, b' },
      Secret: { Type: 'String' },
    },
    Mappings: { Net: { prod: { Cidr: '10.1.0.0/16' } } },
    Conditions: {
      IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      HasSecret: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'Secret' }, ''] }] },
    },
    Resources: { Bucket: { Type: 'AWS::S3::Bucket' } },
  };
  const ev = new CfnEvaluator(template, (id) => `iac:cloudformation:t.yaml#${id}`);
  const resolve = (v: unknown) => ev.resolve(v, new Set());

  it('resolves parameters (defaults, numbers as strings, lists), mappings and conditions', () => {
    expect(resolve({ Ref: 'Env' })).toBe('prod');
    expect(resolve({ Ref: 'Size' })).toBe('100');
    expect(resolve({ Ref: 'Zones' })).toEqual(['a', 'b']);
    expect(resolve({ 'Fn::FindInMap': ['Net', { Ref: 'Env' }, 'Cidr'] })).toBe('10.1.0.0/16');
    expect(ev.condition('IsProd')).toBe(true);
    expect(resolve({ 'Fn::If': ['IsProd', 'yes', 'no'] })).toBe('yes');
    expect(resolve({ 'Fn::Select': [1, { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }] })).toBe('10.0.1.0/24');
    expect(resolve({ 'Fn::Split': ['-', { 'Fn::Sub': '${Env}-x' }] })).toEqual(['prod', 'x']);
  });

  it('resolves Fn::Sub inside Fn::Join, and keeps what deployment decides unknown', () => {
    expect(resolve({ 'Fn::Join': ['/', [{ 'Fn::Sub': '${Env}-logs' }, 'x']] })).toBe('prod-logs/x');
    const v = resolve({ 'Fn::Join': ['-', [{ Ref: 'Env' }, { 'Fn::Sub': '${AWS::Region}' }]] });
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).partial).toBe(`prod-${UNKNOWN_MARK}`);
    expect((v as Unknown).reason).toBe('AWS::Region is the region the stack is deployed to');
    expect(resolve({ 'Fn::Sub': '${!Literal}' })).toBe('${Literal}');
  });

  it('makes a reference to a resource unknown, naming the resource; a parameter without default unknown', () => {
    const refs = new Set<string>();
    const v = ev.resolve({ 'Fn::GetAtt': ['Bucket', 'Arn'] }, refs);
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).refs).toEqual(['iac:cloudformation:t.yaml#Bucket']);
    expect([...refs]).toEqual(['iac:cloudformation:t.yaml#Bucket']);
    expect(ev.condition('HasSecret')).toBeInstanceOf(Unknown);
    expect(resolve({ 'Fn::GetAZs': '' })).toBeInstanceOf(Unknown);
  });
});

describe('cloudformation collector: a YAML stack', () => {
  const file = join(FIX, 'stack.yaml');
  let result: CollectResult;
  beforeAll(async () => {
    result = await cloudformationCollector.collect(file, ctx);
  });
  const get = (id: string) => {
    const r = result.resources.find((x) => x.id === `iac:cloudformation:stack.yaml#${id}`);
    if (!r) throw new Error(`no ${id}`);
    return r;
  };

  it('normalizes the mapped types, skips resources whose condition is false, counts the others', () => {
    expect(result.resources.map((r) => r.id.split('#')[1]).sort()).toEqual(
      [
        'AdminPolicy',
        'AdminTrail',
        'AppInstance',
        'AppRole',
        'DataKey',
        'DataVolume',
        'Database',
        'LogsBucket',
        'PublicBucket',
        'SshGroup',
        'SubnetA',
        'SubnetB',
        'Trail',
        'Vpc',
        'VpcFlowLog',
        'Worker',
      ].sort(),
    );
    expect(result.unknownTypes).toEqual({ 'AWS::EC2::LaunchTemplate': 1, 'AWS::SQS::Queue': 1 });
    expect(result.issues).toEqual([]);
  });

  it('locates each resource at the line of its logical id', () => {
    expect(get('DataKey').source?.location).toBe(`${file}:${lineOf(file, '  DataKey:')}`);
    expect(get('DataKey').source?.collector).toBe('cloudformation');
  });

  it('a public bucket: public-read ACL with ACLs enabled, Block Public Access off, a public policy', () => {
    const b = get('PublicBucket');
    expect(b.properties).toMatchObject({
      publicAccessBlocked: false,
      publicRead: true,
      publicWrite: false,
      uniformAccess: false,
      policy: [
        {
          effect: 'allow',
          actions: ['s3:GetObject'],
          resources: ['(iac:cloudformation:stack.yaml#PublicBucket)/*'],
          principals: ['*'],
        },
      ],
    });
    // Resource: !Join ['', [!GetAtt PublicBucket.Arn, '/*']]: that bucket, whose ARN is known once it exists.
    expect(reason(b, 'policy[0].resources')).toBe('PublicBucket.Arn, known when the stack is created');
    expect(b.account).toBe('unknown');
  });

  it('a bucket encrypted with a key of the stack, versioned, with Block Public Access on', () => {
    expect(get('LogsBucket').properties).toMatchObject({
      publicAccessBlocked: true,
      publicRead: false,
      versioning: true,
      encryption: {
        enabled: true,
        keyType: 'customer-managed',
        keyId: 'iac:cloudformation:stack.yaml#DataKey',
      },
    });
  });

  it('conditions: And of Equals and Condition holds; one on a parameter without default is unknown', () => {
    expect(get('Trail').name).toBe('prod-trail');
    expect(get('Trail').properties).toMatchObject({
      logging: true,
      bucket: 'iac:cloudformation:stack.yaml#LogsBucket',
    });
    expect(reason(get('AdminTrail'), 'condition')).toBe(
      'created only when condition HasAdmin holds: condition HasAdmin is unknown: parameter AdminCidr has no default: its value is given when the stack is deployed',
    );
  });

  it('security group: inline rule open to the world, default egress, separate ingress resources', () => {
    const sg = get('SshGroup');
    expect(sg.properties?.rules).toEqual([
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 22, to: 22 },
        peers: ['0.0.0.0/0'],
        description: 'ssh',
      },
      {
        direction: 'egress',
        action: 'allow',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: ['0.0.0.0/0'],
        description: 'default egress rule',
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: ['sg:iac:cloudformation:stack.yaml#SshGroup'],
      },
    ]);
    expect(reason(sg, 'rules')).toContain('AdminIngress: peers unknown (parameter AdminCidr has no default');
    expect(sg.properties?.vpc).toBe('iac:cloudformation:stack.yaml#Vpc');
  });

  it('an unencrypted volume sized by a Number parameter; an unencrypted public database', () => {
    expect(get('DataVolume').properties).toEqual({
      encryption: { enabled: false, keyType: 'none' },
      sizeGb: 100,
      attachedTo: ['iac:cloudformation:stack.yaml#AppInstance'],
    });
    expect(get('Database').properties).toMatchObject({
      engine: 'postgres',
      publiclyAccessible: true,
      encryption: { enabled: false, keyType: 'none' },
      deletionProtection: true,
      securityGroups: ['iac:cloudformation:stack.yaml#SshGroup'],
    });
  });

  it('a key with rotation off; a wildcard managed policy attached to a role', () => {
    expect(get('DataKey').properties).toMatchObject({ rotationEnabled: false, origin: 'AWS_KMS' });
    // Principal AWS: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:root" depends on the deployment: whom the
    // statement grants to is unknown, so the whole key policy is (a statement without principals would read as "*").
    expect(get('DataKey').properties).not.toHaveProperty('policy');
    expect(reason(get('DataKey'), 'policy')).toBe(
      'statement 1: Principal is unknown (AWS::Partition is the partition of the region the stack is deployed to)',
    );
    expect(get('AdminPolicy').properties).toEqual({
      statements: [{ effect: 'allow', actions: ['*'], resources: ['*'] }],
      managedBy: 'customer',
      attachedTo: ['iac:cloudformation:stack.yaml#AppRole'],
    });
    expect(get('AppRole').properties).toMatchObject({
      attachedPolicies: ['iac:cloudformation:stack.yaml#AdminPolicy'],
      trust: [
        {
          effect: 'allow',
          actions: ['sts:AssumeRole'],
          principals: ['service:ec2.amazonaws.com', 'service:lambda.amazonaws.com'],
        },
      ],
    });
  });

  it('network: FindInMap CIDR, Fn::Cidr subnet, a CIDR from GetAtt left unknown, flow logs', () => {
    expect(get('Vpc').properties).toMatchObject({ cidrs: ['10.40.0.0/16'], flowLogs: true });
    expect(get('SubnetA').properties).toMatchObject({ cidrs: ['10.40.1.0/24'], mapPublicIpOnLaunch: true });
    expect(get('SubnetB').properties).not.toHaveProperty('cidrs');
    expect(reason(get('SubnetB'), 'cidrs')).toBe('Vpc.CidrBlock, known when the stack is created');
  });

  it('an instance whose launch template allows IMDSv1; a function with a public URL', () => {
    expect(get('AppInstance').properties).toMatchObject({
      metadataTokensRequired: false,
      disksEncrypted: true,
      securityGroups: ['iac:cloudformation:stack.yaml#SshGroup'],
      subnet: 'iac:cloudformation:stack.yaml#SubnetA',
    });
    expect(get('Worker').name).toBe('prod-worker');
    expect(get('Worker').properties).toMatchObject({
      publicUrl: true,
      role: 'iac:cloudformation:stack.yaml#AppRole',
    });
  });
});

describe('cloudformation collector: JSON and malformed templates', () => {
  it('reads a JSON template in the long form', async () => {
    const r = await cloudformationCollector.collect(join(FIX, 'stack.json'), ctx);
    const bucket = r.resources.find((x) => x.id.endsWith('#ArchiveBucket'));
    expect(bucket?.name).toBe('acme-archive');
    expect(bucket?.tags).toEqual({ team: 'acme' });
    expect(bucket?.properties?.versioning).toBe(false);
    expect(r.resources.find((x) => x.id.endsWith('#ArchiveKey'))?.properties).toMatchObject({
      rotationEnabled: true,
      rotationPeriodDays: 180,
    });
    expect(r.unknownTypes).toEqual({ 'AWS::SNS::Topic': 1 });
  });

  it('reports malformed YAML and JSON with file and line, collecting nothing from them', async () => {
    for (const [name, line] of [
      ['broken.yaml', 7],
      ['broken.json', 4],
    ] as const) {
      const file = join(FIX, name);
      const r = await cloudformationCollector.collect(file, ctx);
      expect(r.resources).toEqual([]);
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ file, line });
    }
  });

  it('reports a resource without a Type with its line and reads the others', async () => {
    const file = join(FIX, 'bad-record.yaml');
    const r = await cloudformationCollector.collect(file, ctx);
    expect(r.issues).toEqual([
      { file, line: 3, path: 'Resources.NoType', message: 'the resource has no Type' },
    ]);
    expect(r.resources.map((x) => [x.id, x.properties?.rotationEnabled])).toEqual([
      ['iac:cloudformation:bad-record.yaml#Key', true],
    ]);
  });

  it('detects templates by AWSTemplateFormatVersion or by AWS:: resource types', () => {
    expect(cloudformationCollector.detect('a.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\n')).toBe(true);
    expect(cloudformationCollector.detect('a.yml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n')).toBe(
      true,
    );
    expect(
      cloudformationCollector.detect('a.json', '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}'),
    ).toBe(true);
    expect(cloudformationCollector.detect('a.yaml', 'apiVersion: v1\nkind: Pod\n')).toBe(false);
    // An AWS Config item names CloudFormation types too, but it is not a template.
    const config = '{"configurationItems": [{"resourceType": "AWS::S3::Bucket", "relatedResources": []}]}';
    expect(cloudformationCollector.detect('snapshot.json', config)).toBe(false);
    expect(cloudformationCollector.detect('a.tf', 'AWSTemplateFormatVersion')).toBe(false);
  });
});
