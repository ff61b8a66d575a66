// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables such as ${aws:username} are literal policy text.
import { describe, expect, it } from 'vitest';
import type { PolicyStatement } from '../../core/index.js';
import {
  adminEquivalence,
  allows,
  decide,
  grantsAll,
  hasFullAdminStatement,
  isAdminEquivalent,
  principalAccounts,
  publicPrincipal,
} from './analyser.js';
import { privilegeEscalationPaths } from './escalation.js';
import { cidrContains, isAnywhere, parseCidr } from './ip.js';
import { parsePolicy } from './parse.js';

const allow = (actions: string[], resources: string[] = ['*'], extra: Partial<PolicyStatement> = {}) =>
  ({ effect: 'allow', actions, resources, ...extra }) as PolicyStatement;
const deny = (actions: string[], resources: string[] = ['*'], extra: Partial<PolicyStatement> = {}) =>
  ({ effect: 'deny', actions, resources, ...extra }) as PolicyStatement;

const BUCKET = 'arn:aws:s3:::reports';
const OBJECT = 'arn:aws:s3:::reports/2024/q1.csv';

describe('allows: the evaluation logic', () => {
  it('nothing is allowed by default (implicit deny)', () => {
    expect(allows([], 's3:GetObject', OBJECT)).toBe(false);
    expect(decide([], { action: 's3:GetObject', resource: OBJECT }).decision).toBe('implicit-deny');
  });

  it('an Allow that matches action and resource allows', () => {
    const st = [allow(['s3:Get*'], ['arn:aws:s3:::reports/*'])];
    expect(allows(st, 's3:GetObject', OBJECT)).toBe(true);
    expect(allows(st, 's3:PutObject', OBJECT)).toBe(false);
    expect(allows(st, 's3:GetObject', 'arn:aws:s3:::other/x')).toBe(false);
    // The bucket itself is not an object in it.
    expect(allows(st, 's3:ListBucket', BUCKET)).toBe(false);
  });

  it('an explicit Deny wins over any Allow', () => {
    const st = [allow(['s3:*']), deny(['s3:DeleteObject'], ['arn:aws:s3:::reports/*'])];
    expect(allows(st, 's3:GetObject', OBJECT)).toBe(true);
    expect(allows(st, 's3:DeleteObject', OBJECT)).toBe(false);
    expect(decide(st, { action: 's3:DeleteObject', resource: OBJECT })).toMatchObject({
      decision: 'explicit-deny',
      statements: [1],
    });
    expect(allows(st, 's3:DeleteObject', 'arn:aws:s3:::other/x')).toBe(true);
  });

  it('statement order does not matter', () => {
    const st = [deny(['iam:*']), allow(['*'])];
    expect(allows(st, 'iam:CreateUser', 'arn:aws:iam::111122223333:user/x')).toBe(false);
    expect(allows([...st].reverse(), 'iam:CreateUser', 'arn:aws:iam::111122223333:user/x')).toBe(false);
  });

  it('NotAction allows everything except the listed actions', () => {
    const st = [{ effect: 'allow', notActions: ['iam:*'], resources: ['*'] } as PolicyStatement];
    expect(allows(st, 'ec2:RunInstances')).toBe(true);
    expect(allows(st, 'iam:CreateUser')).toBe(false);
  });

  it('Deny with NotAction denies everything except the listed actions', () => {
    const st = [
      allow(['*']),
      { effect: 'deny', notActions: ['s3:GetObject'], resources: ['*'] } as PolicyStatement,
    ];
    expect(allows(st, 's3:GetObject', OBJECT)).toBe(true);
    expect(allows(st, 's3:PutObject', OBJECT)).toBe(false);
  });

  it('NotResource applies to every resource except the listed ones', () => {
    const st = [
      { effect: 'allow', actions: ['s3:*'], notResources: ['arn:aws:s3:::secret/*'] } as PolicyStatement,
    ];
    expect(allows(st, 's3:GetObject', OBJECT)).toBe(true);
    expect(allows(st, 's3:GetObject', 'arn:aws:s3:::secret/key')).toBe(false);
  });

  it('action names match case-insensitively', () => {
    expect(allows([allow(['S3:getobject'])], 's3:GetObject', OBJECT)).toBe(true);
  });

  it('on "some resource", a Deny only wins where it covers the whole grant', () => {
    const partial = [allow(['s3:GetObject']), deny(['s3:GetObject'], ['arn:aws:s3:::secret/*'])];
    expect(allows(partial, 's3:GetObject')).toBe(true);
    const total = [
      allow(['s3:GetObject'], ['arn:aws:s3:::secret/a/*']),
      deny(['s3:*'], ['arn:aws:s3:::secret/*']),
    ];
    expect(allows(total, 's3:GetObject')).toBe(false);
    expect(decide([deny(['s3:*'])], { action: 's3:GetObject' }).decision).toBe('explicit-deny');
  });

  it('an Allow with conditions counts when the request is unknown, and says so', () => {
    const st = [
      allow(['s3:GetObject'], ['*'], { conditions: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } } }),
    ];
    expect(decide(st, { action: 's3:GetObject', resource: OBJECT })).toMatchObject({
      decision: 'allow',
      conditional: true,
    });
  });

  it('with a request context, conditions are decided', () => {
    const st = [
      allow(['s3:GetObject'], ['*'], { conditions: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } } }),
    ];
    expect(allows(st, 's3:GetObject', OBJECT, { values: { 'aws:SourceVpc': 'vpc-1' }, closed: true })).toBe(
      true,
    );
    expect(allows(st, 's3:GetObject', OBJECT, { values: { 'aws:SourceVpc': 'vpc-2' }, closed: true })).toBe(
      false,
    );
    expect(allows(st, 's3:GetObject', OBJECT, { values: {}, closed: true })).toBe(false);
  });

  it('a Deny with conditions does not count as a sure deny without a request', () => {
    const st = [
      allow(['s3:*']),
      deny(['s3:*'], ['*'], { conditions: { Bool: { 'aws:SecureTransport': 'false' } } }),
    ];
    expect(decide(st, { action: 's3:GetObject', resource: OBJECT })).toMatchObject({
      decision: 'allow',
      conditional: true,
    });
    expect(
      allows(st, 's3:GetObject', OBJECT, { values: { 'aws:SecureTransport': false }, closed: true }),
    ).toBe(false);
    expect(
      allows(st, 's3:GetObject', OBJECT, { values: { 'aws:SecureTransport': true }, closed: true }),
    ).toBe(true);
  });

  it('resource policies: the principal must match when one is asked about', () => {
    const st = [
      allow(['s3:GetObject'], [`${BUCKET}/*`], { principals: ['aws:arn:aws:iam::111122223333:root'] }),
    ];
    expect(
      decide(st, {
        action: 's3:GetObject',
        resource: OBJECT,
        principal: 'aws:arn:aws:iam::111122223333:root',
      }).decision,
    ).toBe('allow');
    expect(
      decide(st, {
        action: 's3:GetObject',
        resource: OBJECT,
        principal: 'aws:arn:aws:iam::444455556666:root',
      }).decision,
    ).toBe('implicit-deny');
  });

  it('policy variables resolve from the request context', () => {
    const st = [allow(['s3:*'], ['arn:aws:s3:::home/${aws:username}/*'])];
    const alice = { values: { 'aws:username': 'alice' }, closed: true };
    expect(allows(st, 's3:GetObject', 'arn:aws:s3:::home/alice/notes', alice)).toBe(true);
    expect(allows(st, 's3:GetObject', 'arn:aws:s3:::home/bob/notes', alice)).toBe(false);
  });

  it('a Deny on an unresolved variable is not relied on', () => {
    const st = [allow(['s3:*']), deny(['s3:*'], ['arn:aws:s3:::home/${aws:username}/*'])];
    expect(allows(st, 's3:GetObject', 'arn:aws:s3:::home/alice/notes')).toBe(true);
  });
});

describe('isAdminEquivalent', () => {
  it('"*" on "*" is admin, and so is "*:*"', () => {
    expect(isAdminEquivalent([allow(['*'])])).toBe(true);
    expect(isAdminEquivalent([allow(['*:*'])])).toBe(true);
    expect(adminEquivalence([allow(['*'])])[0]?.reason).toBe('all-actions');
  });

  it('NotAction with Allow on "*" is admin-equivalent', () => {
    const st = [
      { effect: 'allow', notActions: ['iam:*', 'organizations:*'], resources: ['*'] } as PolicyStatement,
    ];
    expect(adminEquivalence(st)[0]?.reason).toBe('not-action');
  });

  it('iam:* on "*" is admin-equivalent: it can grant itself the rest', () => {
    expect(adminEquivalence([allow(['iam:*'])])[0]?.reason).toBe('all-iam');
    expect(isAdminEquivalent([allow(['IAM:*'])])).toBe(true);
  });

  it('broad but scoped grants are not admin', () => {
    expect(isAdminEquivalent([allow(['*'], ['arn:aws:s3:::reports/*'])])).toBe(false);
    expect(isAdminEquivalent([allow(['s3:*', 'ec2:*'])])).toBe(false);
    expect(isAdminEquivalent([allow(['iam:Get*', 'iam:List*'])])).toBe(false);
  });

  it('a Deny of everything takes admin away; a partial Deny does not', () => {
    expect(isAdminEquivalent([allow(['*']), deny(['*'])])).toBe(false);
    expect(isAdminEquivalent([allow(['*']), deny(['s3:DeleteBucket'])])).toBe(true);
    expect(isAdminEquivalent([allow(['iam:*']), deny(['iam:*'])])).toBe(false);
  });

  it('hasFullAdminStatement looks for the literal "*:*" statement only', () => {
    expect(hasFullAdminStatement([allow(['*'])])).toBe(true);
    expect(hasFullAdminStatement([allow(['iam:*'])])).toBe(false);
    expect(hasFullAdminStatement([allow(['*'], ['arn:aws:s3:::b'])])).toBe(false);
  });

  it('grantsAll checks one action pattern on one resource pattern', () => {
    expect(grantsAll([allow(['s3:*'])], 's3:Get*')).toBe(true);
    expect(grantsAll([allow(['s3:Get*'])], 's3:*')).toBe(false);
    expect(grantsAll([allow(['s3:*'], ['arn:aws:s3:::b/*'])], 's3:*', '*')).toBe(false);
  });
});

describe('publicPrincipal', () => {
  const anyone = (extra: Partial<PolicyStatement> = {}) =>
    allow(['s3:GetObject'], [`${BUCKET}/*`], { principals: ['*'], ...extra });

  it('an Allow to "*" with no condition is public', () => {
    expect(publicPrincipal([anyone()])).toEqual([{ statement: 0, via: 'principal' }]);
  });

  it('a condition pinning the caller makes it not public', () => {
    for (const conditions of [
      { StringEquals: { 'aws:SourceAccount': '111122223333' } },
      { ArnLike: { 'aws:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/E1' } },
      { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3' } },
      { StringEquals: { 'aws:SourceVpc': 'vpc-1' } },
      { StringEquals: { 'aws:SourceVpce': 'vpce-1' } },
      { IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } },
    ])
      expect(publicPrincipal([anyone({ conditions })])).toEqual([]);
  });

  it('a condition that does not narrow the caller leaves it public', () => {
    expect(
      publicPrincipal([anyone({ conditions: { Bool: { 'aws:SecureTransport': 'true' } } })]),
    ).toHaveLength(1);
    expect(
      publicPrincipal([anyone({ conditions: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } })]),
    ).toHaveLength(1);
  });

  it('named principals, Deny statements and service principals are not public', () => {
    expect(
      publicPrincipal([
        allow(['s3:GetObject'], ['*'], { principals: ['aws:arn:aws:iam::111122223333:root'] }),
      ]),
    ).toEqual([]);
    expect(publicPrincipal([deny(['s3:*'], ['*'], { principals: ['*'] })])).toEqual([]);
    expect(
      publicPrincipal([allow(['s3:PutObject'], ['*'], { principals: ['service:cloudtrail.amazonaws.com'] })]),
    ).toEqual([]);
  });

  it('Allow with NotPrincipal is everyone but a few: public', () => {
    const st = {
      effect: 'allow',
      actions: ['s3:*'],
      resources: ['*'],
      notPrincipals: ['aws:arn:aws:iam::1:root'],
    } as PolicyStatement;
    expect(publicPrincipal([st])).toEqual([{ statement: 0, via: 'not-principal' }]);
  });

  it('principalAccounts lists the accounts a statement names', () => {
    const st = allow(['sts:AssumeRole'], ['*'], {
      principals: [
        'aws:arn:aws:iam::111122223333:root',
        'aws:arn:aws:iam::444455556666:role/ci',
        'service:ec2.amazonaws.com',
      ],
    });
    expect(principalAccounts(st).sort()).toEqual(['111122223333', '444455556666']);
  });
});

describe('privilegeEscalationPaths', () => {
  const ids = (st: PolicyStatement[]) => privilegeEscalationPaths(st).map((p) => p.id);

  it('finds single-permission paths', () => {
    expect(ids([allow(['iam:CreatePolicyVersion'])])).toEqual(['create-policy-version']);
    expect(ids([allow(['iam:SetDefaultPolicyVersion'])])).toEqual(['set-default-policy-version']);
    expect(ids([allow(['iam:AttachUserPolicy', 'iam:AttachRolePolicy', 'iam:AttachGroupPolicy'])])).toEqual([
      'attach-user-policy',
      'attach-group-policy',
      'attach-role-policy',
    ]);
    expect(ids([allow(['iam:PutUserPolicy', 'iam:PutGroupPolicy', 'iam:PutRolePolicy'])])).toEqual([
      'put-user-policy',
      'put-group-policy',
      'put-role-policy',
    ]);
    expect(ids([allow(['iam:UpdateAssumeRolePolicy'])])).toEqual(['update-assume-role-policy']);
    expect(ids([allow(['lambda:UpdateFunctionCode'])])).toEqual(['lambda-update-code']);
  });

  it('PassRole paths need every step', () => {
    expect(ids([allow(['iam:PassRole'])])).toEqual([]);
    expect(ids([allow(['ec2:RunInstances'])])).toEqual([]);
    expect(ids([allow(['iam:PassRole', 'ec2:RunInstances'])])).toEqual(['passrole-ec2']);
    expect(ids([allow(['iam:PassRole', 'lambda:CreateFunction'])])).toEqual([]);
    expect(ids([allow(['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'])])).toEqual([
      'passrole-lambda-invoke',
    ]);
    expect(ids([allow(['iam:PassRole', 'cloudformation:CreateStack'])])).toEqual(['passrole-cloudformation']);
    expect(ids([allow(['iam:PassRole', 'glue:CreateDevEndpoint'])])).toEqual(['passrole-glue']);
  });

  it('PassRole limited by iam:PassedToService counts only for that service', () => {
    const st = [
      allow(['iam:PassRole'], ['*'], {
        conditions: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
      }),
      allow(['ec2:RunInstances', 'cloudformation:CreateStack']),
    ];
    expect(ids(st)).toEqual(['passrole-ec2']);
  });

  it('credential actions on the caller only are not escalation', () => {
    const self = [
      allow(['iam:CreateAccessKey', 'iam:UpdateLoginProfile'], ['arn:aws:iam::*:user/${aws:username}']),
    ];
    expect(ids(self)).toEqual([]);
    const others = [allow(['iam:CreateAccessKey'], ['arn:aws:iam::111122223333:user/*'])];
    expect(ids(others)).toEqual(['create-access-key']);
  });

  it('an explicit Deny closes a path', () => {
    expect(ids([allow(['iam:*']), deny(['iam:*'])])).toEqual([]);
    expect(ids([allow(['iam:PassRole', 'ec2:*']), deny(['ec2:RunInstances'])])).toEqual([]);
  });

  it('wildcards open many paths at once; read-only access opens none', () => {
    expect(ids([allow(['*'])]).length).toBeGreaterThan(15);
    expect(ids([allow(['iam:Get*', 'iam:List*', 's3:GetObject', 'ec2:Describe*'])])).toEqual([]);
  });
});

describe('parsePolicy', () => {
  it('reads a JSON policy document into normalized statements', () => {
    const doc = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'a',
          Effect: 'Allow',
          Principal: '*',
          Action: 'sqs:SendMessage',
          Resource: 'arn:aws:sqs:us-east-1:1:q',
        },
        {
          Effect: 'Deny',
          Principal: { AWS: ['111122223333', 'arn:aws:iam::1:role/x'] },
          NotAction: ['sqs:*'],
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    });
    expect(parsePolicy(doc)).toEqual([
      {
        effect: 'allow',
        principals: ['*'],
        actions: ['sqs:SendMessage'],
        resources: ['arn:aws:sqs:us-east-1:1:q'],
      },
      {
        effect: 'deny',
        principals: ['aws:arn:aws:iam::111122223333:root', 'aws:arn:aws:iam::1:role/x'],
        notActions: ['sqs:*'],
        resources: ['*'],
        conditions: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ]);
  });

  it('reads a single statement object, a URL-encoded document, and {AWS: "*"}', () => {
    expect(parsePolicy({ Statement: { Effect: 'Allow', Principal: { AWS: '*' }, Action: '*' } })).toEqual([
      { effect: 'allow', principals: ['*'], actions: ['*'] },
    ]);
    expect(parsePolicy(encodeURIComponent('{"Statement":[]}'))).toEqual([]);
  });

  it('returns undefined for what is not a policy', () => {
    expect(parsePolicy('not json')).toBeUndefined();
    expect(parsePolicy({ Statement: [{ Effect: 'Maybe' }] })).toBeUndefined();
  });
});

describe('CIDR helpers', () => {
  it('parse, contain and recognise "anywhere"', () => {
    const ten = parseCidr('10.0.0.0/8');
    const host = parseCidr('10.1.2.3');
    expect(ten && host && cidrContains(ten, host)).toBe(true);
    expect(isAnywhere('0.0.0.0/0')).toBe(true);
    expect(isAnywhere('::/0')).toBe(true);
    expect(isAnywhere('0.0.0.0/1')).toBe(false);
    expect(isAnywhere('10.0.0.0/8')).toBe(false);
    expect(parseCidr('300.0.0.0/8')).toBeUndefined();
  });
});
