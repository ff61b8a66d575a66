import { activityLogAlert } from './factories.js';

export default activityLogAlert({
  id: 'azure-alert-policy-assignment-delete',
  operation: 'Microsoft.Authorization/policyAssignments/delete',
  what: 'policy assignments being deleted',
  title: 'An activity log alert fires on policy assignments being deleted',
  rationale:
    'Deleting a policy assignment silently removes a guardrail; it is a common step in disabling controls before ' +
    'an attack, and should be noticed at once.',
  remediation:
    'Create an activity log alert scoped to the subscription for the operation Microsoft.Authorization/policyAssignments/delete, with an action group that ' +
    'notifies the security team.',
  severity: 'medium',
  controls: ['LOG-05'],
  cis: ['5.2.2'],
  fix: {
    cli: 'az monitor activity-log alert create --name ALERT --resource-group RG --scope /subscriptions/SUB --condition category=Administrative and operationName=Microsoft.Authorization/policyAssignments/delete --action-group ACTION_GROUP_ID',
  },
});
