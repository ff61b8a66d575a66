import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { tagged } from './util.js';

/** EBS and RDS snapshots are not shared with everyone. */
export default defineCheck({
  id: 'aws-ec2-snapshot-public',
  title: 'Snapshots are not public',
  rationale:
    'A public snapshot can be copied by any AWS account and mounted to read every file or table it contains. ' +
    'Researchers routinely find credentials and customer data this way.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['storage.snapshot'],
  controls: ['DATA-03', 'EAR-03'],
  remediation:
    'Remove the "all" create-volume permission (or the public restore attribute for RDS snapshots).',
  fix: {
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id SNAPSHOT_ID --attribute createVolumePermission --operation-type remove --group-names all',
  },
  params: {
    allowTag: {
      description: 'tag key marking snapshots deliberately published (value "true")',
      default: 'public-approved',
    },
  },
  evaluate(snapshot, { params }) {
    if (tagged(snapshot, String(params.allowTag), ['true']))
      return notApplicable('A deliberately published snapshot.');
    return need<boolean>(snapshot, 'public')
      ? fail('Any AWS account can copy and restore this snapshot.', [{ path: 'public', value: true }])
      : pass('The snapshot is not public.', [{ path: 'public', value: false }]);
  },
});
