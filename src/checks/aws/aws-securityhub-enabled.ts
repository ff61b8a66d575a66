import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { closedAccount, field, regionalSetting } from './util.js';

/**
 * CIS AWS 4.16: AWS Security Hub is enabled. Reads `raw.SecurityHub`, `{ "<region>": <describe-hub output> }`
 * with `null` where the region answered that Security Hub is not enabled (InvalidAccessException).
 */
export default defineCheck({
  id: 'aws-securityhub-enabled',
  title: 'AWS Security Hub is enabled in every region',
  rationale:
    'Security Hub gathers findings from GuardDuty, Inspector, Macie and its own control checks into one place. ' +
    'Without it, findings stay scattered per service and per region, and are easy to miss.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['LOG-05', 'VUL-01'],
  remediation:
    'Enable Security Hub in every enabled region, ideally through the organisation delegated administrator.',
  fix: {
    cli: 'aws securityhub enable-security-hub --region REGION',
    terraform: 'resource "aws_securityhub_account" "this" {}',
  },
  references: { 'cis-aws-foundations': ['4.16'] },
  evaluate(account) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const perRegion = regionalSetting(account, 'SecurityHub');
    const off = [...perRegion].filter(([, hub]) => !field(hub, 'HubArn')).map(([r]) => r);
    if (off.length > 0)
      return fail(`Security Hub is not enabled in ${off.join(', ')}.`, [
        { path: 'raw.SecurityHub', value: off },
      ]);
    return pass(`Security Hub is enabled in all ${perRegion.size} regions.`);
  },
});
