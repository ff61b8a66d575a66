import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const vm = (n: string, body: Record<string, unknown>) =>
  gcp('compute.instance', names.instance(n), { name: n, ...body });
const labelled = { labels: { 'confidential-required': 'true' } };

export const cases: CheckCase[] = [
  {
    name: 'confidential',
    expect: 'pass',
    resource: vm('a', { ...labelled, confidentialInstanceConfig: { enableConfidentialCompute: true } }),
  },
  {
    name: 'SEV-SNP type',
    expect: 'pass',
    resource: vm('b', { ...labelled, confidentialInstanceConfig: { confidentialInstanceType: 'SEV_SNP' } }),
  },
  { name: 'labelled but not confidential', expect: 'fail', resource: vm('c', { ...labelled }) },
  { name: 'every instance required', expect: 'fail', params: { label: '' }, resource: vm('d', {}) },
  { name: 'not labelled', expect: 'not_applicable', resource: vm('e', {}) },
  {
    name: 'not collected',
    expect: 'error',
    resource: gcp('compute.instance', names.instance('f'), {}, { raw: {} }),
  },
];
