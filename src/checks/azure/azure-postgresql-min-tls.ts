import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, serverParameterValue, T } from './util.js';

export default defineCheck({
  id: 'azure-postgresql-min-tls',
  title: 'PostgreSQL servers require TLS 1.2 or later',
  rationale:
    'Requiring TLS is not enough if the server still negotiates TLS 1.0 or 1.1, which are deprecated and have known ' +
    'weaknesses; the minimum protocol version should be 1.2.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['EIT-01'],
  remediation:
    'On Flexible Server set ssl_min_protocol_version to TLSv1.2; on Single Server set minimalTlsVersion to TLS1_2.',
  fix: {
    cli: 'az postgres flexible-server parameter set --server-name SERVER --resource-group RG --name ssl_min_protocol_version --value TLSv1.2',
  },
  evaluate(server, { inventory }) {
    if (!isType(server, T.pgSingle, T.pgFlexible))
      return notApplicable('Not an Azure Database for PostgreSQL server.');
    if (isType(server, T.pgSingle)) {
      const v = armValue<string>(server, 'properties.minimalTlsVersion');
      if (v === undefined)
        throw new MissingData('raw.properties.minimalTlsVersion', 'not in the collected data');
      return ['TLS1_2', 'TLS1_3'].includes(v.toUpperCase())
        ? pass(`The minimum TLS version is ${v}.`, [ev('minimalTlsVersion', v)])
        : fail(`The server accepts TLS below 1.2 (${v}).`, [ev('minimalTlsVersion', v)]);
    }
    const v = serverParameterValue(server, inventory, T.pgFlexible, 'ssl_min_protocol_version');
    if (v === undefined)
      throw new MissingData('configurations/ssl_min_protocol_version', 'not in the collected data');
    return v === 'tlsv1.2' || v === 'tlsv1.3'
      ? pass(`ssl_min_protocol_version is ${v}.`, [ev('configurations/ssl_min_protocol_version', v)])
      : fail(`ssl_min_protocol_version is ${v}; TLS 1.2 is the minimum to allow.`, [
          ev('configurations/ssl_min_protocol_version', v),
        ]);
  },
});
