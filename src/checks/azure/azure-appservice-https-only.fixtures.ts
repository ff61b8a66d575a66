import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SITE = 'Microsoft.Web/sites';

export const cases: CheckCase[] = [
  {
    name: 'HTTPS only',
    expect: 'pass',
    resource: az('compute.container-service', SITE, 'app1', {
      kind: 'app,linux',
      properties: { httpsOnly: true },
    }),
  },
  {
    name: 'function app over HTTP',
    expect: 'fail',
    resource: az('compute.function', SITE, 'fn1', { kind: 'functionapp', properties: { httpsOnly: false } }),
  },
  {
    name: 'a deployment slot over HTTP',
    expect: 'fail',
    resource: az('compute.container-service', 'Microsoft.Web/sites/slots', 'app1/staging', {
      properties: { httpsOnly: false },
    }),
  },
  {
    name: 'a container app',
    expect: 'not_applicable',
    resource: az('compute.container-service', 'Microsoft.App/containerApps', 'ca1'),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('compute.container-service', SITE, 'app2', { properties: {} }),
  },
];
