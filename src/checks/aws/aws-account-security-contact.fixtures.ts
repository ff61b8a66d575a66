import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const security = {
  AlternateContactType: 'SECURITY',
  EmailAddress: 'sec@example.com',
  Name: 'Sec',
  PhoneNumber: '+1-555-0100',
  Title: 'CISO',
};
const billing = { ...security, AlternateContactType: 'BILLING' };

export const cases: CheckCase[] = [
  {
    name: 'security contact set',
    expect: 'pass',
    resource: aws('identity.account', {}, { raw: { AlternateContacts: [billing, security] } }),
  },
  {
    name: 'only a billing contact',
    expect: 'fail',
    resource: aws('identity.account', {}, { raw: { AlternateContacts: [billing] } }),
  },
  {
    name: 'none set',
    expect: 'fail',
    resource: aws('identity.account', {}, { raw: { AlternateContacts: [] } }),
  },
  {
    name: 'suspended account',
    expect: 'not_applicable',
    resource: aws('identity.account', {}, { raw: { Status: 'SUSPENDED', AlternateContacts: [] } }),
  },
  {
    name: 'contacts not readable',
    expect: 'error',
    resource: aws(
      'identity.account',
      {},
      {
        raw: {},
        unknown: [{ path: 'raw.AlternateContacts', reason: 'AccessDenied on GetAlternateContact' }],
      },
    ),
    message: 'AccessDenied',
  },
];
