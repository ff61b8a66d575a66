import { activityLogAlert } from './factories.js';

export default activityLogAlert({
  id: 'azure-alert-sql-firewall-delete',
  operation: 'Microsoft.Sql/servers/firewallRules/delete',
  what: 'SQL server firewall rules being deleted',
  title: 'An activity log alert fires on SQL server firewall rules being deleted',
  rationale:
    'Deleting SQL firewall rules changes who can reach the databases; the change should be seen and confirmed.',
  remediation:
    'Create an activity log alert scoped to the subscription for the operation Microsoft.Sql/servers/firewallRules/delete, with an action group that ' +
    'notifies the security team.',
  severity: 'medium',
  controls: ['LOG-05'],
  cis: ['5.2.8'],
  fix: {
    cli: 'az monitor activity-log alert create --name ALERT --resource-group RG --scope /subscriptions/SUB --condition category=Administrative and operationName=Microsoft.Sql/servers/firewallRules/delete --action-group ACTION_GROUP_ID',
  },
});
