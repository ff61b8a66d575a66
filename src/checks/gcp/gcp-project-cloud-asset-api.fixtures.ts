import type { CheckCase } from '../testing.js';
import { gcp, names, PROJECT_NUMBER, project } from './testkit.js';

const service = (api: string, state = 'ENABLED', p = PROJECT_NUMBER) =>
  gcp(
    'monitoring.config',
    `//serviceusage.googleapis.com/projects/${p}/services/${api}`,
    { name: `projects/${p}/services/${api}`, state },
    { account: p },
  );

export const cases: CheckCase[] = [
  {
    name: 'enabled',
    expect: 'pass',
    resource: project(),
    inventory: [service('compute.googleapis.com'), service('cloudasset.googleapis.com')],
  },
  {
    name: 'not enabled',
    expect: 'fail',
    resource: project(),
    inventory: [service('compute.googleapis.com')],
  },
  {
    name: 'disabled state',
    expect: 'fail',
    resource: project(),
    inventory: [service('cloudasset.googleapis.com', 'DISABLED')],
  },
  { name: 'a folder', expect: 'not_applicable', resource: gcp('identity.account', names.folder(), {}) },
  {
    name: 'services of this project not collected',
    expect: 'error',
    resource: project(),
    inventory: [service('cloudasset.googleapis.com', 'ENABLED', '999')],
  },
];
