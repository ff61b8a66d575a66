import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, labelsOf, needBody, norm, value } from './util.js';

export default defineCheck<'storage.volume', { label: string; acceptCmek: boolean }>({
  id: 'gcp-disk-csek-critical',
  title: 'Disks of critical VMs are encrypted with customer-supplied keys',
  rationale:
    'With a customer-supplied encryption key Google does not keep the key: the disk cannot be read, attached or ' +
    'snapshotted without it. For the most critical systems this keeps control of the data with the organisation.',
  severity: 'low',
  providers: ['gcp'],
  kinds: ['storage.volume'],
  controls: ['EAR-02'],
  remediation:
    'Recreate the disk with a customer-supplied key (--csek-key-file), or set acceptCmek to accept a Cloud KMS key ' +
    'where CSEK is impractical.',
  fix: { cli: 'gcloud compute disks create DISK --zone=ZONE --csek-key-file=keys.json' },
  references: { 'cis-gcp-foundations': ['4.7'] },
  params: {
    label: { description: 'label key (value "true") marking disks of critical VMs', default: 'critical' },
    acceptCmek: {
      description: 'accept a customer-managed Cloud KMS key instead of a customer-supplied one',
      default: false,
    },
  },
  evaluate(disk, { params }) {
    if (!isAsset(disk, A.disk)) return notApplicable('Not a Compute Engine disk.');
    const keyType = norm<string>(disk, 'encryption.keyType');
    if (keyType === undefined) needBody(disk);
    if (labelsOf(disk)[params.label] !== 'true')
      return notApplicable(`Not labelled as critical (${params.label}=true).`);
    const csek =
      keyType === 'customer-supplied' ||
      Boolean(value(disk, 'diskEncryptionKey.sha256') ?? value(disk, 'diskEncryptionKey.rsaEncryptedKey'));
    const cmek = keyType === 'customer-managed' || Boolean(value(disk, 'diskEncryptionKey.kmsKeyName'));
    if (csek)
      return pass('Encrypted with a customer-supplied key.', [ev('diskEncryptionKey', 'customer-supplied')]);
    if (cmek && params.acceptCmek)
      return pass('Encrypted with a customer-managed Cloud KMS key.', [
        ev('diskEncryptionKey', 'customer-managed'),
      ]);
    return fail(
      `Encrypted with a ${cmek ? 'Cloud KMS' : 'Google-managed'} key, not a customer-supplied one.`,
      [ev('diskEncryptionKey', cmek ? 'customer-managed' : 'google-managed')],
    );
  },
});
