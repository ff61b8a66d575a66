import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const msk = (raw: Record<string, unknown> | undefined) =>
  aws('messaging.stream', {}, { service: 'msk', ...(raw ? { raw: { ClusterName: 'k', ...raw } } : {}) });

export const cases: CheckCase[] = [
  {
    name: 'disabled',
    expect: 'pass',
    resource: msk({ BrokerNodeGroupInfo: { ConnectivityInfo: { PublicAccess: { Type: 'DISABLED' } } } }),
  },
  {
    name: 'public EIPs',
    expect: 'fail',
    resource: msk({
      BrokerNodeGroupInfo: { ConnectivityInfo: { PublicAccess: { Type: 'SERVICE_PROVIDED_EIPS' } } },
    }),
  },
  {
    name: 'Kinesis stream',
    expect: 'not_applicable',
    resource: aws('messaging.stream', {}, { service: 'kinesis', raw: { StreamName: 's' } }),
  },
  { name: 'document missing', expect: 'error', resource: msk(undefined) },
];
