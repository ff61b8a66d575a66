import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const DEF = '123456789012-compute@developer.gserviceaccount.com';
const vm = (n: string, email: string, scopes: string[]) =>
  gcp('compute.instance', names.instance(n), { name: n, serviceAccounts: [{ email, scopes }] });

export const cases: CheckCase[] = [
  {
    name: 'default account with limited scopes',
    expect: 'pass',
    resource: vm('a', DEF, [
      'https://www.googleapis.com/auth/devstorage.read_only',
      'https://www.googleapis.com/auth/logging.write',
    ]),
  },
  {
    name: 'default account with full scope',
    expect: 'fail',
    resource: vm('b', DEF, ['https://www.googleapis.com/auth/cloud-platform']),
  },
  {
    name: 'dedicated account',
    expect: 'not_applicable',
    resource: vm('c', 'app@acme-prod.iam.gserviceaccount.com', [
      'https://www.googleapis.com/auth/cloud-platform',
    ]),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: gcp('compute.instance', names.instance('d'), {}, { raw: {} }),
  },
];
