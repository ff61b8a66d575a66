import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armValue, ev, isBroadScope, isType, rolePermissions, roleType, T } from './util.js';

export default defineCheck({
  id: 'azure-iam-no-custom-subscription-owner',
  title: 'No custom role grants "*" at subscription or management-group scope',
  rationale:
    'A custom role whose Actions include "*" and that can be assigned on a subscription (or above) is an Owner in ' +
    'disguise: it escapes the scrutiny given to the built-in Owner role, and its definition can drift without ' +
    'anyone noticing.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['identity.role'],
  controls: ['IAM-03', 'IAM-04'],
  remediation:
    'Delete the role or replace "*" with the specific actions needed; use the built-in Owner role (under PIM) where ' +
    'full control really is required.',
  fix: { cli: 'az role definition delete --name "ROLE NAME"' },
  references: { 'cis-azure-foundations': ['1.23'] },
  evaluate(role) {
    if (!isType(role, T.roleDefinition)) return notApplicable('Not an Azure role definition.');
    if (roleType(role) !== 'customrole') return notApplicable('A built-in role.');
    const scopes = (armValue<string[]>(role, 'properties.assignableScopes') ?? []).map(String);
    const broad = scopes.filter(isBroadScope);
    const star = rolePermissions(role).some((p) => p.actions.includes('*'));
    const evidence = [ev('assignableScopes', scopes), ev('actionsIncludeStar', star)];
    if (!star) return pass('The role does not grant every action.', evidence);
    return broad.length === 0
      ? pass('The role grants every action, but only below subscription scope.', evidence)
      : fail(
          `The custom role "${String(armValue(role, 'properties.roleName') ?? role.name)}" grants every action and is assignable at ${broad.join(', ')}.`,
          evidence,
        );
  },
});
