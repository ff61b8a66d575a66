import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const vm = (n: string, items: { key: string; value: string }[] = []) =>
  gcp('compute.instance', names.instance(n), { name: n, metadata: { items } });
const projectMeta = (items: { key: string; value: string }[]) =>
  gcp('monitoring.config', names.computeProject(), { name: 'acme-prod', commonInstanceMetadata: { items } });

export const cases: CheckCase[] = [
  { name: 'off everywhere', expect: 'pass', resource: vm('a'), inventory: [projectMeta([])] },
  {
    name: 'on for the instance',
    expect: 'fail',
    resource: vm('b', [{ key: 'serial-port-enable', value: 'TRUE' }]),
  },
  {
    name: 'on for the project',
    expect: 'fail',
    resource: vm('c'),
    inventory: [projectMeta([{ key: 'serial-port-enable', value: '1' }])],
  },
  { name: 'a disk', expect: 'not_applicable', resource: gcp('compute.instance', names.disk('d'), {}) },
  { name: 'project metadata not collected', expect: 'error', resource: vm('e') },
];
