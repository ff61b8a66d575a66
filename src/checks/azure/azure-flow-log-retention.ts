import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, T } from './util.js';

export default defineCheck<'logging.flow-log', { minimumDays: number }>({
  id: 'azure-flow-log-retention',
  title: 'Flow logs are kept at least 90 days',
  rationale:
    'Network flow records are often needed weeks after the fact to trace an intrusion. A retention policy that ' +
    'deletes them sooner removes that evidence.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['logging.flow-log'],
  controls: ['LOG-03', 'LOG-04'],
  remediation:
    'Set the flow log retention policy to enabled with 90 days or more (0 keeps records indefinitely).',
  fix: { cli: 'az network watcher flow-log update --location LOCATION --name FLOWLOG --retention 90' },
  references: { 'cis-azure-foundations': ['6.5'] },
  params: { minimumDays: { description: 'shortest acceptable retention, in days', default: 90 } },
  evaluate(log, { params }) {
    if (!isType(log, T.flowLog)) return notApplicable('Not an Azure network flow log.');
    if (armValue<boolean>(log, 'properties.enabled') === false)
      return notApplicable('The flow log is disabled.');
    const policy = armValue<Record<string, unknown>>(log, 'properties.retentionPolicy');
    if (policy === undefined)
      throw new MissingData('raw.properties.retentionPolicy', 'not in the collected data');
    const enabled = policy.enabled === true;
    const days = typeof policy.days === 'number' ? policy.days : 0;
    const evidence = [ev('retentionPolicy', policy)];
    if (!enabled) return fail('The retention policy is not enabled.', evidence);
    if (days === 0) return pass('Flow records are kept indefinitely.', evidence);
    return days >= params.minimumDays
      ? pass(`Flow records are kept ${days} days.`, evidence)
      : fail(`Flow records are deleted after ${days} days (minimum ${params.minimumDays}).`, evidence);
  },
});
