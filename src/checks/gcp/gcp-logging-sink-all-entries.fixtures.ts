import type { CheckCase } from '../testing.js';
import { gcp, names, project } from './testkit.js';

const sink = (n: string, body: Record<string, unknown>, parent?: string) =>
  gcp('logging.trail', names.sink(n, parent), {
    destination: 'storage.googleapis.com/central-logs',
    ...body,
  });

export const cases: CheckCase[] = [
  {
    name: 'project sink without a filter',
    expect: 'pass',
    resource: project(),
    inventory: [sink('all', {})],
  },
  {
    name: 'aggregated organization sink',
    expect: 'pass',
    resource: project(),
    inventory: [sink('org-all', { includeChildren: true }, 'organizations/555')],
  },
  {
    name: 'filtered sink only',
    expect: 'fail',
    resource: project(),
    inventory: [sink('errors', { filter: 'severity>=ERROR' })],
  },
  {
    name: 'sinks exist only for another project',
    expect: 'fail',
    resource: project(),
    inventory: [sink('all', {}, 'projects/other-project')],
  },
  {
    name: 'disabled sink',
    expect: 'fail',
    resource: project(),
    inventory: [sink('all', { disabled: true })],
  },
  {
    name: 'a folder',
    expect: 'not_applicable',
    resource: gcp('identity.account', names.folder(), { displayName: 'prod' }),
  },
  { name: 'no sinks collected', expect: 'error', resource: project() },
];
