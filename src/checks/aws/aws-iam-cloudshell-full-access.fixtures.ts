import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const ID = 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess';
const policy = (attachedTo: string[] | undefined, id = ID) =>
  aws('identity.policy', attachedTo ? { attachedTo, managedBy: 'provider' } : { managedBy: 'provider' }, {
    id,
    service: 'iam',
  });

export const cases: CheckCase[] = [
  { name: 'not attached', expect: 'pass', resource: policy([]) },
  { name: 'attached to a group', expect: 'fail', resource: policy(['arn:aws:iam::111122223333:group/devs']) },
  {
    name: 'another managed policy',
    expect: 'not_applicable',
    resource: policy(['x'], 'arn:aws:iam::aws:policy/ReadOnlyAccess'),
  },
  { name: 'attachments unknown', expect: 'error', resource: policy(undefined) },
];
