import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { closedAccount, field, regionalSetting } from './util.js';

/**
 * CIS AWS 1.20: an active IAM Access Analyzer in every enabled region. Reads `raw.AccessAnalyzers`, the
 * `list-analyzers` result per region: `{ "<region>": [{ "arn", "status", "type" }] }`.
 */
export default defineCheck({
  id: 'aws-iam-access-analyzer-all-regions',
  title: 'IAM Access Analyzer is enabled in every region',
  rationale:
    'Access Analyzer reports resources shared outside the account or organisation, such as buckets, keys and roles. ' +
    'It only analyses resources in its own region, so a region without an analyzer has unseen external access.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IAM-07', 'DATA-03'],
  remediation: 'Create an account (or organisation) analyzer in every enabled region.',
  fix: {
    cli: 'for r in $(aws ec2 describe-regions --query "Regions[].RegionName" --output text); do aws accessanalyzer create-analyzer --analyzer-name account --type ACCOUNT --region "$r"; done',
    terraform:
      'resource "aws_accessanalyzer_analyzer" "this" {\n  analyzer_name = "account"\n  type = "ACCOUNT"\n}',
  },
  references: { 'cis-aws-foundations': ['1.20'] },
  evaluate(account) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const perRegion = regionalSetting(account, 'AccessAnalyzers');
    const missing: string[] = [];
    for (const [region, analyzers] of perRegion) {
      const active =
        Array.isArray(analyzers) &&
        analyzers.some((a) => String(field(a, 'status') ?? '').toUpperCase() === 'ACTIVE');
      if (!active) missing.push(region);
    }
    if (missing.length > 0)
      return fail(`No active Access Analyzer in ${missing.join(', ')}.`, [
        { path: 'raw.AccessAnalyzers', value: missing },
      ]);
    return pass(`An active analyzer runs in each of ${perRegion.size} regions.`);
  },
});
