import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const ds = (n: string, access?: unknown[]) =>
  gcp('database.warehouse', names.dataset(n), {
    datasetReference: { datasetId: n },
    ...(access ? { access } : {}),
  });

export const cases: CheckCase[] = [
  {
    name: 'project roles and a group',
    expect: 'pass',
    resource: ds('a', [
      { role: 'OWNER', specialGroup: 'projectOwners' },
      { role: 'READER', groupByEmail: 'analysts@acme.com' },
    ]),
  },
  {
    name: 'allAuthenticatedUsers',
    expect: 'fail',
    resource: ds('b', [{ role: 'READER', specialGroup: 'allAuthenticatedUsers' }]),
  },
  {
    name: 'allUsers through iamMember',
    expect: 'fail',
    resource: ds('c', [{ role: 'roles/bigquery.dataViewer', iamMember: 'allUsers' }]),
  },
  {
    name: 'a table',
    expect: 'not_applicable',
    resource: gcp('database.warehouse', names.table('a', 't'), {}),
  },
  { name: 'access list not collected', expect: 'error', resource: ds('d') },
];
