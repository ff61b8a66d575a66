import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { tagged } from './util.js';

/** Snapshots are encrypted at rest. */
export default defineCheck({
  id: 'aws-ec2-snapshot-encrypted',
  title: 'Snapshots are encrypted',
  rationale:
    'Snapshots are copies of whole disks and databases, kept long and shared easily. Unencrypted, they can be read ' +
    'by anyone they are shared with or who gains snapshot permissions.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['storage.snapshot'],
  controls: ['EAR-03'],
  remediation: 'Copy the snapshot with encryption enabled, then delete the unencrypted original.',
  fix: {
    cli: 'aws ec2 copy-snapshot --source-region REGION --source-snapshot-id SNAPSHOT_ID --encrypted --kms-key-id KEY_ARN',
  },
  params: {
    allowTag: {
      description: 'tag key marking snapshots deliberately published (value "true")',
      default: 'public-approved',
    },
  },
  evaluate(snapshot, { params }) {
    // Public snapshots cannot be encrypted: publishing is covered by the public-snapshot check.
    if (tagged(snapshot, String(params.allowTag), ['true']))
      return notApplicable('A deliberately published snapshot.');
    const enc = need<{ enabled: boolean }>(snapshot, 'encryption');
    return enc.enabled
      ? pass('The snapshot is encrypted.')
      : fail('The snapshot is not encrypted.', [{ path: 'encryption.enabled', value: false }]);
  },
});
