import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'IMDSv2 required',
    expect: 'pass',
    resource: aws('compute.instance', { state: 'running', metadataTokensRequired: true }),
  },
  {
    name: 'stopped but would start with IMDSv1',
    expect: 'fail',
    resource: aws('compute.instance', { state: 'stopped', metadataTokensRequired: false }),
  },
  {
    name: 'tokens optional',
    expect: 'fail',
    resource: aws('compute.instance', { state: 'running', metadataTokensRequired: false }),
  },
  {
    name: 'terminated',
    expect: 'not_applicable',
    resource: aws('compute.instance', { state: 'terminated', metadataTokensRequired: false }),
  },
  {
    name: 'metadata options unknown',
    expect: 'error',
    resource: aws('compute.instance', { state: 'running' }),
  },
];
