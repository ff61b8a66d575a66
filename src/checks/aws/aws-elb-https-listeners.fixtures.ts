import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const alb = (listeners: unknown[], raw: Record<string, unknown> = {}, scheme = 'internet-facing') =>
  aws(
    'network.load-balancer',
    { scheme, listeners },
    { service: 'elb', raw: { Type: 'application', ...raw } },
  );
const redirect = {
  Listeners: [
    {
      Port: 80,
      Protocol: 'HTTP',
      DefaultActions: [
        { Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } },
      ],
    },
  ],
};

export const cases: CheckCase[] = [
  {
    name: 'HTTPS only',
    expect: 'pass',
    resource: alb([{ protocol: 'HTTPS', port: 443, tlsPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }]),
  },
  {
    name: 'HTTP redirects to HTTPS',
    expect: 'pass',
    resource: alb(
      [
        { protocol: 'HTTP', port: 80 },
        { protocol: 'HTTPS', port: 443 },
      ],
      redirect,
    ),
  },
  {
    name: 'HTTP forwards to targets',
    expect: 'fail',
    resource: alb([{ protocol: 'HTTP', port: 80 }], {
      Listeners: [{ Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: 'tg' }] }],
    }),
  },
  {
    name: 'internal',
    expect: 'not_applicable',
    resource: alb([{ protocol: 'HTTP', port: 80 }], {}, 'internal'),
  },
  {
    name: 'network load balancer',
    expect: 'not_applicable',
    resource: aws('network.load-balancer', { scheme: 'internet-facing' }, { raw: { Type: 'network' } }),
  },
  {
    name: 'listeners unknown',
    expect: 'error',
    resource: aws('network.load-balancer', { scheme: 'internet-facing' }, { raw: { Type: 'application' } }),
  },
];
