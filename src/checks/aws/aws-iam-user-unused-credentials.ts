import { defineCheck, fail, MissingData, need, notApplicable, pass } from '../define.js';
import { daysSince, needRaw } from './util.js';

const NEVER = new Set(['never', 'n/a', 'no_information', '']);

/**
 * CIS AWS 1.12: credentials unused for 45 days or more are disabled. A console password or an active key that was
 * never used counts from the day it was created (the user's `raw.CreateDate`, the key's `created`).
 */
export default defineCheck({
  id: 'aws-iam-user-unused-credentials',
  title: 'IAM credentials unused for 45 days are disabled',
  rationale:
    'Forgotten passwords and keys belong to people who left or scripts nobody runs. They still work for whoever ' +
    'finds them, and nobody notices their misuse.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.principal'],
  controls: ['IAM-01', 'IAM-06'],
  remediation: 'Deactivate the unused access keys and delete unused console passwords (login profiles).',
  fix: {
    cli: 'aws iam update-access-key --user-name USER --access-key-id KEY_ID --status Inactive && aws iam delete-login-profile --user-name USER',
  },
  references: { 'cis-aws-foundations': ['1.12'] },
  params: {
    maxUnusedDays: { description: 'days without use after which a credential must be disabled', default: 45 },
  },
  evaluate(user, { params }) {
    const type = need<string>(user, 'type');
    if (type !== 'user') return notApplicable(`A ${type}, not an IAM user.`);
    const limit = Number(params.maxUnusedDays);
    const stale: string[] = [];
    if (need<boolean>(user, 'consoleAccess')) {
      const last = need<string>(user, 'passwordLastUsed');
      const never = NEVER.has(last.toLowerCase());
      const since = daysSince(never ? needRaw(user, 'CreateDate') : last);
      if (since === undefined) throw new MissingData('passwordLastUsed', `unreadable date ${last}`);
      if (since >= limit)
        stale.push(`console password (${never ? 'never used' : `last used ${since} days ago`})`);
    }
    const keys = need<{ id: string; active: boolean; created: string; lastUsed?: string }[]>(
      user,
      'accessKeys',
    );
    const active = keys.filter((k) => k.active);
    for (const k of active) {
      const since = daysSince(k.lastUsed ?? k.created);
      if (since !== undefined && since >= limit)
        stale.push(`access key ${k.id} (${k.lastUsed ? `last used ${since} days ago` : 'never used'})`);
    }
    if (stale.length > 0) return fail(`Unused for ${limit} days or more: ${stale.join('; ')}.`);
    return pass(`Every enabled credential was used within ${limit} days.`);
  },
});
