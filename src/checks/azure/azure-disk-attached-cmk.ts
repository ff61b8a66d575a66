import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, norm, T } from './util.js';

export default defineCheck<'storage.volume', { requireCustomerManagedKey: boolean }>({
  id: 'azure-disk-attached-cmk',
  title: 'Attached disks are encrypted with customer-managed keys',
  rationale:
    'OS and data disks are encrypted by default with keys Microsoft holds. A customer-managed key lets the ' +
    'organisation control, rotate and revoke the key, and so decide whether the disk contents can be read at all.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['storage.volume'],
  controls: ['EAR-02', 'EAR-01'],
  remediation:
    'Encrypt the disk with a disk encryption set that uses a Key Vault key (server-side encryption with a ' +
    'customer-managed key), or with Azure Disk Encryption.',
  fix: {
    cli: 'az disk update --name DISK --resource-group RG --encryption-type EncryptionAtRestWithCustomerKey --disk-encryption-set DES_ID',
  },
  references: { 'cis-azure-foundations': ['7.3'] },
  params: {
    requireCustomerManagedKey: {
      description: 'require a customer-managed key; when false, platform-managed encryption is accepted',
      default: true,
    },
  },
  evaluate(disk, { params }) {
    if (!isType(disk, T.disk)) return notApplicable('Not a managed disk.');
    const attachedTo = norm<string[]>(disk, 'attachedTo');
    const state = armValue<string>(disk, 'properties.diskState');
    const managedBy = armValue<string>(disk, 'managedBy');
    if (attachedTo === undefined && state === undefined && managedBy === undefined)
      throw new MissingData('raw.properties.diskState', 'whether the disk is attached is not known');
    const attached =
      (attachedTo?.length ?? 0) > 0 ||
      Boolean(managedBy) ||
      ['attached', 'reserved'].includes((state ?? '').toLowerCase());
    if (attached !== true)
      return notApplicable('The disk is not attached to a VM (see azure-disk-unattached-cmk).');
    const keyType = norm<string>(disk, 'encryption.keyType');
    const type = armValue<string>(disk, 'properties.encryption.type');
    const ade = armValue<boolean>(disk, 'properties.encryptionSettingsCollection.enabled') === true;
    if (keyType === undefined && type === undefined && !ade)
      throw new MissingData(
        'raw.properties.encryption.type',
        'the disk encryption settings were not collected',
      );
    const cmk =
      keyType === 'customer-managed' ||
      keyType === 'customer-supplied' ||
      ade ||
      /customerkey/i.test(type ?? '');
    const evidence = [ev('encryption.type', type ?? keyType), ev('azureDiskEncryption', ade)];
    if (cmk)
      return pass(
        ade
          ? 'Encrypted with Azure Disk Encryption (keys in Key Vault).'
          : 'Encrypted with a customer-managed key.',
        evidence,
      );
    if (!params.requireCustomerManagedKey)
      return pass('Encrypted at rest with a platform-managed key.', evidence);
    return fail('Encrypted with a platform-managed key only.', evidence);
  },
});
