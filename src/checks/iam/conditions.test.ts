import { describe, expect, it } from 'vitest';
import { callerRestriction, evaluateClause, evaluateConditions } from './conditions.js';

const closed = (values: Record<string, string | boolean | string[]>) => ({ values, closed: true });

describe('condition operators', () => {
  it('StringEquals is exact and case-sensitive; values under one key are alternatives', () => {
    const ctx = closed({ 'aws:PrincipalTag/team': 'Blue' });
    expect(evaluateClause('StringEquals', 'aws:PrincipalTag/team', ['Red', 'Blue'], ctx)).toBe(true);
    expect(evaluateClause('StringEquals', 'aws:PrincipalTag/team', 'blue', ctx)).toBe(false);
    expect(evaluateClause('StringEqualsIgnoreCase', 'aws:PrincipalTag/team', 'blue', ctx)).toBe(true);
  });

  it('condition key names are case-insensitive', () => {
    expect(
      evaluateClause(
        'StringEquals',
        'AWS:SOURCEACCOUNT',
        '111122223333',
        closed({ 'aws:SourceAccount': '111122223333' }),
      ),
    ).toBe(true);
  });

  it('StringLike supports * and ?', () => {
    const ctx = closed({ 's3:prefix': 'home/alice/notes' });
    expect(evaluateClause('StringLike', 's3:prefix', 'home/*', ctx)).toBe(true);
    expect(evaluateClause('StringLike', 's3:prefix', 'home/al?ce/*', ctx)).toBe(true);
    expect(evaluateClause('StringLike', 's3:prefix', 'work/*', ctx)).toBe(false);
  });

  it('a negated operator must match none of the values', () => {
    const ctx = closed({ 'aws:RequestedRegion': 'eu-west-1' });
    expect(evaluateClause('StringNotEquals', 'aws:RequestedRegion', ['us-east-1', 'eu-west-1'], ctx)).toBe(
      false,
    );
    expect(evaluateClause('StringNotEquals', 'aws:RequestedRegion', ['us-east-1'], ctx)).toBe(true);
  });

  it('a missing key makes a positive operator false and a negated one true', () => {
    const ctx = closed({});
    expect(evaluateClause('StringEquals', 'aws:SourceVpc', 'vpc-1', ctx)).toBe(false);
    expect(evaluateClause('StringNotEquals', 'aws:SourceVpc', 'vpc-1', ctx)).toBe(true);
    expect(evaluateClause('ArnNotLike', 'aws:SourceArn', 'arn:aws:sns:*', ctx)).toBe(true);
  });

  it('...IfExists is true when the key is missing and checked when present', () => {
    expect(evaluateClause('StringEqualsIfExists', 'ec2:InstanceType', 't3.micro', closed({}))).toBe(true);
    expect(
      evaluateClause(
        'StringEqualsIfExists',
        'ec2:InstanceType',
        't3.micro',
        closed({ 'ec2:InstanceType': 'm5.large' }),
      ),
    ).toBe(false);
  });

  it('Null: true means the key is absent, Null: false that it is present', () => {
    expect(evaluateClause('Null', 'aws:TokenIssueTime', 'true', closed({}))).toBe(true);
    expect(evaluateClause('Null', 'aws:TokenIssueTime', 'false', closed({}))).toBe(false);
    expect(
      evaluateClause(
        'Null',
        'aws:TokenIssueTime',
        'false',
        closed({ 'aws:TokenIssueTime': '2024-01-01T00:00:00Z' }),
      ),
    ).toBe(true);
  });

  it('Bool compares true/false as text', () => {
    expect(
      evaluateClause('Bool', 'aws:SecureTransport', 'false', closed({ 'aws:SecureTransport': false })),
    ).toBe(true);
    expect(
      evaluateClause(
        'Bool',
        'aws:MultiFactorAuthPresent',
        'true',
        closed({ 'aws:MultiFactorAuthPresent': 'true' }),
      ),
    ).toBe(true);
  });

  it('IpAddress and NotIpAddress test CIDR containment, IPv4 and IPv6', () => {
    const v4 = closed({ 'aws:SourceIp': '203.0.113.7' });
    expect(evaluateClause('IpAddress', 'aws:SourceIp', '203.0.113.0/24', v4)).toBe(true);
    expect(evaluateClause('IpAddress', 'aws:SourceIp', '198.51.100.0/24', v4)).toBe(false);
    expect(evaluateClause('NotIpAddress', 'aws:SourceIp', '198.51.100.0/24', v4)).toBe(true);
    expect(
      evaluateClause(
        'IpAddress',
        'aws:SourceIp',
        '2001:db8::/32',
        closed({ 'aws:SourceIp': '2001:db8:1::5' }),
      ),
    ).toBe(true);
  });

  it('Numeric and Date operators compare values', () => {
    expect(evaluateClause('NumericLessThanEquals', 's3:max-keys', '10', closed({ 's3:max-keys': '7' }))).toBe(
      true,
    );
    expect(evaluateClause('NumericGreaterThan', 's3:max-keys', '10', closed({ 's3:max-keys': '7' }))).toBe(
      false,
    );
    const now = closed({ 'aws:CurrentTime': '2024-06-01T00:00:00Z' });
    expect(evaluateClause('DateLessThan', 'aws:CurrentTime', '2025-01-01T00:00:00Z', now)).toBe(true);
    expect(evaluateClause('DateGreaterThan', 'aws:CurrentTime', '2025-01-01T00:00:00Z', now)).toBe(false);
  });

  it('ArnLike matches ARNs with wildcards', () => {
    const ctx = closed({ 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:alerts' });
    expect(evaluateClause('ArnLike', 'aws:SourceArn', 'arn:aws:sns:*:111122223333:*', ctx)).toBe(true);
    expect(
      evaluateClause('ArnEquals', 'aws:SourceArn', 'arn:aws:sns:us-east-1:444455556666:alerts', ctx),
    ).toBe(false);
  });

  it('ForAnyValue is false and ForAllValues true for a missing key', () => {
    expect(evaluateClause('ForAnyValue:StringEquals', 'aws:TagKeys', ['env'], closed({}))).toBe(false);
    expect(evaluateClause('ForAllValues:StringEquals', 'aws:TagKeys', ['env'], closed({}))).toBe(true);
  });

  it('set operators over multivalued keys', () => {
    const ctx = closed({ 'aws:TagKeys': ['env', 'owner'] });
    expect(evaluateClause('ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'owner', 'cost'], ctx)).toBe(
      true,
    );
    expect(evaluateClause('ForAllValues:StringEquals', 'aws:TagKeys', ['env'], ctx)).toBe(false);
    expect(evaluateClause('ForAnyValue:StringEquals', 'aws:TagKeys', ['owner'], ctx)).toBe(true);
  });

  it('an unknown operator is undecided', () => {
    expect(
      evaluateClause('StringSortOf', 'aws:SourceIp', 'x', closed({ 'aws:SourceIp': 'x' })),
    ).toBeUndefined();
  });
});

describe('condition blocks', () => {
  it('no block holds; every clause must hold', () => {
    expect(evaluateConditions(undefined)).toBe(true);
    const block = {
      Bool: { 'aws:SecureTransport': 'true' },
      StringEquals: { 'aws:SourceVpc': 'vpc-1' },
    };
    expect(evaluateConditions(block, closed({ 'aws:SecureTransport': true, 'aws:SourceVpc': 'vpc-1' }))).toBe(
      true,
    );
    expect(evaluateConditions(block, closed({ 'aws:SecureTransport': true, 'aws:SourceVpc': 'vpc-2' }))).toBe(
      false,
    );
  });

  it('without a request the outcome is unknown; one false clause still decides', () => {
    const block = { StringEquals: { 'aws:SourceVpc': 'vpc-1' } };
    expect(evaluateConditions(block)).toBeUndefined();
    const open = { values: { 'aws:SourceVpc': 'vpc-2' } };
    expect(evaluateConditions({ ...block, Bool: { 'aws:SecureTransport': 'true' } }, open)).toBe(false);
  });
});

describe('callerRestriction', () => {
  it('recognises conditions that pin the caller', () => {
    expect(callerRestriction({ StringEquals: { 'aws:SourceAccount': '111122223333' } })).toContain(
      'aws:SourceAccount',
    );
    expect(callerRestriction({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:t' } })).toBeDefined();
    expect(callerRestriction({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } })).toBeDefined();
    expect(callerRestriction({ StringEquals: { 'aws:SourceVpce': 'vpce-1' } })).toBeDefined();
    expect(callerRestriction({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })).toBeDefined();
  });

  it('ignores conditions that narrow nothing about who calls', () => {
    expect(callerRestriction({ Bool: { 'aws:SecureTransport': 'true' } })).toBeUndefined();
    expect(callerRestriction({ StringLike: { 'aws:SourceArn': '*' } })).toBeUndefined();
    expect(callerRestriction({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })).toBeUndefined();
    expect(callerRestriction({ StringNotEquals: { 'aws:SourceAccount': '111122223333' } })).toBeUndefined();
    // IfExists passes whenever the key is absent, as it is on a direct call.
    expect(
      callerRestriction({ StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } }),
    ).toBeUndefined();
  });
});
