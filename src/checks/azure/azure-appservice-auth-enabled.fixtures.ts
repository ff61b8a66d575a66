import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SITE = 'Microsoft.Web/sites';

export const cases: CheckCase[] = [
  {
    name: 'authentication on (v2)',
    expect: 'pass',
    resource: az('compute.container-service', SITE, 'app1', { properties: {} }),
    inventory: [
      az('monitoring.config', 'Microsoft.Web/sites/config', 'app1/authsettingsV2', {
        properties: { platform: { enabled: true }, globalValidation: { requireAuthentication: true } },
      }),
    ],
  },
  {
    name: 'classic settings on (nested)',
    expect: 'pass',
    resource: az('compute.function', SITE, 'fn1', {
      kind: 'functionapp',
      properties: {},
      resources: [{ type: 'config', name: 'authsettings', properties: { enabled: true } }],
    }),
  },
  {
    name: 'authentication off',
    expect: 'fail',
    resource: az('compute.container-service', SITE, 'app2', {
      properties: {},
      resources: [{ type: 'config', name: 'authsettingsV2', properties: { platform: { enabled: false } } }],
    }),
  },
  {
    name: 'public by design',
    expect: 'not_applicable',
    resource: az(
      'compute.container-service',
      SITE,
      'www',
      { properties: {} },
      { tags: { 'public-approved': 'true' } },
    ),
  },
  {
    name: 'settings not collected',
    expect: 'error',
    resource: az('compute.container-service', SITE, 'app3', { properties: {} }),
  },
];
