import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const nb = (raw: Record<string, unknown> | undefined) =>
  aws(
    'ml.notebook',
    {},
    { service: 'sagemaker', ...(raw ? { raw: { NotebookInstanceName: 'nb', ...raw } } : {}) },
  );

export const cases: CheckCase[] = [
  { name: 'CMK', expect: 'pass', resource: nb({ KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k' }) },
  { name: 'no key', expect: 'fail', resource: nb({ RootAccess: 'Disabled' }) },
  { name: 'deleting', expect: 'not_applicable', resource: nb({ NotebookInstanceStatus: 'Deleting' }) },
  { name: 'document missing', expect: 'error', resource: nb(undefined) },
];
