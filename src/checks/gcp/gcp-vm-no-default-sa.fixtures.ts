import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const vm = (n: string, body: Record<string, unknown>) =>
  gcp('compute.instance', names.instance(n), { name: n, status: 'RUNNING', ...body });
const sa = (email: string, scopes = ['https://www.googleapis.com/auth/cloud-platform']) => ({
  serviceAccounts: [{ email, scopes }],
});

export const cases: CheckCase[] = [
  {
    name: 'dedicated service account',
    expect: 'pass',
    resource: vm('app', sa('app-runtime@acme-prod.iam.gserviceaccount.com')),
  },
  { name: 'no service account', expect: 'pass', resource: vm('bare', { serviceAccounts: [] }) },
  {
    name: 'default service account',
    expect: 'fail',
    resource: vm('legacy', sa('123456789012-compute@developer.gserviceaccount.com')),
  },
  {
    name: 'GKE node',
    expect: 'not_applicable',
    resource: vm('gke-prod-pool-1-abcd', {
      ...sa('123456789012-compute@developer.gserviceaccount.com'),
      labels: { 'goog-gke-node': '' },
    }),
  },
  {
    name: 'body not collected',
    expect: 'error',
    resource: gcp('compute.instance', names.instance('x'), {}, { raw: {} }),
  },
];
