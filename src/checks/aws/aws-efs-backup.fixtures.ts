import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'backed up',
    expect: 'pass',
    resource: aws('storage.file-share', { backup: true }, { service: 'efs' }),
  },
  {
    name: 'not backed up',
    expect: 'fail',
    resource: aws('storage.file-share', { backup: false }, { service: 'efs' }),
  },
  {
    name: 'build cache',
    expect: 'not_applicable',
    resource: aws('storage.file-share', { backup: false }, { service: 'efs', tags: { ephemeral: 'true' } }),
  },
  { name: 'unknown', expect: 'error', resource: aws('storage.file-share', {}, { service: 'efs' }) },
];
