import { activityLogAlert } from './factories.js';

export default activityLogAlert({
  id: 'azure-alert-policy-assignment-write',
  operation: 'Microsoft.Authorization/policyAssignments/write',
  what: 'policy assignments being created or changed',
  title: 'An activity log alert fires on policy assignments being created or changed',
  rationale:
    'Policy assignments enforce guardrails; an unexpected new or changed assignment can weaken them (or, from an ' +
    "attacker, disable them). An alert brings such changes to someone's attention when they happen.",
  remediation:
    'Create an activity log alert scoped to the subscription for the operation Microsoft.Authorization/policyAssignments/write, with an action group that ' +
    'notifies the security team.',
  severity: 'medium',
  controls: ['LOG-05'],
  cis: ['5.2.1'],
  fix: {
    cli: 'az monitor activity-log alert create --name ALERT --resource-group RG --scope /subscriptions/SUB --condition category=Administrative and operationName=Microsoft.Authorization/policyAssignments/write --action-group ACTION_GROUP_ID',
  },
});
