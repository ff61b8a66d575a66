import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const stream = (raw: Record<string, unknown>, service = 'kinesis') =>
  aws('messaging.stream', {}, { service, raw });

export const cases: CheckCase[] = [
  {
    name: 'KMS',
    expect: 'pass',
    resource: stream({
      StreamDescriptionSummary: { StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' },
    }),
  },
  {
    name: 'none',
    expect: 'fail',
    resource: stream({ StreamDescriptionSummary: { StreamName: 's', EncryptionType: 'NONE' } }),
  },
  { name: 'MSK cluster', expect: 'not_applicable', resource: stream({ ClusterName: 'k' }, 'msk') },
  { name: 'unknown', expect: 'error', resource: stream({ StreamDescriptionSummary: { StreamName: 's' } }) },
];
