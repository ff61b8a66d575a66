import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'encrypted',
    expect: 'pass',
    resource: aws('storage.file-share', { encryption: { enabled: true } }, { service: 'efs' }),
  },
  {
    name: 'unencrypted',
    expect: 'fail',
    resource: aws('storage.file-share', { encryption: { enabled: false } }, { service: 'efs' }),
  },
  {
    name: 'an FSx file system',
    expect: 'not_applicable',
    resource: aws('storage.file-share', { encryption: { enabled: false } }, { service: 'fsx' }),
  },
  { name: 'unknown', expect: 'error', resource: aws('storage.file-share', {}, { service: 'efs' }) },
];
