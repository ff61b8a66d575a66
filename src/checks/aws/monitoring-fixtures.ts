/** Fixture cases shared by the CIS section 4 metric-filter checks: trail → log group → metric filter → alarm. */
import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws, REGION } from './fixture-kit.js';

const GROUP = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:cloudtrail`;

function estate(
  pattern: string,
  alarmActions: string[] = [`arn:aws:sns:${REGION}:${ACCOUNT}:security-alerts`],
) {
  return [
    aws(
      'logging.trail',
      { multiRegion: true, logging: true },
      { service: 'cloudtrail', raw: { Name: 'main', CloudWatchLogsLogGroupArn: `${GROUP}:*` } },
    ),
    aws(
      'logging.log-group',
      { retentionDays: 365 },
      {
        id: GROUP,
        service: 'cloudwatch',
        raw: {
          logGroupName: 'cloudtrail',
          metricFilters: [
            {
              filterName: 'watched',
              filterPattern: pattern,
              metricTransformations: [
                { metricName: 'WatchedEvents', metricNamespace: 'CISBenchmark', metricValue: '1' },
              ],
            },
          ],
        },
      },
    ),
    aws(
      'monitoring.alarm',
      {},
      {
        service: 'cloudwatch',
        raw: {
          AlarmName: 'watched',
          MetricName: 'WatchedEvents',
          Namespace: 'CISBenchmark',
          AlarmActions: alarmActions,
        },
      },
    ),
  ];
}

/** `{ ($.eventSource = src) && (($.eventName = A) || ($.eventName = B) …) }` */
export function eventPattern(names: readonly string[], source?: string): string {
  const events = names.map((n) => `($.eventName = ${n})`).join(' || ');
  return source ? `{ ($.eventSource = ${source}) && (${events}) }` : `{ ${events} }`;
}

/** Pass, fail, not-applicable and error cases for one section 4 check. */
export function metricFilterCases(good: string, bad: string): CheckCase[] {
  const account = () => aws('identity.account', {}, { service: 'iam' });
  const [trail, group] = estate(good);
  return [
    {
      name: 'metric filter with an alarm that notifies',
      expect: 'pass',
      resource: account(),
      inventory: estate(good),
    },
    { name: 'filter pattern misses events', expect: 'fail', resource: account(), inventory: estate(bad) },
    { name: 'alarm without an action', expect: 'fail', resource: account(), inventory: estate(good, []) },
    {
      name: 'trail not sent to CloudWatch Logs',
      expect: 'fail',
      resource: account(),
      inventory: [aws('logging.trail', { multiRegion: true, logging: true }, { raw: { Name: 'main' } })],
    },
    {
      name: 'watched in an external SIEM',
      expect: 'not_applicable',
      resource: account(),
      inventory: estate(bad),
      params: { monitoredElsewhere: true },
    },
    {
      name: 'log group not in the inventory',
      expect: 'error',
      resource: account(),
      inventory: trail ? [trail] : [],
      message: 'log group',
    },
    {
      name: 'metric filters not collected',
      expect: 'error',
      resource: account(),
      inventory: trail && group ? [trail, { ...group, raw: { logGroupName: 'cloudtrail' } }] : [],
      message: 'metric filters',
    },
  ];
}
