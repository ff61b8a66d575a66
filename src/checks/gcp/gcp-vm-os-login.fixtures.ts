import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const vm = (n: string, items: { key: string; value: string }[] = [], extra: Record<string, unknown> = {}) =>
  gcp('compute.instance', names.instance(n), { name: n, metadata: { items }, ...extra });
const projectMeta = (items: { key: string; value: string }[]) =>
  gcp('monitoring.config', names.computeProject(), { name: 'acme-prod', commonInstanceMetadata: { items } });

export const cases: CheckCase[] = [
  {
    name: 'enabled for the project',
    expect: 'pass',
    resource: vm('a'),
    inventory: [projectMeta([{ key: 'enable-oslogin', value: 'TRUE' }])],
  },
  {
    name: 'enabled on the instance',
    expect: 'pass',
    resource: vm('b', [{ key: 'enable-oslogin', value: 'true' }]),
  },
  {
    name: 'instance overrides the project',
    expect: 'fail',
    resource: vm('c', [{ key: 'enable-oslogin', value: 'FALSE' }]),
    inventory: [projectMeta([{ key: 'enable-oslogin', value: 'TRUE' }])],
  },
  { name: 'not enabled anywhere', expect: 'fail', resource: vm('d'), inventory: [projectMeta([])] },
  {
    name: 'GKE node',
    expect: 'not_applicable',
    resource: vm('gke-n', [], { labels: { 'goog-gke-node': '' } }),
  },
  {
    name: 'project metadata not collected',
    expect: 'error',
    resource: vm('e'),
    message: 'commonInstanceMetadata',
  },
];
