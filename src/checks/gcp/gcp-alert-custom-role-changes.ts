import { logMetricAlert } from './factories.js';

export default logMetricAlert({
  id: 'gcp-alert-custom-role-changes',
  what: 'custom role changes',
  tokens: ['resource.type="iam_role"', 'CreateRole', 'DeleteRole', 'UpdateRole'],
  title: 'Custom IAM role changes raise an alert',
  rationale:
    'Adding permissions to a custom role silently widens the access of everyone who holds it; an alert on role ' +
    'creation, update and deletion catches such privilege changes.',
  remediation:
    'Create a log-based metric whose filter selects custom role changes, and an alert policy on that metric that notifies the ' +
    'security team.',
  severity: 'low',
  controls: ['LOG-05'],
  cis: ['2.6'],
  fix: {
    cli: 'gcloud logging metrics create METRIC --description="custom role changes" --log-filter=\'FILTER\' && gcloud alpha monitoring policies create --policy-from-file=policy.json',
  },
});
