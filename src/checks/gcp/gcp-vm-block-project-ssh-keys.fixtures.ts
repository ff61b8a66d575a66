import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const vm = (n: string, items: { key: string; value: string }[], extra: Record<string, unknown> = {}) =>
  gcp('compute.instance', names.instance(n), { name: n, metadata: { items }, ...extra });

export const cases: CheckCase[] = [
  { name: 'blocked', expect: 'pass', resource: vm('a', [{ key: 'block-project-ssh-keys', value: 'TRUE' }]) },
  { name: 'not set', expect: 'fail', resource: vm('b', [{ key: 'startup-script', value: 'echo hi' }]) },
  {
    name: 'explicitly false',
    expect: 'fail',
    resource: vm('c', [{ key: 'block-project-ssh-keys', value: 'false' }]),
  },
  {
    name: 'GKE node',
    expect: 'not_applicable',
    resource: vm('gke-x', [], { labels: { 'goog-gke-node': '' } }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: gcp('compute.instance', names.instance('d'), {}, { raw: {} }),
  },
];
