import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { allows, armValue, ev, isType, operationMatches, rolePermissions, roleType, T } from './util.js';

const GRANT = 'Microsoft.Authorization/roleAssignments/write';

export default defineCheck<'identity.role', { allowedRoles: string[] }>({
  id: 'azure-iam-custom-role-assigns-roles',
  title: 'Custom roles cannot create role assignments',
  rationale:
    'Whoever can write role assignments can give themselves any other role, so such a custom role is equivalent to ' +
    'Owner or User Access Administrator. Wildcards such as "*" or "Microsoft.Authorization/*" grant it without ' +
    'naming it, which is how escalation paths hide in custom roles.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['identity.role'],
  controls: ['IAM-03', 'IAM-04'],
  remediation:
    "Remove Microsoft.Authorization/roleAssignments/write from the role's Actions (add it to NotActions if a " +
    'wildcard grants it), or list the role in the allowedRoles parameter after review.',
  params: {
    allowedRoles: { description: 'custom role names reviewed and allowed to assign roles', default: [] },
  },
  evaluate(role, { params }) {
    if (!isType(role, T.roleDefinition)) return notApplicable('Not an Azure role definition.');
    if (roleType(role) !== 'customrole') return notApplicable('A built-in role.');
    const name = String(armValue(role, 'properties.roleName') ?? role.name ?? '');
    if (params.allowedRoles.includes(name)) return notApplicable(`"${name}" is on the reviewed list.`);
    const perms = rolePermissions(role);
    const granting = perms.flatMap((p) =>
      p.notActions.some((n) => operationMatches(n, GRANT))
        ? []
        : p.actions.filter((a) => operationMatches(a, GRANT)),
    );
    return allows(perms, GRANT)
      ? fail(`The custom role "${name}" can create role assignments (through ${granting.join(', ')}).`, [
          ev('actions', granting),
        ])
      : pass(`The custom role "${name}" cannot assign roles.`);
  },
});
