import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, norm, serverParameterValue, T } from './util.js';

export default defineCheck({
  id: 'azure-postgresql-ssl-enforced',
  title: 'PostgreSQL servers require encrypted connections',
  rationale:
    'Unless the server insists on TLS, a client (or an attacker who can redirect it) can connect in clear text and ' +
    'expose credentials and query results on the network.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['EIT-01', 'EIT-02'],
  remediation:
    'On Flexible Server set require_secure_transport to on; on Single Server set "Enforce SSL connection" ' +
    '(sslEnforcement) to Enabled.',
  fix: {
    cli: 'az postgres flexible-server parameter set --server-name SERVER --resource-group RG --name require_secure_transport --value on',
  },
  references: { 'cis-azure-foundations': ['4.3.1'] },
  evaluate(server, { inventory }) {
    if (!isType(server, T.pgSingle, T.pgFlexible))
      return notApplicable('Not an Azure Database for PostgreSQL server.');
    const normalized = norm<boolean>(server, 'tlsRequired');
    if (normalized !== undefined)
      return normalized
        ? pass('Encrypted connections are required.', [ev('tlsRequired', true)])
        : fail('Clients may connect without TLS.', [ev('tlsRequired', false)]);
    if (isType(server, T.pgSingle)) {
      const ssl = armValue<string>(server, 'properties.sslEnforcement');
      if (ssl === undefined)
        throw new MissingData('raw.properties.sslEnforcement', 'not in the collected data');
      return ssl.toLowerCase() === 'enabled'
        ? pass('SSL enforcement is enabled.', [ev('sslEnforcement', ssl)])
        : fail('SSL enforcement is disabled; clients may connect in clear text.', [
            ev('sslEnforcement', ssl),
          ]);
    }
    const v = serverParameterValue(server, inventory, T.pgFlexible, 'require_secure_transport');
    if (v === undefined)
      throw new MissingData('configurations/require_secure_transport', 'not in the collected data');
    return v === 'on'
      ? pass('require_secure_transport is on.', [ev('configurations/require_secure_transport', v)])
      : fail('require_secure_transport is off; clients may connect in clear text.', [
          ev('configurations/require_secure_transport', v),
        ]);
  },
});
