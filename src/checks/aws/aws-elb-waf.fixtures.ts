import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const alb = (props: Record<string, unknown>, type = 'application') =>
  aws('network.load-balancer', props, { service: 'elb', raw: { Type: type } });

export const cases: CheckCase[] = [
  { name: 'protected', expect: 'pass', resource: alb({ scheme: 'internet-facing', waf: true }) },
  { name: 'unprotected', expect: 'fail', resource: alb({ scheme: 'internet-facing', waf: false }) },
  { name: 'internal', expect: 'not_applicable', resource: alb({ scheme: 'internal', waf: false }) },
  { name: 'NLB', expect: 'not_applicable', resource: alb({ scheme: 'internet-facing' }, 'network') },
  { name: 'unknown', expect: 'error', resource: alb({ scheme: 'internet-facing' }) },
];
