import { describe, expect, it } from 'vitest';
import { bucketPolicyFacts, isPublicAllow, policyStatements, principals } from './policy.js';

describe('policy statements', () => {
  it('normalizes single values and lists, Not* elements and conditions', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Deny',
        NotAction: 'iam:*',
        NotResource: ['arn:aws:s3:::a', 'arn:aws:s3:::b'],
        NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/admin' },
        Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } },
      },
    };
    expect(policyStatements(doc)).toEqual({
      statements: [
        {
          effect: 'deny',
          notActions: ['iam:*'],
          notResources: ['arn:aws:s3:::a', 'arn:aws:s3:::b'],
          notPrincipals: ['aws:arn:aws:iam::111122223333:role/admin'],
          conditions: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } },
        },
      ],
      problems: [],
    });
  });

  it('reads JSON-string and URL-encoded documents and reports unreadable statements', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }, { Action: 's3:*' }],
    };
    const fromString = policyStatements(JSON.stringify(doc));
    const fromEncoded = policyStatements(encodeURIComponent(JSON.stringify(doc)));
    expect(fromString).toEqual(fromEncoded);
    expect(fromString.statements).toEqual([{ effect: 'allow', actions: ['*'], resources: ['*'] }]);
    expect(fromString.problems).toEqual(['statement 2 has no Effect of Allow or Deny']);
    expect(policyStatements('not json').problems).toEqual(['the policy document is not a JSON object']);
  });

  it('normalizes principals', () => {
    expect(principals('*')).toEqual(['*']);
    expect(principals({ AWS: '*' })).toEqual(['*']);
    expect(principals({ AWS: ['123456789012', 'arn:aws:iam::123456789012:user/bob'] })).toEqual([
      'aws:arn:aws:iam::123456789012:root',
      'aws:arn:aws:iam::123456789012:user/bob',
    ]);
    expect(principals({ AWS: '123456789012' }, 'cn-north-1')).toEqual([
      'aws:arn:aws-cn:iam::123456789012:root',
    ]);
    expect(
      principals({ Service: ['lambda.amazonaws.com'], Federated: 'cognito-identity.amazonaws.com' }),
    ).toEqual(['service:lambda.amazonaws.com', 'federated:cognito-identity.amazonaws.com']);
    expect(principals({ CanonicalUser: 'abc123' })).toEqual(['canonical:abc123']);
  });
});

describe('public and TLS-only bucket policies', () => {
  const allow = (extra: Record<string, unknown>) =>
    policyStatements({
      Statement: [{ Effect: 'Allow', Principal: '*', Resource: 'arn:aws:s3:::b/*', ...extra }],
    }).statements;

  it('is public for an Allow to anyone without a condition narrowing who', () => {
    expect(bucketPolicyFacts(allow({ Action: 's3:GetObject' }))).toEqual({
      publicRead: true,
      publicWrite: false,
      tlsOnly: false,
    });
    expect(bucketPolicyFacts(allow({ Action: 's3:Put*' }))).toMatchObject({
      publicRead: false,
      publicWrite: true,
    });
    expect(bucketPolicyFacts(allow({ Action: '*' }))).toMatchObject({ publicRead: true, publicWrite: true });
    expect(bucketPolicyFacts(allow({ NotAction: 's3:DeleteBucket' }))).toMatchObject({
      publicRead: true,
      publicWrite: true,
    });
    // A TLS condition does not narrow who.
    expect(
      bucketPolicyFacts(
        allow({ Action: 's3:GetObject', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
      ).publicRead,
    ).toBe(true);
    // Wildcard condition values narrow nothing either.
    expect(
      bucketPolicyFacts(
        allow({ Action: 's3:GetObject', Condition: { StringLike: { 'aws:PrincipalArn': '*' } } }),
      ).publicRead,
    ).toBe(true);
  });

  it('is not public when a condition restricts the caller', () => {
    expect(
      bucketPolicyFacts(
        allow({ Action: 's3:GetObject', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }),
      ).publicRead,
    ).toBe(false);
    expect(
      bucketPolicyFacts(
        allow({ Action: 's3:GetObject', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }),
      ).publicRead,
    ).toBe(false);
    expect(
      bucketPolicyFacts(
        allow({ Action: 's3:GetObject', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c' } } }),
      ).publicRead,
    ).toBe(false);
    const service = policyStatements({
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject' },
      ],
    });
    expect(isPublicAllow(service.statements[0] as never)).toBe(false);
  });

  it('is TLS-only with a Deny to anyone when aws:SecureTransport is false', () => {
    const deny = (condition: unknown, action: unknown = 's3:*') =>
      bucketPolicyFacts(
        policyStatements({
          Statement: [
            { Effect: 'Deny', Principal: { AWS: '*' }, Action: action, Resource: '*', Condition: condition },
          ],
        }).statements,
      );
    expect(deny({ Bool: { 'aws:SecureTransport': 'false' } }).tlsOnly).toBe(true);
    expect(deny({ Bool: { 'aws:SecureTransport': false } }).tlsOnly).toBe(true);
    expect(deny({ BoolIfExists: { 'aws:SecureTransport': ['false'] } }).tlsOnly).toBe(true);
    expect(deny({ Bool: { 'aws:SecureTransport': 'true' } }).tlsOnly).toBe(false);
    expect(deny({ NumericLessThan: { 's3:TlsVersion': '1.2' } }).tlsOnly).toBe(false);
    expect(deny({ Bool: { 'aws:SecureTransport': 'false' } }, 's3:ListBucket').tlsOnly).toBe(false);
  });
});
