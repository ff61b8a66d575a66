import { logMetricAlert } from './factories.js';

export default logMetricAlert({
  id: 'gcp-alert-storage-iam-changes',
  what: 'Cloud Storage IAM permission changes',
  tokens: ['resource.type="gcs_bucket"', 'storage.setIamPermissions'],
  title: 'Cloud Storage IAM changes raise an alert',
  rationale:
    'A bucket policy change is how data becomes public or is shared outside the organisation. An alert on bucket ' +
    'IAM changes catches such exposure as it happens.',
  remediation:
    'Create a log-based metric whose filter selects Cloud Storage IAM permission changes, and an alert policy on that metric that notifies the ' +
    'security team.',
  severity: 'low',
  controls: ['LOG-05'],
  cis: ['2.10'],
  fix: {
    cli: 'gcloud logging metrics create METRIC --description="Cloud Storage IAM permission changes" --log-filter=\'FILTER\' && gcloud alpha monitoring policies create --policy-from-file=policy.json',
  },
});
