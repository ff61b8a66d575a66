import type { CheckCase } from '../testing.js';
import { daysAgo, gcp, names } from './testkit.js';

const sa = (keys: unknown[]) =>
  gcp('identity.principal', names.serviceAccount('1001'), {
    email: 'ci@acme-prod.iam.gserviceaccount.com',
    keys,
  });
const key = (id: string, age: number) => ({
  name: `keys/${id}`,
  keyType: 'USER_MANAGED',
  validAfterTime: daysAgo(age),
});

export const cases: CheckCase[] = [
  { name: 'recent key', expect: 'pass', resource: sa([key('k1', 20)]) },
  { name: 'stale key', expect: 'fail', resource: sa([key('k1', 20), key('k2', 200)]), message: 'k2' },
  {
    name: 'normalized access keys',
    expect: 'fail',
    resource: gcp(
      'identity.principal',
      names.serviceAccount('1002'),
      {},
      { properties: { accessKeys: [{ id: 'n1', active: true, created: daysAgo(120) }] } },
    ),
  },
  {
    name: 'no user-managed keys',
    expect: 'not_applicable',
    resource: sa([{ name: 'keys/sys', keyType: 'SYSTEM_MANAGED' }]),
  },
  {
    name: 'creation time missing',
    expect: 'error',
    resource: sa([{ name: 'keys/k9', keyType: 'USER_MANAGED' }]),
    message: 'k9',
  },
];
