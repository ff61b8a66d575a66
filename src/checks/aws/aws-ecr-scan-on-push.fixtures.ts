import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const repo = (raw: Record<string, unknown> | undefined, service = 'ecr') =>
  aws('container.registry', {}, { service, ...(raw ? { raw: { repositoryName: 'app', ...raw } } : {}) });

export const cases: CheckCase[] = [
  {
    name: 'scan on push',
    expect: 'pass',
    resource: repo({ imageScanningConfiguration: { scanOnPush: true } }),
  },
  {
    name: 'enhanced scanning',
    expect: 'pass',
    resource: repo({ imageScanningConfiguration: { scanOnPush: false }, RegistryScanningType: 'ENHANCED' }),
  },
  { name: 'off', expect: 'fail', resource: repo({ imageScanningConfiguration: { scanOnPush: false } }) },
  { name: 'another registry', expect: 'not_applicable', resource: repo({}, 'ecr-public') },
  { name: 'document missing', expect: 'error', resource: repo(undefined) },
];
