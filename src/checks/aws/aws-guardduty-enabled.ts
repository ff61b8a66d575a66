import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { closedAccount, field, regionalSetting } from './util.js';

/**
 * GuardDuty is enabled in every region. Reads `raw.GuardDuty`, `{ "<region>": <get-detector output> }` with
 * `null` where `list-detectors` returned no detector.
 */
export default defineCheck({
  id: 'aws-guardduty-enabled',
  title: 'Amazon GuardDuty is enabled in every region',
  rationale:
    'GuardDuty watches CloudTrail, VPC flow and DNS logs for signs of compromise such as credential misuse, crypto ' +
    'mining and reconnaissance. Attackers favour unused regions, so a detector is needed in each.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['LOG-05', 'OS-03'],
  remediation:
    'Create an enabled GuardDuty detector in every region, preferably managed by the organisation administrator.',
  fix: {
    cli: 'aws guardduty create-detector --enable --region REGION',
    terraform: 'resource "aws_guardduty_detector" "this" {\n  enable = true\n}',
  },
  evaluate(account) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const perRegion = regionalSetting(account, 'GuardDuty');
    const off = [...perRegion]
      .filter(([, d]) => String(field(d, 'Status') ?? '').toUpperCase() !== 'ENABLED')
      .map(([r]) => r);
    if (off.length > 0)
      return fail(`GuardDuty is not running in ${off.join(', ')}.`, [{ path: 'raw.GuardDuty', value: off }]);
    return pass(`GuardDuty is enabled in all ${perRegion.size} regions.`);
  },
});
