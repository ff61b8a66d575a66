import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { assignmentOf, ev, isBroadScope, isOwnerRole, isType, T } from './util.js';

export default defineCheck<'identity.policy', { allowedPrincipals: string[] }>({
  id: 'azure-iam-owner-direct-user',
  title: 'Owner at subscription or management-group scope is not assigned directly to users',
  rationale:
    'Standing Owner rights on a whole subscription or management group, held by an individual account, are the ' +
    'most valuable target in the estate. Granting them through a reviewed group and just-in-time activation ' +
    '(Privileged Identity Management) keeps them visible and time-limited.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['identity.policy'],
  controls: ['IAM-04', 'IAM-07'],
  remediation:
    'Replace the direct assignment with PIM-eligible membership of a group that holds Owner; list break-glass ' +
    'accounts in the allowedPrincipals parameter.',
  fix: { cli: 'az role assignment delete --ids ASSIGNMENT_ID' },
  params: {
    allowedPrincipals: {
      description: 'object ids of break-glass accounts allowed to hold Owner directly',
      default: [],
    },
  },
  evaluate(res, { inventory, params }) {
    if (!isType(res, T.roleAssignment)) return notApplicable('Not an Azure role assignment.');
    const a = assignmentOf(res);
    if (!isBroadScope(a.scope)) return notApplicable('Scoped below a subscription.');
    const role = isOwnerRole(a.roleDefinitionId, inventory);
    if (!role.owner) return notApplicable(`The role (${role.name}) is not Owner-equivalent.`);
    if (params.allowedPrincipals.map((p) => p.toLowerCase()).includes(a.principalId))
      return notApplicable('The principal is an allowed break-glass account.');
    return a.principalType.toLowerCase() === 'user'
      ? fail(`User ${a.principalId} holds ${role.name} directly at ${a.scope}.`, [
          ev('principalId', a.principalId),
          ev('scope', a.scope),
        ])
      : pass(`${role.name} at ${a.scope} is held by a ${a.principalType}, not a user.`, [
          ev('principalType', a.principalType),
        ]);
  },
});
