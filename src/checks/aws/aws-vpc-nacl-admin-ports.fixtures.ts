import type { NetworkRule } from '../../core/index.js';
import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const entry = (
  priority: number,
  action: 'allow' | 'deny',
  protocol: string,
  from: number,
  to: number,
  peer: string,
): NetworkRule => ({
  direction: 'ingress',
  action,
  protocol,
  ports: { from, to },
  peers: [peer],
  priority,
});
const catchAll = entry(32767, 'deny', '-1', 0, 65535, '0.0.0.0/0');
const acl = (rules: NetworkRule[] | undefined, subnets = ['subnet-1']) =>
  aws('network.acl', rules ? { rules, subnets } : { subnets }, { service: 'vpc' });

export const cases: CheckCase[] = [
  {
    name: 'HTTPS only from the internet',
    expect: 'pass',
    resource: acl([entry(100, 'allow', 'tcp', 443, 443, '0.0.0.0/0'), catchAll]),
  },
  {
    name: 'world deny for SSH/RDP before a wide allow',
    expect: 'pass',
    resource: acl([
      entry(50, 'deny', 'tcp', 22, 22, '0.0.0.0/0'),
      entry(60, 'deny', 'tcp', 3389, 3389, '0.0.0.0/0'),
      entry(70, 'deny', 'udp', 0, 65535, '0.0.0.0/0'),
      entry(100, 'allow', 'tcp', 0, 65535, '0.0.0.0/0'),
      catchAll,
    ]),
  },
  {
    name: 'default ACL: allow all',
    expect: 'fail',
    resource: acl([entry(100, 'allow', '-1', 0, 65535, '0.0.0.0/0'), catchAll]),
  },
  {
    name: 'RDP open over IPv6',
    expect: 'fail',
    resource: acl([entry(100, 'allow', 'tcp', 3389, 3389, '::/0'), catchAll]),
  },
  {
    name: 'a deny for one network does not stop the rest of the internet',
    expect: 'fail',
    resource: acl([
      entry(50, 'deny', 'tcp', 22, 22, '198.51.100.0/24'),
      entry(100, 'allow', 'tcp', 22, 22, '0.0.0.0/0'),
      catchAll,
    ]),
  },
  {
    name: 'not associated with a subnet',
    expect: 'not_applicable',
    resource: acl([entry(100, 'allow', '-1', 0, 65535, '0.0.0.0/0')], []),
  },
  { name: 'entries unknown', expect: 'error', resource: acl(undefined) },
];
