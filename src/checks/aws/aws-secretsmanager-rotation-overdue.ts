import { defineCheck, fail, MissingData, need, notApplicable, pass } from '../define.js';
import { asNumber, daysSince, rawAt } from './util.js';

/** Secrets with rotation enabled were actually rotated within their schedule (plus a grace period). */
export default defineCheck({
  id: 'aws-secretsmanager-rotation-overdue',
  title: 'Rotating secrets were rotated on schedule',
  rationale:
    'Rotation fails silently when the rotation function breaks or loses network access. A secret with rotation on ' +
    'but no recent rotation gives a false sense of safety.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['secrets.secret'],
  controls: ['IAM-06', 'KEY-02'],
  remediation: 'Check the rotation function logs, fix the failure, and rotate the secret now.',
  fix: { cli: 'aws secretsmanager rotate-secret --secret-id SECRET' },
  params: { graceDays: { description: 'days allowed past the scheduled rotation', default: 7 } },
  evaluate(secret, { params }) {
    if (!need<boolean>(secret, 'rotationEnabled'))
      return notApplicable('Rotation is not enabled (see aws-secretsmanager-rotation).');
    const every = asNumber(rawAt(secret, 'RotationRules.AutomaticallyAfterDays'));
    const last = rawAt(secret, 'LastRotatedDate') ?? rawAt(secret, 'CreatedDate');
    const since = daysSince(last);
    if (every === undefined || since === undefined)
      throw new MissingData('raw.LastRotatedDate', 'rotation rules or dates were not collected');
    const limit = every + Number(params.graceDays);
    return since <= limit
      ? pass(`Last rotated ${since} days ago (every ${every} days).`)
      : fail(`Last rotated ${since} days ago, although rotation is due every ${every} days.`, [
          { path: 'raw.LastRotatedDate', value: last },
        ]);
  },
});
