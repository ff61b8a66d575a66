import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, ev, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-postgresql-infrastructure-encryption',
  title: 'PostgreSQL Single Servers use infrastructure double encryption',
  rationale:
    'Infrastructure double encryption adds a second layer of encryption with a separate key below the service ' +
    'encryption, so the data stays protected if one layer is compromised. It can only be chosen at server creation.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['EAR-01'],
  remediation:
    'Create the server with infrastructure double encryption enabled and migrate the data; Single Server is retired, ' +
    'so prefer migrating to Flexible Server.',
  fix: {
    cli: 'az postgres server create --name SERVER --resource-group RG --infrastructure-encryption Enabled ...',
  },
  references: { 'cis-azure-foundations': ['4.3.8'] },
  evaluate(server) {
    if (!isType(server, T.pgSingle, T.pgFlexible))
      return notApplicable('Not an Azure Database for PostgreSQL server.');
    if (isType(server, T.pgFlexible))
      return notApplicable(
        'Flexible Server does not offer infrastructure double encryption; it applies to Single Server.',
      );
    const v = String(armNeed<string>(server, 'properties.infrastructureEncryption'));
    return v.toLowerCase() === 'enabled'
      ? pass('Infrastructure double encryption is enabled.', [ev('infrastructureEncryption', v)])
      : fail('Infrastructure double encryption is disabled.', [ev('infrastructureEncryption', v)]);
  },
});
