import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { assignmentOf, at, ev, isOwnerRole, isType, principalIndex, T } from './util.js';

export default defineCheck({
  id: 'azure-iam-owner-guest',
  title: 'Guest users do not hold Owner rights',
  rationale:
    'Guest (B2B) accounts are managed by another organisation: their MFA, joiner/leaver process and device ' +
    "security are outside the tenant's control. Owner on any scope lets such an account take over the resources " +
    'and grant access to others.',
  severity: 'critical',
  providers: ['azure'],
  kinds: ['identity.policy'],
  controls: ['IAM-04', 'IAM-01'],
  remediation:
    "Remove the Owner assignment from the guest, or replace the guest with a member account that follows the tenant's controls.",
  fix: { cli: 'az role assignment delete --ids ASSIGNMENT_ID' },
  references: { 'cis-azure-foundations': ['1.5'] },
  evaluate(res, { inventory }) {
    if (!isType(res, T.roleAssignment)) return notApplicable('Not an Azure role assignment.');
    const a = assignmentOf(res);
    const role = isOwnerRole(a.roleDefinitionId, inventory);
    if (!role.owner) return notApplicable(`The role (${role.name}) is not Owner-equivalent.`);
    if (a.principalType.toLowerCase() !== 'user')
      return notApplicable(`Assigned to a ${a.principalType}, not a user.`);
    const user = principalIndex(inventory).get(a.principalId);
    if (!user)
      throw new MissingData(
        'principal',
        `the user ${a.principalId} was not collected, so whether it is a guest is unknown`,
      );
    const userType = String(at(user.raw, 'userType') ?? '');
    const upn = String(at(user.raw, 'userPrincipalName') ?? user.name ?? '');
    const guest = userType.toLowerCase() === 'guest' || upn.includes('#EXT#');
    return guest
      ? fail(`Guest user ${upn} holds ${role.name} at ${a.scope}.`, [
          ev('principal', upn),
          ev('scope', a.scope),
        ])
      : pass(`${upn} is a member of the tenant.`, [ev('principal', upn)]);
  },
});
