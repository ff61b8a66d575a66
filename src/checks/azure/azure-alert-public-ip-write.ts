import { activityLogAlert } from './factories.js';

export default activityLogAlert({
  id: 'azure-alert-public-ip-write',
  operation: 'Microsoft.Network/publicIPAddresses/write',
  what: 'public IP addresses being created or changed',
  title: 'An activity log alert fires on public IP addresses being created or changed',
  rationale:
    'Every new public IP address is a new entry point from the internet. Alerting on their creation keeps the ' +
    'attack surface known.',
  remediation:
    'Create an activity log alert scoped to the subscription for the operation Microsoft.Network/publicIPAddresses/write, with an action group that ' +
    'notifies the security team.',
  severity: 'medium',
  controls: ['LOG-05'],
  cis: ['5.2.9'],
  fix: {
    cli: 'az monitor activity-log alert create --name ALERT --resource-group RG --scope /subscriptions/SUB --condition category=Administrative and operationName=Microsoft.Network/publicIPAddresses/write --action-group ACTION_GROUP_ID',
  },
});
