import { activityLogAlert } from './factories.js';

export default activityLogAlert({
  id: 'azure-alert-nsg-write',
  operation: 'Microsoft.Network/networkSecurityGroups/write',
  what: 'network security groups being created or changed',
  title: 'An activity log alert fires on network security groups being created or changed',
  rationale:
    'Changes to network security groups can open ports to the internet. Alerting on them gives a chance to catch ' +
    'an accidental or malicious opening before it is exploited.',
  remediation:
    'Create an activity log alert scoped to the subscription for the operation Microsoft.Network/networkSecurityGroups/write, with an action group that ' +
    'notifies the security team.',
  severity: 'medium',
  controls: ['LOG-05'],
  cis: ['5.2.3'],
  fix: {
    cli: 'az monitor activity-log alert create --name ALERT --resource-group RG --scope /subscriptions/SUB --condition category=Administrative and operationName=Microsoft.Network/networkSecurityGroups/write --action-group ACTION_GROUP_ID',
  },
});
