import { activityLogAlert } from './factories.js';

export default activityLogAlert({
  id: 'azure-alert-sql-firewall-write',
  operation: 'Microsoft.Sql/servers/firewallRules/write',
  what: 'SQL server firewall rules being created or changed',
  title: 'An activity log alert fires on SQL server firewall rules being created or changed',
  rationale:
    'A new or widened SQL firewall rule can expose databases to the internet. Alerting on these changes catches ' +
    'exposure as it happens.',
  remediation:
    'Create an activity log alert scoped to the subscription for the operation Microsoft.Sql/servers/firewallRules/write, with an action group that ' +
    'notifies the security team.',
  severity: 'medium',
  controls: ['LOG-05'],
  cis: ['5.2.7'],
  fix: {
    cli: 'az monitor activity-log alert create --name ALERT --resource-group RG --scope /subscriptions/SUB --condition category=Administrative and operationName=Microsoft.Sql/servers/firewallRules/write --action-group ACTION_GROUP_ID',
  },
});
