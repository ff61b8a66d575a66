import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { asNumber, field, needRaw } from './util.js';

/** Every rule of an AWS Backup plan keeps recovery points at least the required days (`Lifecycle.DeleteAfterDays`). */
export default defineCheck({
  id: 'aws-backup-plan-retention',
  title: 'AWS Backup plans keep backups long enough',
  rationale:
    'Backups that expire after a few days cannot restore data corrupted or encrypted before anyone noticed. Retention must cover the detection time.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['backup.plan'],
  controls: ['BAK-01', 'DATA-04'],
  remediation: 'Raise DeleteAfterDays on each rule (or remove the expiry) to meet the retention policy.',
  fix: { cli: 'aws backup update-backup-plan --backup-plan-id PLAN_ID --backup-plan file://plan.json' },
  params: { minimumDays: { description: 'shortest acceptable retention of a backup rule', default: 35 } },
  evaluate(plan, { params }) {
    const rules = needRaw<unknown[]>(plan, 'BackupPlan.Rules');
    if (!Array.isArray(rules) || rules.length === 0) return notApplicable('The plan has no rules.');
    const min = Number(params.minimumDays);
    const short = rules
      .map((r) => ({
        name: String(field(r, 'RuleName') ?? '?'),
        days: asNumber(field(field(r, 'Lifecycle'), 'DeleteAfterDays')),
      }))
      .filter((r) => r.days !== undefined && r.days < min);
    return short.length > 0
      ? fail(
          `Rules keeping backups fewer than ${min} days: ${short.map((r) => `${r.name} (${r.days})`).join(', ')}.`,
        )
      : pass(`Every rule keeps backups at least ${min} days (or indefinitely).`);
  },
});
