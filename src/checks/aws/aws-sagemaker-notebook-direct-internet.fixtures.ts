import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const nb = (raw: Record<string, unknown>) =>
  aws('ml.notebook', {}, { service: 'sagemaker', raw: { NotebookInstanceName: 'nb', ...raw } });

export const cases: CheckCase[] = [
  { name: 'disabled', expect: 'pass', resource: nb({ DirectInternetAccess: 'Disabled' }) },
  { name: 'enabled', expect: 'fail', resource: nb({ DirectInternetAccess: 'Enabled' }) },
  { name: 'deleting', expect: 'not_applicable', resource: nb({ NotebookInstanceStatus: 'Deleting' }) },
  { name: 'unknown', expect: 'error', resource: nb({}) },
];
