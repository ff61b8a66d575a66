// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables such as ${aws:username} are literal policy text.
import { describe, expect, it } from 'vitest';
import { covers, intersects, isUnresolved, matches } from './glob.js';

const action = { mode: 'action' } as const;
const resource = { mode: 'resource' } as const;

describe('action patterns', () => {
  it('match whole names, with * and ? wildcards', () => {
    expect(matches('s3:GetObject', 's3:GetObject', action)).toBe(true);
    expect(matches('s3:Get*', 's3:GetObjectAcl', action)).toBe(true);
    expect(matches('s3:Get*', 's3:PutObject', action)).toBe(false);
    expect(matches('s3:Get?bject', 's3:GetObject', action)).toBe(true);
    expect(matches('s3:Get?bject', 's3:GetOObject', action)).toBe(false);
    expect(matches('*', 'iam:PassRole', action)).toBe(true);
    expect(matches('*:*', 'iam:PassRole', action)).toBe(true);
    expect(matches('s3:*', 's3express:CreateSession', action)).toBe(false);
  });

  it('ignore case in the service prefix and the action name', () => {
    expect(matches('IAM:passrole', 'iam:PassRole', action)).toBe(true);
    expect(matches('S3:get*', 's3:GetObject', action)).toBe(true);
  });

  it('a prefix pattern does not match a longer name unless it ends in *', () => {
    expect(matches('iam:Create', 'iam:CreateUser', action)).toBe(false);
  });
});

describe('resource patterns (ARNs)', () => {
  it('are case-sensitive', () => {
    expect(
      matches('arn:aws:iam::111122223333:user/Bob', 'arn:aws:iam::111122223333:user/bob', resource),
    ).toBe(false);
    expect(
      matches('arn:aws:iam::111122223333:user/Bob', 'arn:aws:iam::111122223333:user/Bob', resource),
    ).toBe(true);
  });

  it('* alone matches any resource', () => {
    expect(matches('*', 'arn:aws:s3:::bucket/key', resource)).toBe(true);
  });

  it('a * inside a segment stays in the segment; a trailing * may cross colons', () => {
    // `*` followed by more characters of the same segment cannot swallow a colon.
    expect(
      matches('arn:aws:sqs:us-*-1:111122223333:q', 'arn:aws:sqs:us-east-1:111122223333:q', resource),
    ).toBe(true);
    expect(
      matches('arn:aws:sqs:us-*1:111122223333:q', 'arn:aws:sqs:us-east-1:2:1:111122223333:q', resource),
    ).toBe(false);
    // At the end of a segment it may: S3 keys can contain colons.
    expect(matches('arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/a:b/c', resource)).toBe(true);
    expect(matches('arn:aws:s3:::bucket/*', 'arn:aws:s3:::other/a', resource)).toBe(false);
  });

  it('/ is an ordinary character for *', () => {
    expect(
      matches('arn:aws:iam::111122223333:user/*', 'arn:aws:iam::111122223333:user/team/alice', resource),
    ).toBe(true);
  });
});

describe('covers', () => {
  it('a broader pattern covers a narrower one', () => {
    expect(covers('*', 'arn:aws:s3:::b/*', resource)).toBe(true);
    expect(covers('arn:aws:s3:::b/*', 'arn:aws:s3:::b/logs/*', resource)).toBe(true);
    expect(covers('s3:*', 's3:Get*', action)).toBe(true);
    expect(covers('*', 'iam:*', action)).toBe(true);
  });

  it('a narrower pattern does not cover a broader one', () => {
    expect(covers('arn:aws:s3:::b/logs/*', 'arn:aws:s3:::b/*', resource)).toBe(false);
    expect(covers('s3:Get*', 's3:*', action)).toBe(false);
    expect(covers('iam:*', '*', action)).toBe(false);
    expect(covers('arn:aws:s3:::b/*', '*', resource)).toBe(false);
  });

  it('*:* is the same grant as *', () => {
    expect(covers('*:*', '*', action)).toBe(true);
  });

  it('a pattern with an unresolved policy variable covers nothing', () => {
    expect(covers('arn:aws:iam::1:user/${aws:username}', 'arn:aws:iam::1:user/alice', resource)).toBe(false);
    expect(
      covers('arn:aws:iam::1:user/${aws:username}', 'arn:aws:iam::1:user/alice', {
        mode: 'resource',
        variables: { 'aws:username': 'alice' },
      }),
    ).toBe(true);
  });
});

describe('intersects', () => {
  it('finds overlap between two wildcard patterns', () => {
    expect(intersects('s3:Get*', 's3:*Object', action)).toBe(true);
    expect(intersects('s3:Get*', 's3:Put*', action)).toBe(false);
    expect(intersects('arn:aws:s3:::a/*', 'arn:aws:s3:::*/x', resource)).toBe(true);
    expect(intersects('arn:aws:s3:::a/*', 'arn:aws:s3:::b/*', resource)).toBe(false);
    expect(intersects('iam:*', '*', action)).toBe(true);
  });
});

describe('policy variables', () => {
  it('are unresolved without a value, and a ${*} escape is a literal star', () => {
    expect(isUnresolved('arn:aws:s3:::home/${aws:username}/*', resource)).toBe(true);
    expect(isUnresolved('arn:aws:s3:::home/${*}', resource)).toBe(false);
    expect(matches('arn:aws:s3:::home/${*}', 'arn:aws:s3:::home/*', resource)).toBe(true);
    expect(matches('arn:aws:s3:::home/${*}', 'arn:aws:s3:::home/x', resource)).toBe(false);
  });

  it('use the default value when the key has none', () => {
    expect(matches("arn:aws:s3:::b/${aws:username, 'nobody'}", 'arn:aws:s3:::b/nobody', resource)).toBe(true);
  });
});
