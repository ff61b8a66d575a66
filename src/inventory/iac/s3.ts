import type { PolicyStatement } from '../../core/index.js';
import type { Draft } from './draft.js';
import { allowsAction, deniesInsecureTransport, grantsPublic } from './policy.js';
import { Unknown } from './value.js';

type Maybe<T> = T | Unknown | undefined;

/**
 * What the configuration says about one S3 bucket, gathered from the bucket and the resources that configure it
 * (Terraform's split `aws_s3_bucket_*` resources, CloudFormation's bucket properties and bucket policy). Turned
 * into normalized properties by `finishS3Bucket` once every source has been merged.
 */
export interface S3Facts {
  /** Canned ACL, kebab-case (`public-read`). */
  acl?: Maybe<string>;
  /** Grants to everyone (AllUsers) or any AWS account (AuthenticatedUsers) in an explicit ACL. */
  aclGrants?: Maybe<{ read: boolean; write: boolean }>;
  publicAccessBlock?: {
    blockPublicAcls: Maybe<boolean>;
    ignorePublicAcls: Maybe<boolean>;
    blockPublicPolicy: Maybe<boolean>;
    restrictPublicBuckets: Maybe<boolean>;
  };
  /** Bucket policy statements; unknown when the policy could not be resolved. */
  policy?: Maybe<PolicyStatement[]>;
  encryption?: Maybe<{ enabled: boolean; keyType?: 'provider' | 'customer-managed'; keyId?: string }>;
  versioning?: Maybe<string>;
  mfaDelete?: Maybe<boolean>;
  logging?: Maybe<boolean>;
  objectOwnership?: Maybe<string>;
  objectLock?: Maybe<boolean>;
  lifecycleRules?: Maybe<number>;
  replication?: Maybe<boolean>;
}

export function s3Facts(d: Draft): S3Facts {
  d.facts.s3 ??= {};
  return d.facts.s3 as S3Facts;
}

const PUBLIC_READ_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read']);
const READ_ACTIONS = ['s3:GetObject', 's3:ListBucket'];
const WRITE_ACTIONS = ['s3:PutObject', 's3:DeleteObject', 's3:PutBucketPolicy', 's3:PutObjectAcl'];

/** A canned ACL as written in CloudFormation (`PublicRead`) or Terraform (`public-read`), kebab-case. */
export function cannedAcl(v: string): string {
  return v.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/** `true` / `false` / unknown (with reason) for "some grant makes it public and nothing blocks that grant". */
function effective(
  paths: { grant: Maybe<boolean>; blocked: Maybe<boolean>; via: string; blockName: string }[],
  noBlockReason: string | undefined,
): boolean | Unknown {
  let unknown: Unknown | undefined;
  for (const p of paths) {
    if (p.grant instanceof Unknown) {
      unknown ??= new Unknown(`${p.via}: ${p.grant.reason}`, p.grant.refs);
      continue;
    }
    if (p.grant !== true) continue;
    if (p.blocked === false) return true;
    if (p.blocked === true) continue;
    if (p.blocked instanceof Unknown)
      unknown ??= new Unknown(`${p.blockName}: ${p.blocked.reason}`, p.blocked.refs);
    else
      unknown ??= new Unknown(
        `the ${p.via} grants public access; ${noBlockReason ?? `${p.blockName} is not set for this bucket`}`,
      );
  }
  return unknown ?? false;
}

function orMaybe(...vals: Maybe<boolean>[]): Maybe<boolean> {
  if (vals.some((v) => v === true)) return true;
  const u = vals.find((v) => v instanceof Unknown);
  if (u) return u;
  if (vals.every((v) => v === undefined)) return undefined;
  return false;
}

/**
 * Sets the normalized `storage.bucket` properties of an S3 bucket from its facts.
 * @param missing For each fact, why it may be incomplete (a separate configuration resource of that kind whose
 *   bucket could not be resolved), which makes an absent fact unknown rather than the S3 default.
 */
export function finishS3Bucket(d: Draft, missing: Partial<Record<keyof S3Facts, string>> = {}): void {
  const f = s3Facts(d);
  const pab = f.publicAccessBlock;
  const noPab =
    missing.publicAccessBlock ??
    'the configuration sets no Block Public Access for this bucket; the account-level setting and S3 defaults decide';

  if (pab) {
    const flags = [
      pab.blockPublicAcls,
      pab.ignorePublicAcls,
      pab.blockPublicPolicy,
      pab.restrictPublicBuckets,
    ];
    if (flags.every((x) => x === true)) d.set('publicAccessBlocked', true);
    else if (flags.some((x) => x === false || x === undefined)) d.set('publicAccessBlocked', false);
    else d.unknownAt('publicAccessBlocked', (flags.find((x) => x instanceof Unknown) as Unknown).reason);
  } else d.unknownAt('publicAccessBlocked', noPab);

  // ACL grants count only while ACLs are in force (not with ObjectOwnership BucketOwnerEnforced).
  const aclsOff = f.objectOwnership === 'BucketOwnerEnforced';
  const acl = f.acl;
  const grants = f.aclGrants;
  const aclRead: Maybe<boolean> = aclsOff
    ? false
    : orMaybe(
        acl instanceof Unknown ? acl : acl === undefined ? undefined : PUBLIC_READ_ACLS.has(acl),
        grants instanceof Unknown ? grants : grants?.read,
      );
  const aclWrite: Maybe<boolean> = aclsOff
    ? false
    : orMaybe(
        acl instanceof Unknown ? acl : acl === undefined ? undefined : acl === 'public-read-write',
        grants instanceof Unknown ? grants : grants?.write,
      );
  const policy = f.policy;
  const policyGrant = (actions: string[]): Maybe<boolean> =>
    policy instanceof Unknown
      ? policy
      : (policy ?? []).some((s) => grantsPublic(s) && actions.some((a) => allowsAction(s, a)));
  const aclBlocked = pab ? (pab.ignorePublicAcls ?? false) : undefined;
  const policyBlocked = pab
    ? orMaybe(pab.restrictPublicBuckets ?? false, pab.blockPublicPolicy ?? false)
    : undefined;

  for (const [prop, aclGrant, actions] of [
    ['publicRead', aclRead, READ_ACTIONS],
    ['publicWrite', aclWrite, WRITE_ACTIONS],
  ] as const) {
    const v = effective(
      [
        { grant: aclGrant, blocked: aclBlocked, via: 'ACL', blockName: 'IgnorePublicAcls' },
        {
          grant: policyGrant([...actions]),
          blocked: policyBlocked,
          via: 'bucket policy',
          blockName: 'RestrictPublicBuckets',
        },
      ],
      pab ? undefined : noPab,
    );
    if (v instanceof Unknown) d.unknownAt(prop, v.reason);
    else d.set(prop, v);
  }

  // S3 encrypts every new object with SSE-S3 when nothing else is configured (since January 2023).
  if (f.encryption instanceof Unknown) d.unknownAt('encryption', f.encryption.reason);
  else if (f.encryption) d.set('encryption', f.encryption);
  else if (missing.encryption) d.unknownAt('encryption', missing.encryption);
  else d.set('encryption', { enabled: true, keyType: 'provider' });

  const flag = (prop: string, key: keyof S3Facts, v: Maybe<boolean>, dflt: boolean): void => {
    if (v instanceof Unknown) d.unknownAt(prop, v.reason);
    else if (v !== undefined) d.set(prop, v);
    else if (missing[key]) d.unknownAt(prop, missing[key]);
    else d.set(prop, dflt);
  };
  const versioning = f.versioning;
  flag(
    'versioning',
    'versioning',
    versioning instanceof Unknown
      ? versioning
      : versioning === undefined
        ? undefined
        : versioning === 'Enabled',
    false,
  );
  flag('mfaDelete', 'versioning', f.mfaDelete, false);
  flag('accessLogging', 'logging', f.logging, false);
  flag('objectLock', 'objectLock', f.objectLock, false);
  flag('replication', 'replication', f.replication, false);
  if (f.lifecycleRules instanceof Unknown) d.unknownAt('lifecycleRules', f.lifecycleRules.reason);
  else if (f.lifecycleRules !== undefined) d.set('lifecycleRules', f.lifecycleRules);
  else if (missing.lifecycleRules) d.unknownAt('lifecycleRules', missing.lifecycleRules);
  else d.set('lifecycleRules', 0);

  if (policy instanceof Unknown) {
    d.unknownAt('policy', policy.reason);
    d.unknownAt('tlsOnly', `bucket policy: ${policy.reason}`);
  } else if (policy) {
    d.set('policy', policy);
    d.set('tlsOnly', deniesInsecureTransport(policy));
  } else if (missing.policy) {
    d.unknownAt('policy', missing.policy);
    d.unknownAt('tlsOnly', missing.policy);
  } else {
    d.set('policy', []);
    d.set('tlsOnly', false);
  }

  const own = f.objectOwnership;
  if (own instanceof Unknown) d.unknownAt('uniformAccess', own.reason);
  else if (own !== undefined) d.set('uniformAccess', own === 'BucketOwnerEnforced');
  else
    d.unknownAt(
      'uniformAccess',
      'object ownership is not set in the configuration; S3 disables ACLs on new buckets by default',
    );
}
