import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SITE = 'Microsoft.Web/sites';

export const cases: CheckCase[] = [
  {
    name: 'system-assigned',
    expect: 'pass',
    resource: az('compute.container-service', SITE, 'app1', {
      identity: { type: 'SystemAssigned', principalId: 'p' },
      properties: {},
    }),
  },
  {
    name: 'user-assigned',
    expect: 'pass',
    resource: az('compute.function', SITE, 'fn1', {
      identity: { type: 'UserAssigned', userAssignedIdentities: {} },
      properties: {},
    }),
  },
  {
    name: 'no identity (omitted)',
    expect: 'fail',
    resource: az('compute.container-service', SITE, 'app2', { properties: { httpsOnly: true } }),
  },
  {
    name: 'identity None',
    expect: 'fail',
    resource: az('compute.container-service', SITE, 'app3', { identity: { type: 'None' }, properties: {} }),
  },
  {
    name: 'a static web app',
    expect: 'not_applicable',
    resource: az('compute.container-service', 'Microsoft.Web/staticSites', 'swa'),
  },
  {
    name: 'document not collected',
    expect: 'error',
    resource: az('compute.container-service', SITE, 'app4', {}, { raw: { type: SITE } }),
  },
];
