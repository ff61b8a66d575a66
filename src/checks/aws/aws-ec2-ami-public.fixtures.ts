import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const image = (raw: Record<string, unknown>, extra = {}) =>
  aws('compute.image', {}, { service: 'ec2', raw: { ImageId: 'ami-1', OwnerId: ACCOUNT, ...raw }, ...extra });

export const cases: CheckCase[] = [
  { name: 'private', expect: 'pass', resource: image({ Public: false }) },
  { name: 'public', expect: 'fail', resource: image({ Public: true }) },
  {
    name: 'a marketplace image used by the account',
    expect: 'not_applicable',
    resource: image({ Public: true, OwnerId: '679593333241' }),
  },
  {
    name: 'published on purpose',
    expect: 'not_applicable',
    resource: image({ Public: true }, { tags: { 'public-approved': 'true' } }),
  },
  { name: 'unknown', expect: 'error', resource: image({}) },
];
