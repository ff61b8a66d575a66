import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const DISK = 'Microsoft.Compute/disks';
const disk = (
  name: string,
  encryption: Record<string, unknown>,
  state = 'Attached',
  extra: Record<string, unknown> = {},
) =>
  az('storage.volume', DISK, name, {
    managedBy: '/subscriptions/x/resourcegroups/rg/providers/microsoft.compute/virtualmachines/vm1',
    properties: { diskState: state, encryption, ...extra },
  });

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
    resource: disk('d3', { type: 'EncryptionAtRestWithPlatformKey' }, 'Attached', {
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
      properties: { diskState: 'Unattached', encryption: { type: 'EncryptionAtRestWithPlatformKey' } },
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
    resource: disk('d7', {}, 'Attached', { encryption: undefined }),
  },
];
