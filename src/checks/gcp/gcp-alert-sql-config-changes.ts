import { logMetricAlert } from './factories.js';

export default logMetricAlert({
  id: 'gcp-alert-sql-config-changes',
  what: 'Cloud SQL instance configuration changes',
  tokens: ['cloudsql.instances.update'],
  title: 'Cloud SQL configuration changes raise an alert',
  rationale:
    'Changes to a Cloud SQL instance can open it to the internet, turn off SSL or backups, or change flags that ' +
    'control logging; they should be visible when they happen.',
  remediation:
    'Create a log-based metric whose filter selects Cloud SQL instance configuration changes, and an alert policy on that metric that notifies the ' +
    'security team.',
  severity: 'low',
  controls: ['LOG-05'],
  cis: ['2.11'],
  fix: {
    cli: 'gcloud logging metrics create METRIC --description="Cloud SQL instance configuration changes" --log-filter=\'FILTER\' && gcloud alpha monitoring policies create --policy-from-file=policy.json',
  },
});
