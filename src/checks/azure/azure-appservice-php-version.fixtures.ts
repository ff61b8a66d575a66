import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SITE = 'Microsoft.Web/sites';

export const cases: CheckCase[] = [
  {
    name: 'current Linux stack',
    expect: 'pass',
    resource: az('compute.container-service', SITE, 'app1', {
      kind: 'app,linux',
      properties: { siteConfig: { linuxFxVersion: 'PHP|8.3' } },
    }),
  },
  {
    name: 'old Linux stack',
    expect: 'fail',
    resource: az('compute.container-service', SITE, 'app2', {
      kind: 'app,linux',
      properties: { siteConfig: { linuxFxVersion: 'PHP|7.4' } },
    }),
  },
  {
    name: 'old Windows stack',
    expect: 'fail',
    resource: az('compute.container-service', SITE, 'app3', {
      kind: 'app',
      properties: { siteConfig: { phpVersion: '8.1' } },
    }),
  },
  {
    name: 'config/web collected separately',
    expect: 'pass',
    resource: az('compute.container-service', SITE, 'app4', { kind: 'app,linux', properties: {} }),
    inventory: [
      az('monitoring.config', 'Microsoft.Web/sites/config', 'app4/web', {
        properties: { linuxFxVersion: 'PHP|8.3' },
      }),
    ],
  },
  {
    name: 'another stack',
    expect: 'not_applicable',
    resource: az('compute.container-service', SITE, 'app5', {
      kind: 'app,linux',
      properties: { siteConfig: { linuxFxVersion: 'NODE|22-lts' } },
    }),
  },
  {
    name: 'configuration not collected',
    expect: 'error',
    resource: az('compute.container-service', SITE, 'app6', { properties: {} }),
  },
];
