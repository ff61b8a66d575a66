import { activityLogAlert } from './factories.js';

export default activityLogAlert({
  id: 'azure-alert-nsg-delete',
  operation: 'Microsoft.Network/networkSecurityGroups/delete',
  what: 'network security groups being deleted',
  title: 'An activity log alert fires on network security groups being deleted',
  rationale:
    'Deleting a network security group removes the filtering it applied to subnets and interfaces; the change ' +
    'should be visible to the security team immediately.',
  remediation:
    'Create an activity log alert scoped to the subscription for the operation Microsoft.Network/networkSecurityGroups/delete, with an action group that ' +
    'notifies the security team.',
  severity: 'medium',
  controls: ['LOG-05'],
  cis: ['5.2.4'],
  fix: {
    cli: 'az monitor activity-log alert create --name ALERT --resource-group RG --scope /subscriptions/SUB --condition category=Administrative and operationName=Microsoft.Network/networkSecurityGroups/delete --action-group ACTION_GROUP_ID',
  },
});
