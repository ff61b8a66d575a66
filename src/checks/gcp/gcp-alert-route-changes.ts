import { logMetricAlert } from './factories.js';

export default logMetricAlert({
  id: 'gcp-alert-route-changes',
  what: 'VPC route changes',
  tokens: ['resource.type="gce_route"', 'compute.routes.delete', 'compute.routes.insert'],
  title: 'VPC route changes raise an alert',
  rationale:
    'Changing routes can send traffic through an attacker-controlled instance or around inspection points; route ' +
    'changes should not go unnoticed.',
  remediation:
    'Create a log-based metric whose filter selects VPC route changes, and an alert policy on that metric that notifies the ' +
    'security team.',
  severity: 'low',
  controls: ['LOG-05'],
  cis: ['2.8'],
  fix: {
    cli: 'gcloud logging metrics create METRIC --description="VPC route changes" --log-filter=\'FILTER\' && gcloud alpha monitoring policies create --policy-from-file=policy.json',
  },
});
