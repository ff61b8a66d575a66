import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const repo = (raw: Record<string, unknown>, service = 'ecr') =>
  aws('container.registry', {}, { service, raw: { repositoryName: 'app', ...raw } });

export const cases: CheckCase[] = [
  { name: 'immutable', expect: 'pass', resource: repo({ imageTagMutability: 'IMMUTABLE' }) },
  { name: 'mutable', expect: 'fail', resource: repo({ imageTagMutability: 'MUTABLE' }) },
  { name: 'another registry', expect: 'not_applicable', resource: repo({}, 'ecr-public') },
  { name: 'unknown', expect: 'error', resource: repo({}) },
];
