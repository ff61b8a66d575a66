import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import {
  armValue,
  childrenOf,
  ev,
  isType,
  needChildren,
  nodeOf,
  nodeValue,
  norm,
  parseArmId,
  T,
} from './util.js';

export default defineCheck<'database.instance', { requireCustomerManagedKey: boolean }>({
  id: 'azure-sql-database-tde',
  title: 'Azure SQL databases are encrypted at rest (TDE)',
  rationale:
    'Transparent data encryption encrypts the database files, backups and logs so that copies of the storage ' +
    'cannot be read. It is on by default for new databases but can be switched off per database.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['EAR-01', 'EAR-03'],
  remediation:
    'Turn on transparent data encryption for the database. Where the requireCustomerManagedKey parameter is set, ' +
    'also set the server TDE protector to a Key Vault key.',
  fix: {
    cli: 'az sql db tde set --database DB --server SERVER --resource-group RG --status Enabled',
  },
  references: { 'cis-azure-foundations': ['4.1.5'] },
  params: {
    requireCustomerManagedKey: {
      description: 'also require the server TDE protector to be a customer-managed Key Vault key',
      default: false,
    },
  },
  evaluate(db, { inventory, params }) {
    if (!isType(db, T.sqlDatabase)) return notApplicable('Not an Azure SQL database.');
    if ((parseArmId(db.id)?.name ?? '') === 'master')
      return notApplicable('The master database is managed by Azure.');
    let enabled = norm<boolean>(db, 'encryption.enabled');
    const evidence = [];
    if (enabled === undefined) {
      const tde = needChildren(
        nodeOf(db),
        inventory,
        `${T.sqlDatabase}/transparentdataencryption`,
        'transparent data encryption',
      );
      const state = tde[0]
        ? (nodeValue<string>(tde[0], 'properties.state') ?? nodeValue<string>(tde[0], 'properties.status'))
        : undefined;
      enabled = state?.toLowerCase() === 'enabled';
      evidence.push(ev('transparentDataEncryption.state', state ?? 'Disabled'));
    } else evidence.push(ev('encryption.enabled', enabled));
    if (!enabled) return fail('Transparent data encryption is off.', evidence);
    if (!params.requireCustomerManagedKey) return pass('Transparent data encryption is on.', evidence);
    const serverId = parseArmId(db.id)?.parent;
    const server = serverId ? inventory.byId(serverId) : undefined;
    if (!server) throw new MissingData('server', `the parent server ${serverId ?? ''} was not collected`);
    const keyId = armValue<string>({ ...server, properties: server.properties }, 'properties.keyId');
    let cmk = Boolean(keyId);
    if (!cmk) {
      const protectors = childrenOf(nodeOf(server), inventory, 'microsoft.sql/servers/encryptionprotector');
      if (!protectors)
        throw new MissingData('encryptionProtector', 'the server TDE protector was not collected');
      cmk = protectors.some(
        (p) => nodeValue<string>(p, 'properties.serverKeyType')?.toLowerCase() === 'azurekeyvault',
      );
    }
    return cmk
      ? pass('Transparent data encryption is on with a customer-managed protector.', evidence)
      : fail('Transparent data encryption is on, but the server protector is service-managed.', evidence);
  },
});
