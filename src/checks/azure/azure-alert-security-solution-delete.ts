import { activityLogAlert } from './factories.js';

export default activityLogAlert({
  id: 'azure-alert-security-solution-delete',
  operation: 'Microsoft.Security/securitySolutions/delete',
  what: 'security solutions being deleted',
  title: 'An activity log alert fires on security solutions being deleted',
  rationale:
    'Removing an integrated security solution is a typical defence-evasion step and should raise an alert.',
  remediation:
    'Create an activity log alert scoped to the subscription for the operation Microsoft.Security/securitySolutions/delete, with an action group that ' +
    'notifies the security team.',
  severity: 'medium',
  controls: ['LOG-05'],
  cis: ['5.2.6'],
  fix: {
    cli: 'az monitor activity-log alert create --name ALERT --resource-group RG --scope /subscriptions/SUB --condition category=Administrative and operationName=Microsoft.Security/securitySolutions/delete --action-group ACTION_GROUP_ID',
  },
});
