import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, norm, serverParameterValue, T } from './util.js';

export default defineCheck({
  id: 'azure-mysql-ssl-enforced',
  title: 'MySQL servers require encrypted connections',
  rationale:
    'If the server accepts unencrypted connections, credentials and data cross the network in clear text whenever a ' +
    'client does not ask for TLS.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['EIT-01', 'EIT-02'],
  remediation:
    'On Flexible Server set require_secure_transport to ON; on Single Server set sslEnforcement to Enabled.',
  fix: {
    cli: 'az mysql flexible-server parameter set --server-name SERVER --resource-group RG --name require_secure_transport --value ON',
  },
  references: { 'cis-azure-foundations': ['4.4.1'] },
  evaluate(server, { inventory }) {
    if (!isType(server, T.mysqlSingle, T.mysqlFlexible))
      return notApplicable('Not an Azure Database for MySQL server.');
    const normalized = norm<boolean>(server, 'tlsRequired');
    if (normalized !== undefined)
      return normalized
        ? pass('Encrypted connections are required.', [ev('tlsRequired', true)])
        : fail('Clients may connect without TLS.', [ev('tlsRequired', false)]);
    if (isType(server, T.mysqlSingle)) {
      const ssl = armValue<string>(server, 'properties.sslEnforcement');
      if (ssl === undefined)
        throw new MissingData('raw.properties.sslEnforcement', 'not in the collected data');
      return ssl.toLowerCase() === 'enabled'
        ? pass('SSL enforcement is enabled.', [ev('sslEnforcement', ssl)])
        : fail('SSL enforcement is disabled.', [ev('sslEnforcement', ssl)]);
    }
    const v = serverParameterValue(server, inventory, T.mysqlFlexible, 'require_secure_transport');
    if (v === undefined)
      throw new MissingData('configurations/require_secure_transport', 'not in the collected data');
    return v === 'on'
      ? pass('require_secure_transport is ON.', [ev('configurations/require_secure_transport', v)])
      : fail('require_secure_transport is OFF; clients may connect in clear text.', [
          ev('configurations/require_secure_transport', v),
        ]);
  },
});
