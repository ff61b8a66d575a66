import type { CheckCase } from '../testing.js';
import { gcp, names, project } from './testkit.js';

const org = gcp('identity.account', names.organization(), {
  name: 'organizations/555',
  displayName: 'acme.com',
});
const contact = (n: string, categories: string[], parent = 'organizations/555') =>
  gcp('monitoring.config', `//essentialcontacts.googleapis.com/${parent}/contacts/${n}`, {
    email: `${n}@acme.com`,
    notificationCategorySubscriptions: categories,
  });

export const cases: CheckCase[] = [
  { name: 'ALL category', expect: 'pass', resource: org, inventory: [contact('secops', ['ALL'])] },
  {
    name: 'categories spread over contacts',
    expect: 'pass',
    resource: org,
    inventory: [contact('secops', ['SECURITY', 'TECHNICAL']), contact('legal', ['LEGAL', 'SUSPENSION'])],
  },
  {
    name: 'security missing',
    expect: 'fail',
    resource: org,
    inventory: [contact('ops', ['TECHNICAL', 'LEGAL', 'SUSPENSION'])],
    message: 'SECURITY',
  },
  { name: 'a project', expect: 'not_applicable', resource: project() },
  { name: 'contacts not collected', expect: 'error', resource: org },
];
