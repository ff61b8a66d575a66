import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const lb = (value: string | undefined, tags: Record<string, string> = { environment: 'production' }) =>
  aws(
    'network.load-balancer',
    {},
    {
      tags,
      raw: {
        Type: 'application',
        ...(value
          ? {
              Attributes: [
                { Key: 'deletion_protection.enabled', Value: value },
                { Key: 'idle_timeout.timeout_seconds', Value: '60' },
              ],
            }
          : {}),
      },
    },
  );

export const cases: CheckCase[] = [
  { name: 'on', expect: 'pass', resource: lb('true') },
  { name: 'off', expect: 'fail', resource: lb('false') },
  { name: 'dev', expect: 'not_applicable', resource: lb('false', { environment: 'dev' }) },
  { name: 'attributes missing', expect: 'error', resource: lb(undefined) },
];
