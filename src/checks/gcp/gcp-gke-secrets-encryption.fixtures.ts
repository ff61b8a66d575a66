import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const cluster = (n: string, body: Record<string, unknown>) =>
  gcp('compute.container-cluster', names.cluster(n), {
    name: n,
    currentMasterVersion: '1.30.5-gke.1',
    ...body,
  });

export const cases: CheckCase[] = [
  {
    name: 'compliant',
    expect: 'pass',
    resource: cluster('a', {
      databaseEncryption: {
        state: 'ENCRYPTED',
        keyName: 'projects/p/locations/us/keyRings/r/cryptoKeys/gke',
      },
    }),
  },
  {
    name: 'non-compliant',
    expect: 'fail',
    resource: cluster('b', { databaseEncryption: { state: 'DECRYPTED' } }),
  },

  {
    name: 'a node pool',
    expect: 'not_applicable',
    resource: gcp('compute.container-cluster', `${names.cluster('a')}/nodePools/default-pool`, {}),
  },
  {
    name: 'cluster not collected',
    expect: 'error',
    resource: gcp('compute.container-cluster', names.cluster('x'), {}, { raw: {} }),
  },
];
