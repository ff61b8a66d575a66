import { logMetricAlert } from './factories.js';

export default logMetricAlert({
  id: 'gcp-alert-project-ownership',
  what: 'project ownership changes',
  tokens: ['roles/owner', 'policydelta.bindingdeltas'],
  title: 'Project ownership changes raise an alert',
  rationale:
    'Owner is the most powerful project role; a new owner (or an invitation to become one) can mean a takeover ' +
    'in progress. An alert on every ownership change lets it be confirmed or stopped at once.',
  remediation:
    'Create a log-based metric whose filter selects project ownership changes, and an alert policy on that metric that notifies the ' +
    'security team.',
  severity: 'low',
  controls: ['LOG-05'],
  cis: ['2.4'],
  fix: {
    cli: 'gcloud logging metrics create METRIC --description="project ownership changes" --log-filter=\'FILTER\' && gcloud alpha monitoring policies create --policy-from-file=policy.json',
  },
});
