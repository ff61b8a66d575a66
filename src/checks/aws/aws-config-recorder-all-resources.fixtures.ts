import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const rec = (props: Record<string, unknown>, raw: Record<string, unknown> = { name: 'default' }) =>
  aws('monitoring.config', props, { service: 'config', raw });

export const cases: CheckCase[] = [
  { name: 'recording all', expect: 'pass', resource: rec({ recorderEnabled: true, allResources: true }) },
  { name: 'stopped', expect: 'fail', resource: rec({ recorderEnabled: false, allResources: true }) },
  {
    name: 'selected types only',
    expect: 'fail',
    resource: rec({ recorderEnabled: true, allResources: false }),
  },
  {
    name: 'service-linked recorder',
    expect: 'not_applicable',
    resource: rec(
      { recorderEnabled: true, allResources: false },
      { name: 'AWSConfigurationRecorderForX', servicePrincipal: 'securityhub.amazonaws.com' },
    ),
  },
  {
    name: 'status unknown',
    expect: 'error',
    resource: rec({ allResources: true }),
    message: 'recorderEnabled',
  },
];
