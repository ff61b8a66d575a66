import type { CheckCase } from '../testing.js';
import { gcp, names, PROJECT } from './testkit.js';

const proxy = (n: string, sslPolicy?: string) =>
  gcp('network.load-balancer', names.httpsProxy(n), {
    name: n,
    urlMap: 'x',
    ...(sslPolicy ? { sslPolicy } : {}),
  });
const policy = (n: string, body: Record<string, unknown>) =>
  gcp('network.load-balancer', names.sslPolicy(n), { name: n, ...body });
const link = (n: string) =>
  `https://www.googleapis.com/compute/v1/projects/${PROJECT}/global/sslPolicies/${n}`;

export const cases: CheckCase[] = [
  {
    name: 'MODERN with TLS 1.2',
    expect: 'pass',
    resource: proxy('p1', link('modern')),
    inventory: [policy('modern', { profile: 'MODERN', minTlsVersion: 'TLS_1_2' })],
  },
  { name: 'no SSL policy', expect: 'fail', resource: proxy('p2') },
  {
    name: 'MODERN with TLS 1.0',
    expect: 'fail',
    resource: proxy('p3', link('m10')),
    inventory: [policy('m10', { profile: 'MODERN', minTlsVersion: 'TLS_1_0' })],
  },
  {
    name: 'CUSTOM with an RSA key-exchange suite',
    expect: 'fail',
    resource: proxy('p4', link('custom')),
    inventory: [
      policy('custom', {
        profile: 'CUSTOM',
        minTlsVersion: 'TLS_1_2',
        customFeatures: ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_RSA_WITH_AES_128_GCM_SHA256'],
      }),
    ],
  },
  {
    name: 'a backend service',
    expect: 'not_applicable',
    resource: gcp('network.load-balancer', names.backendService('be'), { name: 'be' }),
  },
  {
    name: 'policy not collected',
    expect: 'error',
    resource: proxy('p5', link('missing')),
    message: 'missing',
  },
];
