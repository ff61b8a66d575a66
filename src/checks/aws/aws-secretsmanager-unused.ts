import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { daysSince, rawAt } from './util.js';

/** Secrets not read for a long time (`LastAccessedDate`) are reviewed and deleted. */
export default defineCheck({
  id: 'aws-secretsmanager-unused',
  title: 'Unused secrets are removed',
  rationale:
    'A secret nobody reads still unlocks whatever it belongs to. Deleting unused secrets shrinks what an intruder can harvest.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['secrets.secret'],
  controls: ['IAM-01', 'DATA-04'],
  remediation:
    'Confirm the secret is no longer needed, revoke the credential it holds, and schedule the secret for deletion.',
  fix: { cli: 'aws secretsmanager delete-secret --secret-id SECRET --recovery-window-in-days 30' },
  params: {
    maxUnusedDays: { description: 'days without a read before a secret counts as unused', default: 90 },
  },
  evaluate(secret, { params }) {
    if (rawAt(secret, 'DeletedDate') !== undefined)
      return notApplicable('The secret is already scheduled for deletion.');
    const created = daysSince(rawAt(secret, 'CreatedDate'));
    const limit = Number(params.maxUnusedDays);
    if (created !== undefined && created < limit) return notApplicable(`Created ${created} days ago.`);
    const last = rawAt(secret, 'LastAccessedDate');
    if (last === undefined && created === undefined)
      throw new MissingData('raw.LastAccessedDate', 'access and creation dates were not collected');
    const since = last === undefined ? undefined : daysSince(last);
    if (since === undefined) return fail(`The secret has never been read in its ${created} days.`);
    return since > limit
      ? fail(`The secret was last read ${since} days ago.`, [{ path: 'raw.LastAccessedDate', value: last }])
      : pass(`Last read ${since} days ago.`);
  },
});
