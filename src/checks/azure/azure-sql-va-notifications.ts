import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { childrenOf, ev, isType, nodeOf, nodeValue, T } from './util.js';

export default defineCheck({
  id: 'azure-sql-va-notifications',
  title: 'SQL vulnerability scan results are sent to people',
  rationale:
    'Recurring scans only help if someone reads the results. Sending the reports to a monitored address and to ' +
    'subscription admins and owners makes new findings visible without anyone having to look for them.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['VUL-02', 'LOG-05'],
  remediation:
    'In the classic vulnerability assessment settings, add recipient addresses for scan reports and turn on ' +
    '"Also send email notifications to admins and subscription owners".',
  fix: {
    cli: 'az sql server va-setting update --name SERVER --resource-group RG --recurring-scans-emails secops@example.com --email-subscription-admins true',
  },
  references: { 'cis-azure-foundations': ['4.2.4', '4.2.5'] },
  evaluate(server, { inventory }) {
    if (!isType(server, T.sqlServer)) return notApplicable('Not an Azure SQL logical server.');
    const classic = childrenOf(nodeOf(server), inventory, 'microsoft.sql/servers/vulnerabilityassessments');
    if (classic === undefined)
      throw new MissingData(
        'vulnerabilityAssessments',
        'the vulnerability assessment settings were not collected',
      );
    const va = classic[0];
    if (!va || !nodeValue<string>(va, 'properties.storageContainerPath'))
      return notApplicable(
        'The classic vulnerability assessment is not configured (see azure-sql-vulnerability-assessment).',
      );
    const emails = nodeValue<string[]>(va, 'properties.recurringScans.emails') ?? [];
    const admins = nodeValue<boolean>(va, 'properties.recurringScans.emailSubscriptionAdmins') === true;
    const problems = [
      ...(emails.length === 0 ? ['no recipient addresses'] : []),
      ...(admins ? [] : ['admins and subscription owners are not notified']),
    ];
    const evidence = [
      ev('recurringScans.emails', emails),
      ev('recurringScans.emailSubscriptionAdmins', admins),
    ];
    return problems.length === 0
      ? pass(`Scan reports go to ${emails.join(', ')} and to admins and owners.`, evidence)
      : fail(`Scan reports: ${problems.join('; ')}.`, evidence);
  },
});
