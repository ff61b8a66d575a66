import type { CheckCase } from '../testing.js';
import { daysAgo, gcp, names } from './testkit.js';

const SA = names.serviceAccount('110000000000000000001');
const sa = (body: Record<string, unknown> = {}, name = SA) =>
  gcp(
    'identity.principal',
    name,
    { email: 'app@acme-prod.iam.gserviceaccount.com', ...body },
    { properties: { type: 'service-account' } },
  );

export const cases: CheckCase[] = [
  {
    name: 'only a Google-managed key',
    expect: 'pass',
    resource: sa({ keys: [{ name: 'projects/p/serviceAccounts/x/keys/k1', keyType: 'SYSTEM_MANAGED' }] }),
  },
  {
    name: 'a user-managed key',
    expect: 'fail',
    resource: sa({
      keys: [
        {
          name: 'projects/p/serviceAccounts/x/keys/abc123',
          keyType: 'USER_MANAGED',
          validAfterTime: daysAgo(3),
        },
      ],
    }),
    message: 'abc123',
  },
  {
    name: 'key collected as its own asset',
    expect: 'fail',
    resource: sa({}, names.serviceAccount('110000000000000000002')),
    inventory: [
      gcp('identity.principal', `${names.serviceAccount('110000000000000000002')}/keys/def456`, {
        keyType: 'USER_MANAGED',
        validAfterTime: daysAgo(10),
      }),
    ],
  },
  {
    name: 'a disabled user-managed key',
    expect: 'pass',
    resource: sa({ keys: [{ name: 'k/old', keyType: 'USER_MANAGED', disabled: true }] }),
  },
  {
    name: 'a user account',
    expect: 'not_applicable',
    resource: gcp('identity.principal', '//cloudidentity.googleapis.com/users/123', {
      primaryEmail: 'a@acme.com',
    }),
  },
  { name: 'keys not collected', expect: 'error', resource: sa() },
];
