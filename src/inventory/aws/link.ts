/**
 * The linking pass: completes properties that depend on other resources of the same collection, the same way
 * for both collectors. A subnet is public when its route table (or its VPC's main table) routes the internet
 * to an internet gateway; a VPC has flow logs when one targets it; a security group is attached to whatever
 * names it; an instance's disks are encrypted when all its volumes are; an encryption's key type follows the
 * KMS key (AWS-managed or customer-managed). Where the other resource was not collected, the property stays
 * absent with the reason.
 */
import type { Draft } from './draft.js';
import { ACCOUNT_RE, isObj, parseArn } from './fields.js';
import { routesToInternet } from './network.js';

/** What must have been collected for a link to be known; scoped by account and region (`global` for IAM). */
export type LinkSource =
  | 'route-tables'
  | 'network-acls'
  | 'flow-logs'
  | 'network-interfaces'
  | 'volumes'
  | 'iam'
  | 'kms';

export interface LinkInput {
  drafts: Draft[];
  /** Undefined when `what` was collected for the account and region, or why it was not. */
  missing(what: LinkSource, account: string, region: string): string | undefined;
  /** KMS alias ARN → key ARN (from `kms list-aliases`), where known. */
  aliases?: Map<string, string>;
  /** Security group ARN → resources the source says it is attached to (Config relationships). */
  sgAttachments?: Map<string, string[]>;
}

export function link(input: LinkInput): void {
  const { drafts } = input;
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const ofKind = (kind: string) => drafts.filter((d) => d.kind === kind);

  // --- Subnets: route table, public, network ACL, flow logs -------------------------------------------------
  const tableBySubnet = new Map<string, Draft>();
  const mainTableByVpc = new Map<string, Draft>();
  for (const t of ofKind('network.route-table')) {
    for (const s of (t.properties.subnets as string[] | undefined) ?? []) tableBySubnet.set(s, t);
    const vpc = t.properties.vpc as string | undefined;
    if (t.facts.main === true && vpc) mainTableByVpc.set(vpc, t);
  }
  const aclBySubnet = new Map<string, Draft>();
  for (const a of ofKind('network.acl'))
    for (const s of (a.properties.subnets as string[] | undefined) ?? []) aclBySubnet.set(s, a);
  const flowLogsByTarget = new Map<string, Draft[]>();
  for (const f of ofKind('logging.flow-log')) {
    const target = f.properties.target as string | undefined;
    if (!target || f.properties.enabled === false) continue;
    flowLogsByTarget.set(target, [...(flowLogsByTarget.get(target) ?? []), f]);
  }

  for (const s of ofKind('network.subnet')) {
    const { account, region } = s.ctx;
    const vpc = s.properties.vpc as string | undefined;
    const table = tableBySubnet.get(s.id) ?? (vpc ? mainTableByVpc.get(vpc) : undefined);
    const rtMissing = input.missing('route-tables', account, region);
    if (table) {
      s.set('routeTable', table.id).relate('routes-via', table.id);
      s.set('routeTableIsMain', !tableBySubnet.has(s.id));
      const routes = table.properties.routes as { destination: string; targetType: string }[] | undefined;
      if (routes) s.set('public', routesToInternet(routes));
      else s.unknownBecause('public', 'its route table has no routes recorded');
    } else {
      const why =
        rtMissing ?? 'no route table is associated with it and its VPC has no main route table in the input';
      s.unknownBecause('routeTable', why).unknownBecause('public', why);
    }
    const acl = aclBySubnet.get(s.id);
    if (acl) s.set('acl', acl.id);
    else
      s.unknownBecause(
        'acl',
        input.missing('network-acls', account, region) ?? 'no network ACL lists this subnet',
      );
    const flowMissing = input.missing('flow-logs', account, region);
    if (flowMissing) s.unknownBecause('flowLogs', flowMissing);
    else s.set('flowLogs', flowLogsByTarget.has(s.id) || (vpc !== undefined && flowLogsByTarget.has(vpc)));
  }

  for (const v of ofKind('network.vpc')) {
    const flowMissing = input.missing('flow-logs', v.ctx.account, v.ctx.region);
    if (flowMissing) v.unknownBecause('flowLogs', flowMissing);
    else v.set('flowLogs', flowLogsByTarget.has(v.id));
  }

  // --- Security groups: what they are attached to --------------------------------------------------------------
  const usersOfSg = new Map<string, Set<string>>();
  for (const d of drafts) {
    const sgs = d.properties.securityGroups;
    if (!Array.isArray(sgs)) continue;
    for (const sg of sgs as string[]) {
      if (!usersOfSg.has(sg)) usersOfSg.set(sg, new Set());
      usersOfSg.get(sg)?.add(d.id);
    }
  }
  for (const sg of ofKind('network.security-group')) {
    const fromSource = input.sgAttachments?.get(sg.id);
    const missing = input.missing('network-interfaces', sg.ctx.account, sg.ctx.region);
    if (missing && !fromSource) {
      sg.unknownBecause('attachedTo', missing);
      continue;
    }
    const all = new Set([...(usersOfSg.get(sg.id) ?? []), ...(fromSource ?? [])]);
    sg.set('attachedTo', [...all].sort());
  }

  // --- Instances: disks encrypted, role ------------------------------------------------------------------------
  const roleByProfile = new Map<string, string>();
  for (const r of ofKind('identity.role')) {
    for (const p of (r.facts.instanceProfiles as string[] | undefined) ?? []) roleByProfile.set(p, r.id);
  }
  for (const i of ofKind('compute.instance')) {
    const { account, region } = i.ctx;
    const volumes = i.facts.volumes as string[] | undefined;
    const volMissing = input.missing('volumes', account, region);
    if (volMissing) i.unknownBecause('disksEncrypted', volMissing);
    else if (!volumes || volumes.length === 0)
      i.unknownBecause('disksEncrypted', 'no EBS volumes are attached');
    else {
      const encs = volumes.map(
        (v) => (byId.get(v)?.properties.encryption as { enabled?: boolean } | undefined)?.enabled,
      );
      if (encs.some((e) => e === false)) i.set('disksEncrypted', false);
      else if (encs.every((e) => e === true)) i.set('disksEncrypted', true);
      else i.unknownBecause('disksEncrypted', 'some attached volumes are not in the input');
    }
    const profile = i.facts.instanceProfile as string | undefined;
    if (!profile) continue;
    const role = roleByProfile.get(profile);
    if (role) i.set('role', role).relate('uses-role', role);
    else {
      const profileAccount = parseArn(profile)?.account ?? account;
      i.unknownBecause(
        'role',
        input.missing('iam', profileAccount, 'global') ??
          `instance profile ${profile} is not in the IAM data`,
      );
    }
  }

  // --- IAM: policy attachments, group members -------------------------------------------------------------------
  const attachments = new Map<string, string[]>();
  const members = new Map<string, string[]>();
  for (const d of drafts) {
    if (d.kind !== 'identity.principal' && d.kind !== 'identity.role' && d.kind !== 'identity.group')
      continue;
    for (const p of (d.properties.attachedPolicies as string[] | undefined) ?? [])
      attachments.set(p, [...(attachments.get(p) ?? []), d.id]);
    for (const g of (d.properties.groups as string[] | undefined) ?? [])
      members.set(g, [...(members.get(g) ?? []), d.id]);
  }
  for (const p of ofKind('identity.policy')) {
    const missing = input.missing('iam', p.ctx.account, 'global');
    if (missing) {
      p.unknownBecause('attachedTo', missing);
      continue;
    }
    const targets = [...new Set(attachments.get(p.id) ?? [])].sort();
    p.set('attachedTo', targets);
    for (const t of targets) p.relate('attached-to', t);
  }
  for (const g of ofKind('identity.group')) {
    if (!input.missing('iam', g.ctx.account, 'global'))
      g.set('members', [...new Set(members.get(g.id) ?? [])].sort());
  }

  // --- Encryption key types --------------------------------------------------------------------------------------
  for (const d of drafts) {
    for (const pending of d.pendingKeys) {
      const enc = d.properties[pending.path];
      if (!isObj(enc)) continue;
      const resolved = resolveKey(pending.ref, d.ctx.account, byId, input);
      d.relate('uses-key', resolved.keyArn ?? pending.ref);
      if (resolved.keyArn && resolved.keyArn !== pending.ref) enc.keyId = resolved.keyArn;
      if (enc.keyType !== undefined) continue;
      if (resolved.managedBy)
        enc.keyType = resolved.managedBy === 'provider' ? 'provider' : 'customer-managed';
      else d.unknownBecause(`${pending.path}.keyType`, resolved.why ?? 'the KMS key is not in the input');
    }
  }
}

interface ResolvedKey {
  keyArn?: string;
  managedBy?: 'provider' | 'customer';
  why?: string;
}

function resolveKey(ref: string, account: string, byId: Map<string, Draft>, input: LinkInput): ResolvedKey {
  const arn = parseArn(ref);
  if (!arn) return { why: `unrecognised key reference ${ref}` };
  let keyArn: string | undefined = ref;
  if (arn.resource.startsWith('alias/')) {
    keyArn = input.aliases?.get(ref);
    // `alias/aws/<service>` names the service's AWS managed key.
    if (arn.resource.startsWith('alias/aws/'))
      return keyArn ? { keyArn, managedBy: 'provider' } : { managedBy: 'provider' };
    if (!keyArn)
      return {
        why: `alias ${arn.resource} could not be resolved (kms-list-aliases.json missing or lacks it)`,
      };
  }
  const key = byId.get(keyArn);
  const managed = key?.properties.managedBy;
  if (managed === 'provider' || managed === 'customer') return { keyArn, managedBy: managed };
  if (key) return { keyArn, why: 'the key metadata (kms-describe-key) is missing' };
  const target = parseArn(keyArn);
  const owner = target?.account;
  // AWS managed keys cannot be used from another account: a key of another account is a customer managed key.
  if (owner && ACCOUNT_RE.test(owner) && owner !== account) return { keyArn, managedBy: 'customer' };
  const missing = owner && target ? input.missing('kms', owner, target.region) : undefined;
  return { keyArn, why: missing ?? 'the key is not in the collected KMS keys of its account' };
}
