import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const FLOW = 'Microsoft.Network/networkWatchers/flowLogs';
const log = (name: string, p: Record<string, unknown>) =>
  az('logging.flow-log', FLOW, `NetworkWatcher_eastus/${name}`, { properties: { enabled: true, ...p } });

export const cases: CheckCase[] = [
  { name: '90 days', expect: 'pass', resource: log('a', { retentionPolicy: { enabled: true, days: 90 } }) },
  { name: 'forever', expect: 'pass', resource: log('b', { retentionPolicy: { enabled: true, days: 0 } }) },
  { name: '30 days', expect: 'fail', resource: log('c', { retentionPolicy: { enabled: true, days: 30 } }) },
  {
    name: 'policy disabled',
    expect: 'fail',
    resource: log('d', { retentionPolicy: { enabled: false, days: 0 } }),
  },
  {
    name: 'flow log disabled',
    expect: 'not_applicable',
    resource: log('e', { enabled: false, retentionPolicy: { enabled: false, days: 0 } }),
  },
  { name: 'not collected', expect: 'error', resource: log('f', {}) },
];
