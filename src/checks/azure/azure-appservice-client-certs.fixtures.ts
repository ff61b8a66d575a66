import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SITE = 'Microsoft.Web/sites';

export const cases: CheckCase[] = [
  {
    name: 'required',
    expect: 'pass',
    resource: az('compute.container-service', SITE, 'api1', {
      properties: { clientCertEnabled: true, clientCertMode: 'Required' },
    }),
  },
  {
    name: 'off',
    expect: 'fail',
    resource: az('compute.container-service', SITE, 'api2', { properties: { clientCertEnabled: false } }),
  },
  {
    name: 'optional',
    expect: 'fail',
    resource: az('compute.function', SITE, 'fn1', {
      properties: { clientCertEnabled: true, clientCertMode: 'Optional' },
    }),
  },
  {
    name: 'browser-facing app',
    expect: 'not_applicable',
    resource: az(
      'compute.container-service',
      SITE,
      'www',
      { properties: { clientCertEnabled: false } },
      { tags: { 'browser-facing': 'true' } },
    ),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('compute.container-service', SITE, 'api3', { properties: {} }),
  },
];
