import { ruleFacts } from '../aws.js';
import { addFirewallRange, azureRules, finishNsg, finishSqlServer, finishStorageAccount } from '../azure.js';
import { type Draft, Reader, splitKnown } from '../draft.js';
import type { MappingTables } from '../normalize.js';
import type { AttachSpec, IacCtx, PrimarySpec } from '../spec.js';
import { Unknown } from '../value.js';

export const NSG = 'Microsoft.Network/networkSecurityGroups';
export const NSG_RULE = 'Microsoft.Network/networkSecurityGroups/securityRules';
export const STORAGE = 'Microsoft.Storage/storageAccounts';
export const BLOB_SERVICE = 'Microsoft.Storage/storageAccounts/blobServices';
export const CONTAINER = 'Microsoft.Storage/storageAccounts/blobServices/containers';
export const VM = 'Microsoft.Compute/virtualMachines';
export const VAULT = 'Microsoft.KeyVault/vaults';
export const SQL = 'Microsoft.Sql/servers';
export const SQL_FIREWALL = 'Microsoft.Sql/servers/firewallRules';
export const SQL_AUDIT = 'Microsoft.Sql/servers/auditingSettings';

/** ARM types are case-insensitive: the spelling the tables use, by lower case. */
export const CANONICAL_TYPES = new Map(
  [NSG, NSG_RULE, STORAGE, BLOB_SERVICE, CONTAINER, VM, VAULT, SQL, SQL_FIREWALL, SQL_AUDIT].map((t) => [
    t.toLowerCase(),
    t,
  ]),
);

function common(c: IacCtx, d: Draft): void {
  d.tags = c.r.tags('tags');
  const name = c.r.str('name');
  if (typeof name === 'string') d.name = name;
}

function props(c: IacCtx): Reader {
  const p = c.r.block('properties');
  return p instanceof Reader ? p : new Reader({});
}

const RULE_NAMES = {
  direction: 'direction',
  access: 'access',
  protocol: 'protocol',
  priority: 'priority',
  name: 'name',
  description: 'description',
  portRange: 'destinationPortRange',
  portRanges: 'destinationPortRanges',
  sourcePrefix: 'sourceAddressPrefix',
  sourcePrefixes: 'sourceAddressPrefixes',
  destPrefix: 'destinationAddressPrefix',
  destPrefixes: 'destinationAddressPrefixes',
};

/** An ARM rule is `{ name, properties: {...} }`: read `name` from the outside and the rest from `properties`. */
function addRule(d: Draft, rule: Reader, where: string): void {
  const inner = rule.block('properties');
  const p = inner instanceof Reader ? inner : new Reader({});
  const get = {
    str: (n: string) => {
      if (n !== 'name') return p.str(n);
      const name = rule.str('name');
      return typeof name === 'string' ? name.split('/').pop() : name;
    },
    num: (n: string) => p.num(n),
    strs: (n: string) => p.strs(n),
  };
  const f = ruleFacts(d);
  if (inner instanceof Unknown) {
    f.unknown.push(`${where}: ${inner.reason}`);
    return;
  }
  const rules = azureRules(get, RULE_NAMES);
  if (rules instanceof Unknown) f.unknown.push(`${where}: ${rules.reason}`);
  else f.rules.push(...rules);
}

const nsg: PrimarySpec = {
  provider: 'azure',
  service: 'virtual-network',
  kind: 'network.security-group',
  build(c, d) {
    common(c, d);
    d.set('isDefault', false);
    const rules = props(c).blocks('securityRules');
    if (rules instanceof Unknown) ruleFacts(d).unknown.push(`securityRules: ${rules.reason}`);
    else for (const [i, r] of rules.entries()) addRule(d, r, `securityRules[${i}]`);
  },
};

const storage: PrimarySpec = {
  provider: 'azure',
  service: 'storage',
  kind: 'storage.bucket',
  build(c, d) {
    common(c, d);
    const p = props(c);
    const allow = p.bool('allowBlobPublicAccess');
    // The default changed between API versions (true before 2023-01-01, false after): absent stays unknown.
    d.facts.allowPublic = allow;
    if (allow === undefined)
      d.unknownAt(
        'publicAccessBlocked',
        'allowBlobPublicAccess is not set: its default depends on the API version',
      );
    else if (allow instanceof Unknown) d.unknownAt('publicAccessBlocked', allow.reason);
    else d.set('publicAccessBlocked', !allow);
    const enc = p.block('encryption');
    const source = enc instanceof Unknown ? enc : enc?.str('keySource');
    if (source instanceof Unknown) d.set('encryption', { enabled: true });
    else if (typeof source === 'string' && source.toLowerCase() === 'microsoft.keyvault')
      d.set('encryption', { enabled: true, keyType: 'customer-managed' });
    // Azure Storage encryption cannot be disabled.
    else d.set('encryption', { enabled: true, keyType: 'provider' });
    d.prop('tlsOnly', p.bool('supportsHttpsTrafficOnly'), { default: true });
    d.prop('minTlsVersion', p.str('minimumTlsVersion'), {
      absent: 'minimumTlsVersion is not set: its default depends on the API version',
    });
    const pna = p.str('publicNetworkAccess');
    if (typeof pna === 'string') d.set('publicNetworkAccess', pna.toLowerCase() !== 'disabled');
    const acls = p.block('networkAcls');
    d.prop('networkDefaultAction', acls instanceof Unknown ? acls : acls?.str('defaultAction'), {
      default: 'Allow',
    });
    const sku = c.r.block('sku');
    const skuName = sku instanceof Unknown ? sku : sku?.str('name');
    if (typeof skuName === 'string') d.set('replication', /GRS|GZRS/i.test(skuName));
    d.prop('sharedKeyAccess', p.bool('allowSharedKeyAccess'), { default: true });
    d.set('publicWrite', false);
    d.unknownAt('accessLogging', 'storage logging is configured by diagnostic settings, not read here');
  },
};

const vm: PrimarySpec = {
  provider: 'azure',
  service: 'virtual-machines',
  kind: 'compute.instance',
  build(c, d) {
    common(c, d);
    const p = props(c);
    const os = p.block('osProfile');
    const storageProfile = p.block('storageProfile');
    const osDisk = storageProfile instanceof Reader ? storageProfile.block('osDisk') : undefined;
    const osType = osDisk instanceof Reader ? osDisk.str('osType') : undefined;
    if (os instanceof Reader && os.has('linuxConfiguration')) d.set('os', 'linux');
    else if (os instanceof Reader && os.has('windowsConfiguration')) d.set('os', 'windows');
    else if (typeof osType === 'string') d.set('os', osType.toLowerCase());
    // Managed disks are always encrypted at rest.
    d.set('disksEncrypted', true);
    const img = storageProfile instanceof Reader ? storageProfile.block('imageReference') : undefined;
    if (img instanceof Reader) {
      const parts = ['publisher', 'offer', 'sku', 'version'].map((k) => img.str(k));
      if (parts.every((x) => typeof x === 'string')) d.set('image', parts.join(':'));
    }
    const net = p.block('networkProfile');
    if (net instanceof Reader) {
      const nics = net.blocks('networkInterfaces');
      if (!(nics instanceof Unknown)) {
        const ids = nics.map((n) => c.ref('id', d, 'has-interface', n));
        const { known, unknown } = splitKnown(ids.filter((x) => x !== undefined));
        d.set('interfaces', known);
        if (unknown && known.length === 0) d.unknownAt('interfaces', unknown.reason);
      }
    }
    const sec = p.block('securityProfile');
    if (sec instanceof Reader) {
      d.prop('encryptionAtHost', sec.bool('encryptionAtHost'), { default: false });
      const uefi = sec.block('uefiSettings');
      const sb = uefi instanceof Reader ? (uefi.bool('secureBootEnabled') ?? false) : false;
      const vtpm = uefi instanceof Reader ? (uefi.bool('vTpmEnabled') ?? false) : false;
      if (sb instanceof Unknown || vtpm instanceof Unknown)
        d.unknownAt('shieldedVm', 'uefiSettings are unknown');
      else d.set('shieldedVm', sb && vtpm);
    } else {
      d.set('encryptionAtHost', false);
      d.set('shieldedVm', false);
    }
    if (os instanceof Reader) {
      const linux = os.block('linuxConfiguration');
      if (linux instanceof Reader) {
        const off = linux.bool('disablePasswordAuthentication');
        d.prop('passwordAuthentication', typeof off === 'boolean' ? !off : off, { default: true });
      }
    }
    d.unknownAt('publicIps', 'public addresses belong to the network interfaces');
  },
};

const vault: PrimarySpec = {
  provider: 'azure',
  service: 'key-vault',
  kind: 'crypto.key',
  build(c, d) {
    common(c, d);
    const p = props(c);
    d.set('managedBy', 'customer');
    d.set('vault', true);
    d.prop('deletionProtection', p.bool('enablePurgeProtection'), { default: false });
    d.prop('softDeleteRetentionDays', p.num('softDeleteRetentionInDays'), { default: 90 });
    const pna = p.str('publicNetworkAccess');
    d.prop('publicNetworkAccess', typeof pna === 'string' ? pna.toLowerCase() !== 'disabled' : pna, {
      default: true,
    });
    const acls = p.block('networkAcls');
    d.prop('networkDefaultAction', acls instanceof Unknown ? acls : acls?.str('defaultAction'), {
      default: 'Allow',
    });
    d.prop('rbacAuthorization', p.bool('enableRbacAuthorization'), { default: false });
  },
};

const sqlServer: PrimarySpec = {
  provider: 'azure',
  service: 'sql-database',
  kind: 'database.instance',
  build(c, d) {
    common(c, d);
    const p = props(c);
    d.set('engine', 'sqlserver');
    d.prop('engineVersion', p.str('version'));
    const pna = p.str('publicNetworkAccess');
    d.prop('publiclyAccessible', typeof pna === 'string' ? pna.toLowerCase() !== 'disabled' : pna, {
      default: true,
    });
    d.prop('minTlsVersion', p.str('minimalTlsVersion'), { absent: 'minimalTlsVersion is not set' });
    // Transparent data encryption is on by default with a service-managed key.
    d.set('encryption', { enabled: true, keyType: 'provider' });
  },
};

const owner = (type: string) => (c: IacCtx) => c.target('__owner', [type]);

const ARM_ATTACH: Record<string, AttachSpec> = {
  [NSG_RULE]: {
    targets: [NSG],
    find: owner(NSG),
    missing: { fact: 'rules', reason: 'a security rule whose group is not in the template may add rules' },
    apply(c, t) {
      addRule(t, c.r, c.res.address);
    },
  },
  [BLOB_SERVICE]: {
    targets: [STORAGE],
    find: owner(STORAGE),
    missing: {
      fact: 'versioning',
      reason: 'blob service settings whose account is not in the template may apply',
    },
    apply(c, t) {
      const v = props(c).bool('isVersioningEnabled');
      if (v instanceof Unknown) t.unknownAt('versioning', v.reason);
      else t.set('versioning', v ?? false);
    },
  },
  [CONTAINER]: {
    targets: [STORAGE],
    find: owner(STORAGE),
    missing: {
      fact: 'containers',
      reason: 'a container whose storage account is not in the template may be public',
    },
    apply(c, t) {
      t.factList<string | Unknown>('containers').push(props(c).str('publicAccess') ?? 'None');
    },
  },
  [SQL_FIREWALL]: {
    targets: [SQL],
    find: owner(SQL),
    missing: {
      fact: 'firewallCidrs',
      reason: 'a firewall rule whose server is not in the template may apply',
    },
    apply(c, t) {
      const p = props(c);
      addFirewallRange(t, p.str('startIpAddress'), p.str('endIpAddress'));
    },
  },
  [SQL_AUDIT]: {
    targets: [SQL],
    find: owner(SQL),
    missing: {
      fact: 'auditLogging',
      reason: 'auditing settings whose server is not in the template may apply',
    },
    apply(c, t) {
      const state = props(c).str('state');
      if (typeof state === 'string' && state.toLowerCase() === 'enabled') t.facts.auditLogging = true;
    },
  },
};

export const ARM_TABLES: MappingTables = {
  primary: { [NSG]: nsg, [STORAGE]: storage, [VM]: vm, [VAULT]: vault, [SQL]: sqlServer },
  attach: ARM_ATTACH,
  finish: {
    [NSG]: finishNsg,
    [STORAGE]: (d, missing) => {
      if (d.properties.versioning === undefined && !d.unknown.some((u) => u.path === 'versioning'))
        d.set('versioning', false);
      finishStorageAccount(d, missing);
    },
    [SQL]: finishSqlServer,
  },
  typeKey: (type) => type,
  place(res, _spec, d) {
    const loc = new Reader(res.attrs).str('location');
    if (typeof loc === 'string') d.region = loc.replace(/\s+/g, '').toLowerCase();
    else if (loc instanceof Unknown) d.unknownAt('region', loc.reason);
    d.unknownAt('account', 'the subscription the template is deployed to is not in the template');
  },
};
