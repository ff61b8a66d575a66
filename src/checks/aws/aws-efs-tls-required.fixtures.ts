import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'required',
    expect: 'pass',
    resource: aws('storage.file-share', { encryptionInTransit: true }, { service: 'efs' }),
  },
  {
    name: 'optional',
    expect: 'fail',
    resource: aws('storage.file-share', { encryptionInTransit: false }, { service: 'efs' }),
  },
  { name: 'FSx', expect: 'not_applicable', resource: aws('storage.file-share', {}, { service: 'fsx' }) },
  { name: 'policy unreadable', expect: 'error', resource: aws('storage.file-share', {}, { service: 'efs' }) },
];
