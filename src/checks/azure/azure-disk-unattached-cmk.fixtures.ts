import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const DISK = 'Microsoft.Compute/disks';
const disk = (
  name: string,
  encryption: Record<string, unknown>,
  state = 'Unattached',
  extra: Record<string, unknown> = {},
) => az('storage.volume', DISK, name, { properties: { diskState: state, encryption, ...extra } });

export const cases: CheckCase[] = [
  {
    name: 'customer-managed key',
    expect: 'pass',
    resource: disk('d1', { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: 'des' }),
  },
  {
    name: 'double encryption with a customer key',
    expect: 'pass',
    resource: disk('d2', { type: 'EncryptionAtRestWithPlatformAndCustomerKeys' }),
  },
  {
    name: 'Azure Disk Encryption',
    expect: 'pass',
    resource: disk('d3', { type: 'EncryptionAtRestWithPlatformKey' }, 'Unattached', {
      encryptionSettingsCollection: { enabled: true },
    }),
  },
  { name: 'platform key', expect: 'fail', resource: disk('d4', { type: 'EncryptionAtRestWithPlatformKey' }) },
  {
    name: 'platform key accepted by parameter',
    expect: 'pass',
    params: { requireCustomerManagedKey: false },
    resource: disk('d5', { type: 'EncryptionAtRestWithPlatformKey' }),
  },
  {
    name: 'the other attachment state',
    expect: 'not_applicable',
    resource: az('storage.volume', DISK, 'd6', {
      properties: { diskState: 'Attached', encryption: { type: 'EncryptionAtRestWithPlatformKey' } },
      managedBy: 'vm',
    }),
  },
  {
    name: 'a snapshot',
    expect: 'not_applicable',
    resource: az('storage.volume', 'Microsoft.Compute/snapshots', 's1'),
  },
  {
    name: 'encryption not collected',
    expect: 'error',
    resource: disk('d7', {}, 'Unattached', { encryption: undefined }),
  },
];
