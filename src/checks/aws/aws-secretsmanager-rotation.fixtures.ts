import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const secret = (props: Record<string, unknown>, raw: Record<string, unknown> = { Name: 'db' }) =>
  aws('secrets.secret', props, { service: 'secrets-manager', raw });

export const cases: CheckCase[] = [
  { name: 'rotating', expect: 'pass', resource: secret({ rotationEnabled: true }) },
  { name: 'static', expect: 'fail', resource: secret({ rotationEnabled: false }) },
  {
    name: 'RDS-managed master password',
    expect: 'not_applicable',
    resource: secret({ rotationEnabled: false }, { Name: 'rds!db-1', OwningService: 'rds' }),
  },
  {
    name: 'scheduled for deletion',
    expect: 'not_applicable',
    resource: secret({ rotationEnabled: false }, { Name: 'old', DeletedDate: '2025-01-01T00:00:00Z' }),
  },
  { name: 'unknown', expect: 'error', resource: secret({}) },
];
