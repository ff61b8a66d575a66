import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const msk = (transit: Record<string, unknown> | undefined) =>
  aws(
    'messaging.stream',
    {},
    {
      service: 'msk',
      raw: { ClusterName: 'k', EncryptionInfo: transit ? { EncryptionInTransit: transit } : {} },
    },
  );

export const cases: CheckCase[] = [
  { name: 'TLS only', expect: 'pass', resource: msk({ ClientBroker: 'TLS', InCluster: true }) },
  {
    name: 'TLS or plaintext',
    expect: 'fail',
    resource: msk({ ClientBroker: 'TLS_PLAINTEXT', InCluster: true }),
  },
  { name: 'in-cluster plaintext', expect: 'fail', resource: msk({ ClientBroker: 'TLS', InCluster: false }) },
  {
    name: 'serverless',
    expect: 'not_applicable',
    resource: aws('messaging.stream', {}, { service: 'msk', raw: { ClusterName: 'k', Serverless: {} } }),
  },
  { name: 'unknown', expect: 'error', resource: msk(undefined) },
];
