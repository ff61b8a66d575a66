import type { Asset, AssetStore } from './assets.js';
import { accountOf, type Draft, type GcpContext, newDraft, relate, setProp, unknownProp } from './draft.js';
import { at, bool, str, uniq } from './fields.js';
import { projectMetadataOf } from './normalize.js';

/**
 * Joins assets that describe one another: service account ← its user-managed keys and the roles granted to it,
 * instance → service account / boot disk image / project metadata defaults / the firewall rules that target
 * it, network ← its subnets. A property that needs an asset the input does not hold stays unknown, with why.
 * Service accounts known only from their keys are added, so no key is lost.
 */
export function link(drafts: Draft[], store: AssetStore, ctx: GcpContext): void {
  const byId = new Map(drafts.map((d) => [d.r.id, d]));
  const ofKind = (kind: string) => drafts.filter((d) => d.r.kind === kind);
  linkServiceAccounts(drafts, byId, store, ctx);
  linkInstances(ofKind, byId, store);
  linkNetworks(ofKind);
  linkBuckets(ofKind);
}

type ById = Map<string, Draft>;
type OfKind = (kind: string) => Draft[];

function list(d: Draft | undefined, key: string): string[] {
  const v = d?.r.properties[key];
  return Array.isArray(v) ? (v as string[]) : [];
}

function serviceAccountIndex(drafts: Draft[]): Map<string, Draft> {
  const index = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.r.kind !== 'identity.principal') continue;
    for (const k of ['email', 'uniqueId']) {
      const v = d.r.properties[k];
      if (typeof v === 'string') index.set(v.toLowerCase(), d);
    }
    const seg = /\/serviceAccounts\/([^/]+)$/.exec(d.r.id)?.[1];
    if (seg) index.set(seg.toLowerCase(), d);
  }
  return index;
}

function linkServiceAccounts(drafts: Draft[], byId: ById, store: AssetStore, ctx: GcpContext): void {
  const accounts = serviceAccountIndex(drafts);
  const keysExported = store.typesSeen.has('iam.googleapis.com/ServiceAccountKey');
  const keys = new Map<Draft, { id: string; active: boolean; created: string }[]>();

  for (const asset of store.assets.values()) {
    if (asset.type !== 'iam.googleapis.com/ServiceAccountKey') continue;
    const data = asset.data;
    const keyType = str(at(data, 'keyType'));
    // Google-managed (system) keys rotate automatically and cannot be downloaded: only user-managed keys count.
    if (keyType && keyType !== 'USER_MANAGED') continue;
    const m = /^(.*\/serviceAccounts\/([^/]+))\/keys\/[^/]+$/.exec(asset.name);
    if (!m?.[1] || !m[2]) continue;
    let sa = accounts.get(m[2].toLowerCase());
    if (!sa) {
      sa = stubServiceAccount(asset, m[1], m[2], ctx);
      drafts.push(sa);
      byId.set(sa.r.id, sa);
      accounts.set(m[2].toLowerCase(), sa);
    }
    const validBefore = str(at(data, 'validBeforeTime'));
    const expired = validBefore !== undefined && validBefore < ctx.collectedAt;
    const entry = {
      id: asset.name,
      active: bool(at(data, 'disabled')) !== true && !expired,
      created: str(at(data, 'validAfterTime')) ?? '',
    };
    const own = keys.get(sa);
    if (own) own.push(entry);
    else keys.set(sa, [entry]);
  }

  // Roles granted to each service account in the scopes (project, folder, organization) the input covers.
  const roles = drafts.filter((d) => d.r.kind === 'identity.role');
  const coveredAccounts = new Set(roles.map((r) => r.r.account));
  for (const asset of store.assets.values())
    if (asset.iamPolicy && /\/projects\/[^/]+$/.test(asset.name)) coveredAccounts.add(accountOf(asset, ctx));

  const rolesOf = new Map<string, Draft[]>();
  for (const r of roles) {
    for (const m of list(r, 'members')) {
      const group = rolesOf.get(m);
      if (group) group.push(r);
      else rolesOf.set(m, [r]);
    }
  }

  for (const sa of new Set(accounts.values())) {
    const own = keys.get(sa);
    if (own) setProp(sa, 'accessKeys', own);
    else if (keysExported) setProp(sa, 'accessKeys', []);
    else
      unknownProp(
        sa,
        'accessKeys',
        'no service account keys in the input (asset type iam.googleapis.com/ServiceAccountKey)',
      );
    if (own) sa.r.properties.userManagedKeys = own.length;

    const email = sa.r.properties.email;
    if (typeof email !== 'string') continue;
    const member = `serviceAccount:${email}`;
    const granted = rolesOf.get(member) ?? [];
    if (granted.length > 0 || coveredAccounts.has(sa.r.account)) {
      setProp(sa, 'attachedPolicies', uniq(granted.map((r) => r.r.properties.role as string)));
      sa.r.properties.roleBindings = granted.map((r) => ({
        role: r.r.properties.role,
        scope: r.r.properties.scope,
      }));
      for (const r of granted) relate(sa, 'member-of', r.r.id);
    } else {
      unknownProp(
        sa,
        'attachedPolicies',
        "the project's IAM policy is not in the input (gcloud asset export --content-type=iam-policy)",
      );
    }
  }
}

/** A service account known only from one of its keys. */
function stubServiceAccount(key: Asset, name: string, account: string, ctx: GcpContext): Draft {
  const d = newDraft(
    {
      ...key,
      name,
      type: 'iam.googleapis.com/ServiceAccount',
      data: undefined,
      iamPolicy: undefined,
      policyAt: undefined,
    },
    'identity.principal',
    'iam',
    ctx,
  );
  d.r.name = account;
  d.r.properties = { type: 'service-account', consoleAccess: false };
  if (account.includes('@')) {
    d.r.properties.email = account;
    d.r.properties.defaultServiceAccount =
      /^\d+-compute@developer\.gserviceaccount\.com$|@appspot\.gserviceaccount\.com$/.test(account);
  }
  d.r.unknown.push({
    path: '*',
    reason: 'the service account is known only from its keys; it is not in the input',
  });
  return d;
}

function linkInstances(ofKind: OfKind, byId: ById, store: AssetStore): void {
  const accounts = serviceAccountIndex([...byId.values()]);
  const firewalls = ofKind('network.security-group');
  const firewallsOf = new Map<string, Draft[]>();
  for (const fw of firewalls) {
    const vpc = String(fw.r.properties.vpc ?? '');
    const group = firewallsOf.get(vpc);
    if (group) group.push(fw);
    else firewallsOf.set(vpc, [fw]);
  }
  const firewallsExported = store.typesSeen.has('compute.googleapis.com/Firewall');
  const projectMetadata = new Map<string, Map<string, string>>();
  for (const a of store.assets.values()) {
    if (a.type !== 'compute.googleapis.com/Project' || !a.data) continue;
    const project = /\/projects\/([^/]+)$/.exec(a.name)?.[1];
    if (project) projectMetadata.set(project, projectMetadataOf(a.data));
  }

  for (const vm of ofKind('compute.instance')) {
    const p = vm.r.properties;
    if (!vm.asset.data) continue;
    const emails = list(vm, 'serviceAccounts');
    const first = emails[0];
    if (first) {
      const sa = accounts.get(first.toLowerCase());
      const project = /\/projects\/([^/]+)/.exec(vm.r.id)?.[1] ?? '-';
      const id = sa?.r.id ?? `//iam.googleapis.com/projects/${project}/serviceAccounts/${first}`;
      setProp(vm, 'role', id);
      for (const e of emails) relate(vm, 'uses-role', accounts.get(e.toLowerCase())?.r.id ?? id);
    }

    const boot = byId.get(String(p.bootDisk ?? ''));
    const image = boot?.r.properties.sourceImage;
    if (typeof image === 'string') setProp(vm, 'image', image);
    for (const diskId of list(vm, 'disks')) {
      const disk = byId.get(diskId);
      if (!disk) continue;
      if (!list(disk, 'attachedTo').includes(vm.r.id))
        disk.r.properties.attachedTo = [...list(disk, 'attachedTo'), vm.r.id];
      relate(disk, 'attached-to', vm.r.id);
    }

    // Serial port access and OS Login can be set for the whole project in its common instance metadata.
    const project = /\/projects\/([^/]+)/.exec(vm.r.id)?.[1] ?? '';
    const md = projectMetadata.get(project);
    if (p.serialConsole === undefined) {
      if (md) setProp(vm, 'serialConsole', bool(md.get('serial-port-enable')) === true);
      else
        unknownProp(
          vm,
          'serialConsole',
          'not set on the instance; the project metadata (compute.googleapis.com/Project) is not in the input',
        );
    }
    if (p.osLogin === undefined && md) p.osLogin = bool(md.get('enable-oslogin')) === true;

    if (!firewallsExported) {
      unknownProp(
        vm,
        'securityGroups',
        'no firewall rules in the input (asset type compute.googleapis.com/Firewall)',
      );
      continue;
    }
    const networks = list(vm, 'networks');
    const tags = list(vm, 'networkTags');
    const applying = networks
      .flatMap((n) => firewallsOf.get(n) ?? [])
      .filter((fw) => {
        return list(fw, 'targets').some(
          (t) =>
            t === '*' ||
            (t.startsWith('tag:') && tags.includes(t.slice(4))) ||
            (t.startsWith('service-account:') && emails.includes(t.slice('service-account:'.length))),
        );
      });
    setProp(
      vm,
      'securityGroups',
      applying.map((fw) => fw.r.id),
    );
    for (const fw of applying) {
      relate(vm, 'uses-security-group', fw.r.id);
      relate(fw, 'protects', vm.r.id);
      fw.r.properties.attachedTo = uniq([...list(fw, 'attachedTo'), vm.r.id]);
    }
  }
  for (const fw of firewalls)
    if (fw.r.properties.attachedTo === undefined && fw.asset.data) fw.r.properties.attachedTo = [];
}

function linkNetworks(ofKind: OfKind): void {
  const subnetsOf = new Map<string, Draft[]>();
  for (const s of ofKind('network.subnet')) {
    const vpc = String(s.r.properties.vpc ?? '');
    const group = subnetsOf.get(vpc);
    if (group) group.push(s);
    else subnetsOf.set(vpc, [s]);
  }
  for (const net of ofKind('network.vpc')) {
    if (!net.asset.data) continue;
    const own = subnetsOf.get(net.r.id) ?? [];
    if (net.r.properties.cidrs === undefined && own.length > 0)
      net.r.properties.cidrs = uniq(own.flatMap((s) => list(s, 'cidrs')));
    net.r.properties.subnets = uniq([...list(net, 'subnets'), ...own.map((s) => s.r.id)]);
    // VPC flow logs are configured per subnet: the network is covered when every subnet logs.
    const states = own.map((s) => s.r.properties.flowLogs);
    if (own.length > 0 && states.every((x) => typeof x === 'boolean'))
      setProp(
        net,
        'flowLogs',
        states.every((x) => x === true),
      );
    else unknownProp(net, 'flowLogs', 'flow logs are set per subnet, and its subnets are not in the input');
  }
}

function linkBuckets(ofKind: OfKind): void {
  const buckets = ofKind('storage.bucket');
  const byName = new Map(buckets.map((b) => [b.r.name ?? '', b]));
  for (const b of buckets) {
    const target = b.r.properties.logBucket;
    if (typeof target !== 'string') continue;
    relate(b, 'logs-to', byName.get(target)?.r.id ?? `//storage.googleapis.com/${target}`);
  }
}
