import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const account = () => aws('identity.account', {}, { service: 'iam' });
const trail = (
  raw: Record<string, unknown>,
  props: Record<string, unknown> = { multiRegion: true, logging: true },
) => aws('logging.trail', props, { service: 'cloudtrail', raw: { Name: 'main', ...raw } });
const s3 = (rw: string, values = ['arn:aws:s3']) => ({
  EventSelectors: [
    {
      ReadWriteType: rw,
      IncludeManagementEvents: true,
      DataResources: [{ Type: 'AWS::S3::Object', Values: values }],
    },
  ],
});

export const cases: CheckCase[] = [
  { name: 'all S3 object events', expect: 'pass', resource: account(), inventory: [trail(s3('All'))] },
  { name: 'ReadOnly events', expect: 'pass', resource: account(), inventory: [trail(s3('ReadOnly'))] },
  {
    name: 'advanced selector for read events',
    expect: 'pass',
    resource: account(),
    inventory: [
      trail({
        AdvancedEventSelectors: [
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Data'] },
              { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
              { Field: 'readOnly', Equals: ['true'] },
            ],
          },
        ],
      }),
    ],
  },
  { name: 'only WriteOnly events', expect: 'fail', resource: account(), inventory: [trail(s3('WriteOnly'))] },
  {
    name: 'one bucket only',
    expect: 'fail',
    resource: account(),
    inventory: [trail(s3('All', ['arn:aws:s3:::reports/']))],
  },
  {
    name: 'management events only',
    expect: 'fail',
    resource: account(),
    inventory: [trail({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] })],
  },
  { name: 'no trail', expect: 'fail', resource: account() },
  {
    name: 'closed account',
    expect: 'not_applicable',
    resource: aws('identity.account', {}, { raw: { Status: 'SUSPENDED' } }),
  },
  { name: 'event selectors not collected', expect: 'error', resource: account(), inventory: [trail({})] },
];
