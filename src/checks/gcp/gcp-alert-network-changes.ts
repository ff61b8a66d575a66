import { logMetricAlert } from './factories.js';

export default logMetricAlert({
  id: 'gcp-alert-network-changes',
  what: 'VPC network changes',
  tokens: [
    'resource.type="gce_network"',
    'compute.networks.insert',
    'compute.networks.patch',
    'compute.networks.delete',
    'compute.networks.removePeering',
    'compute.networks.addPeering',
  ],
  title: 'VPC network changes raise an alert',
  rationale:
    'New networks and peerings change which systems can reach each other; peering in particular can connect the ' +
    'environment to networks outside the organisation.',
  remediation:
    'Create a log-based metric whose filter selects VPC network changes, and an alert policy on that metric that notifies the ' +
    'security team.',
  severity: 'low',
  controls: ['LOG-05'],
  cis: ['2.9'],
  fix: {
    cli: 'gcloud logging metrics create METRIC --description="VPC network changes" --log-filter=\'FILTER\' && gcloud alpha monitoring policies create --policy-from-file=policy.json',
  },
});
