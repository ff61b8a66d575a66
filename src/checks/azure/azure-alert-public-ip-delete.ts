import { activityLogAlert } from './factories.js';

export default activityLogAlert({
  id: 'azure-alert-public-ip-delete',
  operation: 'Microsoft.Network/publicIPAddresses/delete',
  what: 'public IP addresses being deleted',
  title: 'An activity log alert fires on public IP addresses being deleted',
  rationale:
    'Deleting a public IP can break services or leave DNS records pointing at an address someone else may get; ' +
    'the change should be noticed.',
  remediation:
    'Create an activity log alert scoped to the subscription for the operation Microsoft.Network/publicIPAddresses/delete, with an action group that ' +
    'notifies the security team.',
  severity: 'medium',
  controls: ['LOG-05'],
  cis: ['5.2.10'],
  fix: {
    cli: 'az monitor activity-log alert create --name ALERT --resource-group RG --scope /subscriptions/SUB --condition category=Administrative and operationName=Microsoft.Network/publicIPAddresses/delete --action-group ACTION_GROUP_ID',
  },
});
