import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { childrenOf, ev, isType, nodeOf, nodeValue, subscriptionOf, T } from './util.js';

export default defineCheck({
  id: 'azure-sql-defender-enabled',
  title: 'Microsoft Defender for SQL protects Azure SQL servers',
  rationale:
    'Defender for SQL detects SQL injection, brute-force logins and unusual data access on the server and runs ' +
    'vulnerability assessments. Without it such attacks raise no alert.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['LOG-05', 'VUL-01'],
  remediation:
    'Turn on Microsoft Defender for Azure SQL Databases for the subscription, or enable Advanced Threat Protection ' +
    '(the server security alert policy) on the server.',
  fix: { cli: 'az security pricing create --name SqlServers --tier Standard' },
  references: { 'cis-azure-foundations': ['4.2.1'] },
  evaluate(server, { inventory }) {
    if (!isType(server, T.sqlServer)) return notApplicable('Not an Azure SQL logical server.');
    const plan = inventory.byId(
      `/subscriptions/${subscriptionOf(server)}/providers/microsoft.security/pricings/sqlservers`,
    );
    const tier = plan ? nodeValue<string>(nodeOf(plan), 'properties.pricingTier') : undefined;
    if (tier?.toLowerCase() === 'standard')
      return pass('Defender for Azure SQL Databases is on for the subscription.', [
        ev('pricings/SqlServers.pricingTier', tier),
      ]);
    const node = nodeOf(server);
    const alertPolicies = childrenOf(node, inventory, 'microsoft.sql/servers/securityalertpolicies');
    const atpSettings = childrenOf(node, inventory, 'microsoft.sql/servers/advancedthreatprotectionsettings');
    const on = [...(alertPolicies ?? []), ...(atpSettings ?? [])].find(
      (p) => nodeValue<string>(p, 'properties.state')?.toLowerCase() === 'enabled',
    );
    if (on)
      return pass('Advanced Threat Protection is on for the server.', [ev(`${on.type}.state`, 'Enabled')]);
    if (alertPolicies === undefined && atpSettings === undefined)
      throw new MissingData(
        'securityAlertPolicies',
        'the server threat protection settings were not collected',
      );
    if (tier === undefined)
      throw new MissingData(
        'Microsoft.Security/pricings/SqlServers',
        'the subscription Defender plan was not collected',
      );
    return fail('Defender for SQL is off for the server and for its subscription.', [
      ev('pricings/SqlServers.pricingTier', tier),
    ]);
  },
});
