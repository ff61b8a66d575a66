import { logMetricAlert } from './factories.js';

export default logMetricAlert({
  id: 'gcp-alert-audit-config-changes',
  what: 'audit configuration changes',
  tokens: ['protoPayload.methodName="SetIamPolicy"', 'auditConfigDeltas'],
  title: 'Audit logging configuration changes raise an alert',
  rationale:
    'Turning Data Access audit logs off or exempting a member is a way to act unseen. An alert on audit ' +
    'configuration changes makes such a change itself visible.',
  remediation:
    'Create a log-based metric whose filter selects audit configuration changes, and an alert policy on that metric that notifies the ' +
    'security team.',
  severity: 'low',
  controls: ['LOG-05'],
  cis: ['2.5'],
  fix: {
    cli: 'gcloud logging metrics create METRIC --description="audit configuration changes" --log-filter=\'FILTER\' && gcloud alpha monitoring policies create --policy-from-file=policy.json',
  },
});
