import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { publicActions, publicPrincipal } from '../iam/index.js';
import { tagged } from './util.js';

/**
 * The function's resource policy lets no principal "*" (everyone) invoke or change it without a condition pinning
 * the caller (for a service principal, aws:SourceArn or aws:SourceAccount).
 */
export default defineCheck({
  id: 'aws-lambda-policy-public',
  title: 'Lambda function policies do not allow everyone',
  rationale:
    'A resource policy granting lambda:InvokeFunction to "*" lets any AWS account run the function with its role, ' +
    'and its cost. Permissions for services need a source condition for the same reason.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['compute.function'],
  controls: ['IAM-03', 'DATA-03'],
  remediation:
    'Remove the statement, or name the account or service and add an aws:SourceArn / aws:SourceAccount condition.',
  fix: { cli: 'aws lambda remove-permission --function-name FUNCTION --statement-id STATEMENT_ID' },
  params: {
    allowTag: {
      description: 'tag key marking functions approved as public endpoints (value "true")',
      default: 'public-approved',
    },
  },
  evaluate(fn, { params }) {
    if (tagged(fn, String(params.allowTag), ['true'])) return notApplicable('An approved public endpoint.');
    const policy = need<PolicyStatement[]>(fn, 'policy');
    const open = publicPrincipal(policy);
    if (open.length > 0)
      return fail(`The function policy allows everyone ${publicActions(policy).join(', ')}.`, [
        { path: 'policy', value: open.map((o) => policy[o.statement]) },
      ]);
    return pass(
      policy.length === 0 ? 'The function has no resource policy.' : 'No statement is open to everyone.',
    );
  },
});
