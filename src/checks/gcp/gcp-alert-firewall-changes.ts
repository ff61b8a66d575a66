import { logMetricAlert } from './factories.js';

export default logMetricAlert({
  id: 'gcp-alert-firewall-changes',
  what: 'VPC firewall rule changes',
  tokens: [
    'resource.type="gce_firewall_rule"',
    'compute.firewalls.patch',
    'compute.firewalls.insert',
    'compute.firewalls.delete',
  ],
  title: 'VPC firewall rule changes raise an alert',
  rationale:
    'A firewall rule opened to the internet is the quickest way to expose a workload. Alerting on firewall ' +
    'changes lets an accidental or malicious opening be reviewed right away.',
  remediation:
    'Create a log-based metric whose filter selects VPC firewall rule changes, and an alert policy on that metric that notifies the ' +
    'security team.',
  severity: 'low',
  controls: ['LOG-05'],
  cis: ['2.7'],
  fix: {
    cli: 'gcloud logging metrics create METRIC --description="VPC firewall rule changes" --log-filter=\'FILTER\' && gcloud alpha monitoring policies create --policy-from-file=policy.json',
  },
});
