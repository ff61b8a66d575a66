import { ruleFacts } from '../aws.js';
import { addFirewallRange, azureRules, finishNsg, finishSqlServer, finishStorageAccount } from '../azure.js';
import type { Draft, Reader } from '../draft.js';
import type { AttachSpec, Finisher, IacCtx, PrimarySpec } from '../spec.js';
import { Unknown } from '../value.js';

function common(c: IacCtx, d: Draft): void {
  d.tags = c.r.tags('tags');
  const name = c.r.str('name');
  if (typeof name === 'string') d.name = name;
  d.facts.resourceGroup = c.r.str('resource_group_name');
}

const TF_RULE_NAMES = {
  direction: 'direction',
  access: 'access',
  protocol: 'protocol',
  priority: 'priority',
  name: 'name',
  description: 'description',
  portRange: 'destination_port_range',
  portRanges: 'destination_port_ranges',
  sourcePrefix: 'source_address_prefix',
  sourcePrefixes: 'source_address_prefixes',
  destPrefix: 'destination_address_prefix',
  destPrefixes: 'destination_address_prefixes',
};

function addAzureRules(d: Draft, r: Reader, where: string): void {
  const f = ruleFacts(d);
  const rules = azureRules(r, TF_RULE_NAMES);
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
    if (!c.configured('security_rule')) return;
    const blocks = c.r.blocks('security_rule');
    if (blocks instanceof Unknown) ruleFacts(d).unknown.push(`security_rule: ${blocks.reason}`);
    else for (const [i, b] of blocks.entries()) addAzureRules(d, b, `security_rule[${i}]`);
  },
};

const NSG = ['azurerm_network_security_group'];
const byNameAndGroup = (c: IacCtx, nameAttr: string, types: string[]) => {
  const rg = c.r.str('resource_group_name');
  return c.target(nameAttr, types, (d) =>
    typeof rg === 'string' && d.facts.resourceGroup !== rg ? undefined : d.name,
  );
};

const nsgAssociation = (attr: string): AttachSpec => ({
  targets: NSG,
  find: (c) => c.target('network_security_group_id', NSG),
  missing: {
    fact: 'attachedTo',
    reason: 'an association whose security group could not be resolved may apply',
  },
  apply(c, t) {
    const target = c.ref(attr, t, 'attached-to');
    if (typeof target === 'string') t.factList<string>('attachedTo').push(target);
  },
});

const storageAccount: PrimarySpec = {
  provider: 'azure',
  service: 'storage',
  kind: 'storage.bucket',
  build(c, d) {
    common(c, d);
    // Provider v2 called it allow_blob_public_access (default false); v3+ allow_nested_items_to_be_public (default true).
    const legacy = c.r.bool('allow_blob_public_access');
    const allow = legacy !== undefined ? legacy : (c.r.bool('allow_nested_items_to_be_public') ?? true);
    d.facts.allowPublic = allow;
    if (allow instanceof Unknown) d.unknownAt('publicAccessBlocked', allow.reason);
    else d.set('publicAccessBlocked', !allow);
    const cmk = c.r.block('customer_managed_key');
    if (cmk instanceof Unknown) d.set('encryption', { enabled: true });
    // Azure Storage encryption is always on (Microsoft-managed keys unless a customer key is set).
    else if (cmk) {
      const key = c.ref('key_vault_key_id', d, 'uses-key', cmk);
      d.set('encryption', {
        enabled: true,
        keyType: 'customer-managed',
        ...(typeof key === 'string' ? { keyId: key } : {}),
      });
    } else d.set('encryption', { enabled: true, keyType: 'provider' });
    const https = c.r.bool('https_traffic_only_enabled') ?? c.r.bool('enable_https_traffic_only');
    d.prop('tlsOnly', https, { default: true });
    const tls = c.r.str('min_tls_version');
    d.prop('minTlsVersion', tls, { default: 'TLS1_2' });
    const blob = c.r.block('blob_properties');
    d.prop('versioning', blob instanceof Unknown ? blob : blob?.bool('versioning_enabled'), {
      default: false,
    });
    const repl = c.r.str('account_replication_type');
    if (typeof repl === 'string') d.set('replication', /GRS|GZRS/i.test(repl));
    else if (repl instanceof Unknown) d.unknownAt('replication', repl.reason);
    d.prop('publicNetworkAccess', c.r.bool('public_network_access_enabled'), { default: true });
    const rules = c.r.block('network_rules');
    const action = rules instanceof Unknown ? rules : rules?.str('default_action');
    d.prop('networkDefaultAction', action, { default: 'Allow' });
    d.prop('sharedKeyAccess', c.r.bool('shared_access_key_enabled'), { default: true });
    d.unknownAt('accessLogging', 'storage logging is configured by diagnostic settings, not read here');
    // Anonymous access to Azure blobs is read-only.
    d.set('publicWrite', false);
  },
};

const STORAGE = ['azurerm_storage_account'];

const vm = (os: 'linux' | 'windows'): PrimarySpec => ({
  provider: 'azure',
  service: 'virtual-machines',
  kind: 'compute.instance',
  build(c, d) {
    common(c, d);
    d.set('os', os);
    // Managed disks are always encrypted at rest (platform-managed keys unless a disk encryption set is used).
    d.set('disksEncrypted', true);
    const osDisk = c.r.block('os_disk');
    if (osDisk && !(osDisk instanceof Unknown)) {
      const des = c.ref('disk_encryption_set_id', d, 'uses-key', osDisk);
      if (typeof des === 'string') d.set('diskEncryptionSet', des);
    }
    d.prop('encryptionAtHost', c.r.bool('encryption_at_host_enabled'), { default: false });
    const nics = c.refs('network_interface_ids', d, 'has-interface');
    if (nics) {
      d.set('interfaces', nics.ids);
      if (nics.unknown) d.unknownInside('interfaces', nics.unknown.reason);
    }
    const img = c.r.block('source_image_reference');
    if (img && !(img instanceof Unknown)) {
      const parts = ['publisher', 'offer', 'sku', 'version'].map((k) => img.str(k));
      if (parts.every((p) => typeof p === 'string')) d.set('image', parts.join(':'));
    } else {
      const id = c.ref('source_image_id', d);
      if (typeof id === 'string') d.set('image', id);
    }
    const secure = c.r.bool('secure_boot_enabled') ?? false;
    const vtpm = c.r.bool('vtpm_enabled') ?? false;
    if (secure instanceof Unknown) d.unknownAt('shieldedVm', secure.reason);
    else if (vtpm instanceof Unknown) d.unknownAt('shieldedVm', vtpm.reason);
    else d.set('shieldedVm', secure && vtpm);
    if (os === 'linux')
      d.prop('passwordAuthentication', negate(c.r.bool('disable_password_authentication')), {
        default: false,
      });
    d.unknownAt('publicIps', 'public addresses belong to the network interfaces');
  },
});

function negate(v: boolean | Unknown | undefined): boolean | Unknown | undefined {
  return typeof v === 'boolean' ? !v : v;
}

const keyVault: PrimarySpec = {
  provider: 'azure',
  service: 'key-vault',
  kind: 'crypto.key',
  build(c, d) {
    common(c, d);
    d.set('managedBy', 'customer');
    d.set('vault', true);
    d.prop('deletionProtection', c.r.bool('purge_protection_enabled'), { default: false });
    d.prop('softDeleteRetentionDays', c.r.num('soft_delete_retention_days'), { default: 90 });
    d.prop('publicNetworkAccess', c.r.bool('public_network_access_enabled'), { default: true });
    const acls = c.r.block('network_acls');
    d.prop('networkDefaultAction', acls instanceof Unknown ? acls : acls?.str('default_action'), {
      default: 'Allow',
    });
    const rbac = c.r.bool('rbac_authorization_enabled') ?? c.r.bool('enable_rbac_authorization');
    d.prop('rbacAuthorization', rbac, { default: false });
  },
};

const mssqlServer: PrimarySpec = {
  provider: 'azure',
  service: 'sql-database',
  kind: 'database.instance',
  build(c, d) {
    common(c, d);
    d.set('engine', 'sqlserver');
    d.prop('engineVersion', c.r.str('version'));
    d.prop('publiclyAccessible', c.r.bool('public_network_access_enabled'), { default: true });
    d.prop('minTlsVersion', c.r.str('minimum_tls_version'), { default: '1.2' });
    const key = c.ref('transparent_data_encryption_key_vault_key_id', d, 'uses-key');
    // Transparent data encryption is on by default with a service-managed key.
    if (key instanceof Unknown) d.set('encryption', { enabled: true, keyType: 'customer-managed' });
    else
      d.set(
        'encryption',
        key === undefined
          ? { enabled: true, keyType: 'provider' }
          : { enabled: true, keyType: 'customer-managed', keyId: key },
      );
    const admin = c.r.block('azuread_administrator');
    if (admin && !(admin instanceof Unknown))
      d.prop('azureAdOnly', admin.bool('azuread_authentication_only'), { default: false });
  },
};

const SQL = ['azurerm_mssql_server'];

export const AZURE_PRIMARY: Record<string, PrimarySpec> = {
  azurerm_network_security_group: nsg,
  azurerm_storage_account: storageAccount,
  azurerm_linux_virtual_machine: vm('linux'),
  azurerm_windows_virtual_machine: vm('windows'),
  azurerm_key_vault: keyVault,
  azurerm_mssql_server: mssqlServer,
};

export const AZURE_ATTACH: Record<string, AttachSpec> = {
  azurerm_network_security_rule: {
    targets: NSG,
    find: (c) => byNameAndGroup(c, 'network_security_group_name', NSG),
    missing: {
      fact: 'rules',
      reason: 'an azurerm_network_security_rule whose security group could not be resolved may add rules',
    },
    apply(c, t) {
      addAzureRules(t, c.r, c.res.address);
    },
  },
  azurerm_subnet_network_security_group_association: nsgAssociation('subnet_id'),
  azurerm_network_interface_security_group_association: nsgAssociation('network_interface_id'),
  azurerm_storage_container: {
    targets: STORAGE,
    find: (c) =>
      c.target('storage_account_id', STORAGE) ?? c.target('storage_account_name', STORAGE, (d) => d.name),
    missing: {
      fact: 'containers',
      reason: 'a container whose storage account could not be resolved may be public',
    },
    apply(c, t) {
      t.factList<string | Unknown>('containers').push(c.r.str('container_access_type') ?? 'private');
    },
  },
  azurerm_storage_account_customer_managed_key: {
    targets: STORAGE,
    find: (c) => c.target('storage_account_id', STORAGE),
    missing: {
      fact: 'encryption',
      reason: 'a customer-managed key whose account could not be resolved may apply',
    },
    apply(c, t) {
      const key = c.ref('key_vault_key_id', t, 'uses-key');
      t.set('encryption', {
        enabled: true,
        keyType: 'customer-managed',
        ...(typeof key === 'string' ? { keyId: key } : {}),
      });
    },
  },
  azurerm_mssql_firewall_rule: {
    targets: SQL,
    find: (c) => c.target('server_id', SQL),
    missing: {
      fact: 'firewallCidrs',
      reason: 'a firewall rule whose server could not be resolved may apply',
    },
    apply(c, t) {
      addFirewallRange(t, c.r.str('start_ip_address'), c.r.str('end_ip_address'));
    },
  },
  azurerm_mssql_server_extended_auditing_policy: {
    targets: SQL,
    find: (c) => c.target('server_id', SQL),
    missing: {
      fact: 'auditLogging',
      reason: 'an auditing policy whose server could not be resolved may apply',
    },
    apply(c, t) {
      const on = c.r.bool('enabled') ?? true;
      if (on === true) t.facts.auditLogging = true;
    },
  },
};

export const AZURE_FINISH: Record<string, Finisher> = {
  azurerm_network_security_group: finishNsg,
  azurerm_storage_account: finishStorageAccount,
  azurerm_mssql_server: finishSqlServer,
};
