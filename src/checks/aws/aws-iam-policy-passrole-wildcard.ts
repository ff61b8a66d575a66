import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { grantsAll } from '../iam/index.js';

/** iam:PassRole is granted on every role ("*"). */
export default defineCheck({
  id: 'aws-iam-policy-passrole-wildcard',
  title: 'iam:PassRole is not granted on all roles',
  rationale:
    'Passing a role hands its permissions to a service. Allowed on "*", the holder can attach any role in the ' +
    'account, including administrator roles, to compute it controls.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['identity.policy'],
  controls: ['IAM-03'],
  remediation:
    'List the role ARNs that may be passed and add an iam:PassedToService condition for the intended service.',
  evaluate(policy) {
    if (need<string>(policy, 'managedBy') !== 'customer') return notApplicable('An AWS managed policy.');
    const statements = need<PolicyStatement[]>(policy, 'statements');
    if (grantsAll(statements, 'iam:PassRole', '*'))
      return fail('The policy allows iam:PassRole on every role.');
    return pass('iam:PassRole is not granted on "*".');
  },
});
