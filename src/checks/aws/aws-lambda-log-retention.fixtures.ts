import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws, REGION } from './fixture-kit.js';

const GROUP = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/orders`;
const fn = (raw: Record<string, unknown> = { FunctionName: 'orders' }, service = 'lambda') =>
  aws('compute.function', { runtime: 'python3.13' }, { service, raw });
const group = (props: Record<string, unknown>, raw: Record<string, unknown> = {}, id = GROUP) =>
  aws('logging.log-group', props, { id, service: 'cloudwatch', raw });

export const cases: CheckCase[] = [
  { name: 'one year', expect: 'pass', resource: fn(), inventory: [group({ retentionDays: 365 })] },
  {
    name: 'never expires',
    expect: 'pass',
    resource: fn(),
    inventory: [group({}, { logGroupName: '/aws/lambda/orders' })],
  },
  {
    name: 'custom log group from the logging config',
    expect: 'fail',
    resource: fn({
      FunctionName: 'orders',
      LoggingConfig: { LogGroup: '/shared/functions', LogFormat: 'JSON' },
    }),
    inventory: [
      group({ retentionDays: 14 }, {}, `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/shared/functions`),
    ],
  },
  {
    name: 'three days',
    expect: 'fail',
    resource: fn(),
    inventory: [group({ retentionDays: 3 })],
    message: 'after 3 days',
  },
  { name: 'not Lambda', expect: 'not_applicable', resource: fn({ FunctionName: 'x' }, 'cloud-functions') },
  { name: 'log group not collected', expect: 'error', resource: fn(), message: 'not in the inventory' },
];
