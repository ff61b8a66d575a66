import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, serverParameterValue, T } from './util.js';

export default defineCheck({
  id: 'azure-mysql-tls-version',
  title: 'MySQL servers accept only TLS 1.2 or later',
  rationale:
    'TLS 1.0 and 1.1 are deprecated and weak. A MySQL server that still lists them in tls_version lets clients ' +
    'negotiate them.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['EIT-01'],
  remediation:
    'On Flexible Server set tls_version to TLSv1.2 (and TLSv1.3); on Single Server set minimalTlsVersion to TLS1_2.',
  fix: {
    cli: 'az mysql flexible-server parameter set --server-name SERVER --resource-group RG --name tls_version --value TLSv1.2,TLSv1.3',
  },
  references: { 'cis-azure-foundations': ['4.4.2'] },
  evaluate(server, { inventory }) {
    if (!isType(server, T.mysqlSingle, T.mysqlFlexible))
      return notApplicable('Not an Azure Database for MySQL server.');
    if (isType(server, T.mysqlSingle)) {
      const v = armValue<string>(server, 'properties.minimalTlsVersion');
      if (v === undefined)
        throw new MissingData('raw.properties.minimalTlsVersion', 'not in the collected data');
      return ['TLS1_2', 'TLS1_3'].includes(v.toUpperCase())
        ? pass(`The minimum TLS version is ${v}.`, [ev('minimalTlsVersion', v)])
        : fail(`The server accepts TLS below 1.2 (${v}).`, [ev('minimalTlsVersion', v)]);
    }
    const v = serverParameterValue(server, inventory, T.mysqlFlexible, 'tls_version');
    if (v === undefined) throw new MissingData('configurations/tls_version', 'not in the collected data');
    const versions = v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const weak = versions.filter((x) => x === 'tlsv1' || x === 'tlsv1.0' || x === 'tlsv1.1');
    return weak.length === 0 && versions.length > 0
      ? pass(`tls_version is ${v}.`, [ev('configurations/tls_version', v)])
      : fail(`tls_version allows ${weak.join(', ') || 'no version'}.`, [ev('configurations/tls_version', v)]);
  },
});
