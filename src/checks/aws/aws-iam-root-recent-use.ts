import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { daysSince } from './util.js';

const NEVER = new Set(['never', 'n/a', 'no_information', 'not_supported', '']);

/** CIS AWS 1.7: the root user is not used for everyday work (no sign-in or key use within the period). */
export default defineCheck({
  id: 'aws-iam-root-recent-use',
  title: 'The root user has not been used recently',
  rationale:
    'The root user cannot be restricted by IAM policies and every action it takes is unrestricted. Using it for ' +
    'daily work exposes that power to every phishing page and malware infection the user meets.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['identity.principal'],
  controls: ['IAM-04'],
  remediation:
    'Create administrator roles or users for daily work, lock the root credentials away, and investigate the ' +
    'recent root activity in CloudTrail.',
  references: { 'cis-aws-foundations': ['1.7'] },
  params: { quietDays: { description: 'days the root user must have been left unused', default: 30 } },
  evaluate(principal, { params }) {
    const type = need<string>(principal, 'type');
    if (type !== 'root') return notApplicable('Not the root user.');
    const limit = Number(params.quietDays);
    const uses: string[] = [];
    const pw = need<string>(principal, 'passwordLastUsed');
    const pwDays = NEVER.has(pw.toLowerCase()) ? undefined : daysSince(pw);
    if (pwDays !== undefined && pwDays < limit) uses.push(`console sign-in ${pwDays} days ago`);
    for (const k of need<{ id: string; lastUsed?: string }[]>(principal, 'accessKeys')) {
      const d = k.lastUsed ? daysSince(k.lastUsed) : undefined;
      if (d !== undefined && d < limit) uses.push(`access key ${k.id} used ${d} days ago`);
    }
    if (uses.length > 0) return fail(`The root user was used recently: ${uses.join('; ')}.`);
    return pass(`The root user was not used in the last ${limit} days.`);
  },
});
