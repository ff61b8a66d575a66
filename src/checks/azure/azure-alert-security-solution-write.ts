import { activityLogAlert } from './factories.js';

export default activityLogAlert({
  id: 'azure-alert-security-solution-write',
  operation: 'Microsoft.Security/securitySolutions/write',
  what: 'security solutions being created or changed',
  title: 'An activity log alert fires on security solutions being created or changed',
  rationale:
    'Security solutions integrated with Defender for Cloud (firewalls, WAFs, endpoint tools) being reconfigured can ' +
    'reduce protection; an alert makes such changes visible.',
  remediation:
    'Create an activity log alert scoped to the subscription for the operation Microsoft.Security/securitySolutions/write, with an action group that ' +
    'notifies the security team.',
  severity: 'medium',
  controls: ['LOG-05'],
  cis: ['5.2.5'],
  fix: {
    cli: 'az monitor activity-log alert create --name ALERT --resource-group RG --scope /subscriptions/SUB --condition category=Administrative and operationName=Microsoft.Security/securitySolutions/write --action-group ACTION_GROUP_ID',
  },
});
