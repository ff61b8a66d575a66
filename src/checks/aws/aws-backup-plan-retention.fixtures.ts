import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const plan = (rules: unknown[] | undefined) =>
  aws(
    'backup.plan',
    {},
    {
      service: 'backup',
      raw: rules ? { BackupPlan: { BackupPlanName: 'p', Rules: rules } } : { BackupPlanId: 'x' },
    },
  );

export const cases: CheckCase[] = [
  {
    name: 'daily kept 35 days, monthly kept forever',
    expect: 'pass',
    resource: plan([{ RuleName: 'daily', Lifecycle: { DeleteAfterDays: 35 } }, { RuleName: 'monthly' }]),
  },
  {
    name: 'daily kept 7 days',
    expect: 'fail',
    resource: plan([{ RuleName: 'daily', Lifecycle: { DeleteAfterDays: 7 } }]),
    message: 'daily (7)',
  },
  { name: 'no rules', expect: 'not_applicable', resource: plan([]) },
  { name: 'plan not collected', expect: 'error', resource: plan(undefined) },
];
