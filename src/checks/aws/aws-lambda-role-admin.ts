import { defineCheck, fail, MissingData, need, notApplicable, pass } from '../define.js';
import { adminEquivalence } from '../iam/index.js';
import { gatherPolicies } from './iam-util.js';
import { related } from './util.js';

/** Relational: a function's execution role (looked up in the inventory) is not administrator-equivalent. */
export default defineCheck({
  id: 'aws-lambda-role-admin',
  title: 'Lambda execution roles are not administrator-equivalent',
  rationale:
    'Any code injection or dependency compromise in the function runs with its role. An administrator execution ' +
    'role makes every function bug an account takeover.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['compute.function'],
  controls: ['IAM-03', 'IAM-04'],
  remediation: 'Give the function a role scoped to the resources it touches.',
  evaluate(fn, { inventory }) {
    if (fn.service !== 'lambda') return notApplicable(`A ${fn.service} function, not Lambda.`);
    const ref = need<string>(fn, 'role');
    const role = related(fn, inventory, 'uses-role', ref);
    if (!role) throw new MissingData('role', `the execution role ${ref} is not in the inventory`);
    const admin = adminEquivalence(gatherPolicies(role, inventory).statements);
    return admin.length > 0
      ? fail(
          `The function runs as ${role.id}, which ${admin[0]?.description ?? 'is administrator-equivalent'}.`,
          [{ path: 'role', value: role.id, resource: role.id }],
        )
      : pass(`The execution role ${role.id} is not administrator-equivalent.`);
  },
});
