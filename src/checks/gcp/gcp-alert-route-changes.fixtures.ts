import type { CheckCase } from '../testing.js';
import { gcp, names, project } from './testkit.js';

const FILTER =
  'resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")';
const metric = (n: string, filter: string, p?: string) =>
  gcp('monitoring.config', names.metric(n, p), { name: n, filter });
const alert = (n: string, metricName: string, enabled = true) =>
  gcp('monitoring.alarm', names.alertPolicy(n), {
    displayName: n,
    enabled,
    conditions: [
      {
        displayName: 'count > 0',
        conditionThreshold: {
          filter: `metric.type="logging.googleapis.com/user/${metricName}" AND resource.type="global"`,
          comparison: 'COMPARISON_GT',
        },
      },
    ],
    notificationChannels: ['projects/acme-prod/notificationChannels/1'],
  });

export const cases: CheckCase[] = [
  {
    name: 'metric and alert',
    expect: 'pass',
    resource: project(),
    inventory: [metric('watch', FILTER), alert('watch-alert', 'watch')],
  },
  {
    name: 'metric with a reformatted filter',
    expect: 'pass',
    resource: project(),
    inventory: [
      metric('watch2', FILTER.replace(/"/g, "'").replace(/ AND /g, '\n  AND ')),
      alert('a2', 'watch2'),
    ],
  },
  {
    name: 'metric without an alert',
    expect: 'fail',
    resource: project(),
    inventory: [metric('watch', FILTER), alert('other', 'unrelated')],
  },
  {
    name: 'alert disabled',
    expect: 'fail',
    resource: project(),
    inventory: [metric('watch', FILTER), alert('off', 'watch', false)],
  },
  {
    name: 'only unrelated metrics',
    expect: 'fail',
    resource: project(),
    inventory: [metric('errors', 'severity>=ERROR')],
  },
  {
    name: 'a folder',
    expect: 'not_applicable',
    resource: gcp('identity.account', names.folder(), { displayName: 'prod' }),
  },
  { name: 'no metrics collected', expect: 'error', resource: project() },
];
