import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const nb = (raw: Record<string, unknown>) =>
  aws('ml.notebook', {}, { service: 'sagemaker', raw: { NotebookInstanceName: 'nb', ...raw } });

export const cases: CheckCase[] = [
  { name: 'disabled', expect: 'pass', resource: nb({ RootAccess: 'Disabled' }) },
  { name: 'enabled', expect: 'fail', resource: nb({ RootAccess: 'Enabled' }) },
  { name: 'deleting', expect: 'not_applicable', resource: nb({ NotebookInstanceStatus: 'Deleting' }) },
  { name: 'unknown', expect: 'error', resource: nb({}) },
];
