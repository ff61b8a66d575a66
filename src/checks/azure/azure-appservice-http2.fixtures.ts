import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SITE = 'Microsoft.Web/sites';

export const cases: CheckCase[] = [
  {
    name: 'compliant (inline siteConfig)',
    expect: 'pass',
    resource: az('compute.container-service', SITE, 'app1', {
      kind: 'app',
      properties: { siteConfig: { http20Enabled: true } },
    }),
  },
  {
    name: 'compliant (config/web collected separately)',
    expect: 'pass',
    resource: az('compute.function', SITE, 'fn1', {
      kind: 'functionapp,linux',
      properties: { siteConfig: { http20Enabled: null } },
    }),
    inventory: [
      az('monitoring.config', 'Microsoft.Web/sites/config', 'fn1/web', {
        properties: { http20Enabled: true },
      }),
    ],
  },
  {
    name: 'non-compliant',
    expect: 'fail',
    resource: az('compute.container-service', SITE, 'app2', {
      kind: 'app',
      properties: { siteConfig: { http20Enabled: false } },
    }),
  },
  {
    name: 'non-compliant (nested config in a template)',
    expect: 'fail',
    resource: az('compute.container-service', SITE, 'app3', {
      kind: 'app',
      properties: {},
      resources: [{ type: 'config', name: 'web', properties: { http20Enabled: false } }],
    }),
  },
  {
    name: 'an App Service plan',
    expect: 'not_applicable',
    resource: az('compute.container-service', 'Microsoft.Web/serverfarms', 'plan1'),
  },
  {
    name: 'configuration not collected',
    expect: 'error',
    resource: az('compute.container-service', SITE, 'app4', { properties: {} }),
    message: 'http20Enabled',
  },
];
