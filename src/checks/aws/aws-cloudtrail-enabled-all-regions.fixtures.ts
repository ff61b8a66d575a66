import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const account = () => aws('identity.account', {}, { service: 'iam' });
const trail = (props: Record<string, unknown>, raw: Record<string, unknown> = {}) =>
  aws('logging.trail', props, { service: 'cloudtrail', raw: { Name: 'main', ...raw } });
const all = { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }] };

export const cases: CheckCase[] = [
  {
    name: 'multi-region trail logging all management events',
    expect: 'pass',
    resource: account(),
    inventory: [trail({ multiRegion: true, logging: true }, all)],
  },
  {
    name: 'advanced selectors for management events',
    expect: 'pass',
    resource: account(),
    inventory: [
      trail(
        { multiRegion: true, logging: true },
        {
          AdvancedEventSelectors: [
            { Name: 'mgmt', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
          ],
        },
      ),
    ],
  },
  {
    name: 'an organisation trail from the management account counts',
    expect: 'pass',
    resource: account(),
    inventory: [
      aws(
        'logging.trail',
        { multiRegion: true, logging: true },
        { account: '999988887777', raw: { IsOrganizationTrail: true, ...all } },
      ),
    ],
  },
  {
    name: 'single-region trail only',
    expect: 'fail',
    resource: account(),
    inventory: [trail({ multiRegion: false, logging: true }, all)],
  },
  {
    name: 'write-only management events',
    expect: 'fail',
    resource: account(),
    inventory: [
      trail(
        { multiRegion: true, logging: true },
        { EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }] },
      ),
    ],
  },
  {
    name: 'logging stopped',
    expect: 'fail',
    resource: account(),
    inventory: [trail({ multiRegion: true, logging: false }, all)],
  },
  { name: 'no trail at all', expect: 'fail', resource: account() },
  {
    name: 'closed account',
    expect: 'not_applicable',
    resource: aws('identity.account', {}, { raw: { Status: 'SUSPENDED' } }),
  },
  {
    name: 'trails could not be listed',
    expect: 'error',
    resource: aws(
      'identity.account',
      {},
      { unknown: [{ path: 'logging.trail', reason: 'AccessDenied on DescribeTrails' }] },
    ),
    message: 'AccessDenied',
  },
  {
    name: 'trail status not collected',
    expect: 'error',
    resource: account(),
    inventory: [trail({ multiRegion: true }, all)],
    message: 'not fully collected',
  },
];
