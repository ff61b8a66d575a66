import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** EBS volumes are encrypted at rest. */
export default defineCheck({
  id: 'aws-ec2-volume-encrypted',
  title: 'EBS volumes are encrypted',
  rationale:
    'An unencrypted volume exposes its data through every snapshot, copy and shared AMI made from it. Encryption ' +
    'makes access to the data depend on the KMS key as well.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['storage.volume'],
  controls: ['EAR-01'],
  remediation:
    'Snapshot the volume, copy the snapshot with encryption, create a volume from it and swap it in; turn on EBS encryption by default.',
  fix: {
    cli: 'aws ec2 copy-snapshot --source-region REGION --source-snapshot-id SNAPSHOT_ID --encrypted --kms-key-id KEY_ARN',
    terraform: 'resource "aws_ebs_volume" "this" {\n  encrypted = true\n}',
  },
  evaluate(volume) {
    const state = volume.properties.state;
    if (state === 'deleting' || state === 'deleted') return notApplicable(`The volume is ${state}.`);
    const enc = need<{ enabled: boolean }>(volume, 'encryption');
    return enc.enabled
      ? pass('The volume is encrypted.', [{ path: 'encryption.enabled', value: true }])
      : fail('The volume is not encrypted.', [{ path: 'encryption.enabled', value: false }]);
  },
});
