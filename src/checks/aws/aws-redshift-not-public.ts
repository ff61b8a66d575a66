import { defineCheck, notApplicable } from '../define.js';
import { rawAt, rawFlagOutcome } from './util.js';

/** Redshift clusters are not publicly accessible (`PubliclyAccessible`). */
export default defineCheck({
  id: 'aws-redshift-not-public',
  title: 'Redshift clusters are not publicly accessible',
  rationale:
    'A publicly accessible cluster gets a public endpoint; its security groups alone then stand between the warehouse and the internet.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['database.warehouse'],
  controls: ['DATA-03', 'NET-01'],
  remediation:
    'Turn off public accessibility and reach the cluster through the VPC (or a Redshift-managed VPC endpoint).',
  fix: { cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --no-publicly-accessible' },
  evaluate(cluster) {
    if (rawAt(cluster, 'ClusterStatus') === 'deleting') return notApplicable('The cluster is being deleted.');
    return rawFlagOutcome(
      cluster,
      'PubliclyAccessible',
      false,
      'The cluster is private.',
      'The cluster is publicly accessible.',
    );
  },
});
