import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const vm = (n: string, shieldedInstanceConfig?: Record<string, unknown>) =>
  gcp('compute.instance', names.instance(n), {
    name: n,
    ...(shieldedInstanceConfig ? { shieldedInstanceConfig } : {}),
  });

export const cases: CheckCase[] = [
  {
    name: 'all on',
    expect: 'pass',
    resource: vm('a', { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true }),
  },
  {
    name: 'no vTPM',
    expect: 'fail',
    resource: vm('b', { enableSecureBoot: false, enableVtpm: false, enableIntegrityMonitoring: true }),
  },
  { name: 'no shielded config', expect: 'fail', resource: vm('c') },
  {
    name: 'an instance template',
    expect: 'not_applicable',
    resource: gcp(
      'compute.instance',
      '//compute.googleapis.com/projects/acme-prod/global/instanceTemplates/t1',
      {},
    ),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: gcp('compute.instance', names.instance('d'), {}, { raw: {} }),
  },
];
