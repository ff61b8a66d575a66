import { defineCheck } from '../define.js';
import { diskCustomerKey } from './factories.js';

export default defineCheck<'storage.volume', { requireCustomerManagedKey: boolean }>({
  id: 'azure-disk-unattached-cmk',
  title: 'Unattached disks are encrypted with customer-managed keys',
  rationale:
    'Detached disks are easily forgotten copies of production data that can be exported with a SAS URL. Encrypting ' +
    "them with a customer-managed key keeps them under the organisation's control even when no VM uses them.",
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
  references: { 'cis-azure-foundations': ['7.4'] },
  params: {
    requireCustomerManagedKey: {
      description: 'require a customer-managed key; when false, platform-managed encryption is accepted',
      default: true,
    },
  },
  evaluate: diskCustomerKey(false),
});
