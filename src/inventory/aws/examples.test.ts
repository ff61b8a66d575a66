import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProperties, ResourceSchema } from '../../core/index.js';
import type { CollectResult } from '../types.js';
import { awsCliCollector } from './cli.js';

/** The example estate's AWS part: each misconfiguration listed in MISCONFIGURATIONS.md shows in the inventory. */
const ESTATE = join(import.meta.dirname, '../../../examples/estate');
let result: CollectResult;
beforeAll(async () => {
  result = await awsCliCollector.collect(join(ESTATE, 'aws'), { collectedAt: '2024-06-02T12:00:00.000Z' });
});
const props = (id: string) => {
  const r = result.resources.find((x) => x.id === id);
  if (!r) throw new Error(`no resource ${id}`);
  return r.properties ?? {};
};

describe('example AWS estate', () => {
  it('is one aws-cli organization folder, read without issues or gaps', () => {
    expect(awsCliCollector.detect(join(ESTATE, 'aws'), '')).toBe(true);
    expect(awsCliCollector.detect(ESTATE, '')).toBe(false);
    expect(result.issues).toEqual([]);
    expect(result.coverage).toEqual([]);
    expect(result.unknownTypes).toEqual({ 'AWS::SQS::Queue': 1 });
    expect(new Set(result.resources.map((r) => r.account))).toEqual(
      new Set(['123456789012', '234567890123', '345678901234']),
    );
    for (const r of result.resources) {
      expect(ResourceSchema.safeParse(r).success, r.id).toBe(true);
      expect(checkProperties(r.kind, r.properties ?? {}), r.id).toEqual([]);
    }
  });

  it('shows every misconfiguration listed in MISCONFIGURATIONS.md', () => {
    expect(props('arn:aws:s3:::prod-marketing-site-234567890123')).toMatchObject({
      publicRead: true,
      publicAccessBlocked: false,
      uniformAccess: false,
      versioning: false,
      accessLogging: false,
      tlsOnly: false,
    });
    const bastion = 'arn:aws:ec2:us-east-1:234567890123:instance/i-0f5e4d3c2b1a09871';
    const ssh = props('arn:aws:ec2:us-east-1:234567890123:security-group/sg-0a7b8c9d0e1f20302');
    expect(ssh.rules).toContainEqual(
      expect.objectContaining({
        direction: 'ingress',
        protocol: 'tcp',
        ports: { from: 22, to: 22 },
        peers: ['0.0.0.0/0'],
      }),
    );
    expect(ssh.attachedTo).toContain(bastion);
    expect(props(bastion)).toMatchObject({
      state: 'running',
      publicIps: ['3.91.44.120'],
      metadataTokensRequired: false,
    });
    expect(props('arn:aws:ec2:us-east-1:234567890123:subnet/subnet-0d1e2f3a4b5c60701').public).toBe(true);
    expect(props('arn:aws:ec2:us-east-1:234567890123:volume/vol-0a1b2c3d4e5f60903')).toMatchObject({
      encryption: { enabled: false, keyType: 'none' },
      accountEncryptionByDefault: false,
    });
    expect(props('arn:aws:ec2:us-east-1:234567890123:instance/i-0f5e4d3c2b1a09872').disksEncrypted).toBe(
      false,
    );
    expect(props('arn:aws:rds:us-east-1:234567890123:db:orders-db').encryption).toEqual({
      enabled: false,
      keyType: 'none',
    });
    expect(props('arn:aws:iam::234567890123:policy/ProdDeployFullAccess')).toMatchObject({
      statements: [{ effect: 'allow', actions: ['*'], resources: ['*'] }],
      managedBy: 'customer',
      attachedTo: ['arn:aws:iam::234567890123:user/automation/deploy-bot'],
    });
    expect(props('arn:aws:iam::234567890123:user/automation/deploy-bot')).toMatchObject({
      mfa: false,
      accessKeys: [expect.objectContaining({ active: true })],
    });
    expect(props('arn:aws:ec2:us-east-1:234567890123:vpc/vpc-0c4a1e9b7d2f58301').flowLogs).toBe(false);
    expect(
      props('arn:aws:kms:us-east-1:234567890123:key/5c8e2f1a-7d3b-4a9e-b6c0-1e2d3f4a5b6c'),
    ).toMatchObject({
      managedBy: 'customer',
      rotationEnabled: false,
    });
    expect(props('arn:aws:cloudtrail:us-east-1:345678901234:trail/dev-trail')).toMatchObject({
      multiRegion: false,
      logging: true,
    });
    expect(props('arn:aws:ec2:eu-west-1:345678901234:volume/vol-0c3d4e5f6a7b80b02').encryption).toEqual({
      enabled: false,
      keyType: 'none',
    });
    expect(props('arn:aws:ec2:eu-west-1:345678901234:instance/i-0b7c8d9e0f1a2b301').disksEncrypted).toBe(
      false,
    );
  });

  it('has nothing else of those kinds wrong', () => {
    const of = (kind: string) => result.resources.filter((r) => r.kind === kind);
    expect(
      of('storage.bucket')
        .filter((b) => b.properties?.publicRead !== false)
        .map((b) => b.id),
    ).toEqual(['arn:aws:s3:::prod-marketing-site-234567890123']);
    expect(
      of('storage.volume')
        .filter((v) => (v.properties?.encryption as { enabled: boolean } | undefined)?.enabled === false)
        .map((v) => v.id),
    ).toEqual([
      'arn:aws:ec2:us-east-1:234567890123:volume/vol-0a1b2c3d4e5f60903',
      'arn:aws:ec2:eu-west-1:345678901234:volume/vol-0c3d4e5f6a7b80b02',
    ]);
    expect(
      of('network.vpc')
        .filter((v) => v.properties?.flowLogs !== true)
        .map((v) => v.id),
    ).toEqual(['arn:aws:ec2:us-east-1:234567890123:vpc/vpc-0c4a1e9b7d2f58301']);
    expect(
      of('crypto.key')
        .filter((k) => k.properties?.managedBy === 'customer' && k.properties.rotationEnabled !== true)
        .map((k) => k.id),
    ).toEqual(['arn:aws:kms:us-east-1:234567890123:key/5c8e2f1a-7d3b-4a9e-b6c0-1e2d3f4a5b6c']);
    expect(
      of('logging.trail')
        .filter((t) => t.properties?.multiRegion !== true)
        .map((t) => t.id),
    ).toEqual(['arn:aws:cloudtrail:us-east-1:345678901234:trail/dev-trail']);
    const sshOpen = of('network.security-group').filter((g) =>
      (
        (g.properties?.rules ?? []) as {
          direction: string;
          ports: { from: number; to: number };
          peers: string[];
        }[]
      ).some(
        (r) =>
          r.direction === 'ingress' &&
          r.ports.from <= 22 &&
          r.ports.to >= 22 &&
          r.peers.includes('0.0.0.0/0'),
      ),
    );
    expect(sshOpen.map((g) => g.id)).toEqual([
      'arn:aws:ec2:us-east-1:234567890123:security-group/sg-0a7b8c9d0e1f20302',
    ]);
  });
});
