import { defineCheck } from '../define.js';
import { diskCustomerKey } from './factories.js';

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
  evaluate: diskCustomerKey(true),
});
