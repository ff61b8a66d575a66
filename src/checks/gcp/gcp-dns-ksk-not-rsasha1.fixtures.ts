import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const TARGET: string = 'keySigning';
const zone = (n: string, algorithm: string, state = 'on') =>
  gcp('network.dns-zone', names.managedZone(n), {
    dnsName: 'acme.com.',
    visibility: 'public',
    dnssecConfig: {
      state,
      defaultKeySpecs: [
        {
          keyType: 'keySigning',
          algorithm: TARGET === 'keySigning' ? algorithm : 'rsasha256',
          keyLength: 2048,
        },
        {
          keyType: 'zoneSigning',
          algorithm: TARGET === 'zoneSigning' ? algorithm : 'rsasha256',
          keyLength: 1024,
        },
      ],
    },
  });

export const cases: CheckCase[] = [
  { name: 'ECDSA', expect: 'pass', resource: zone('z1', 'ecdsap256sha256') },
  { name: 'RSASHA1', expect: 'fail', resource: zone('z2', 'rsasha1') },
  { name: 'DNSSEC off', expect: 'not_applicable', resource: zone('z3', 'rsasha1', 'off') },
  { name: 'not collected', expect: 'error', resource: gcp('network.dns-zone', names.managedZone('z4'), {}) },
];
