import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, rolePermissions, roleType, T } from './util.js';

// Wildcards that cover a whole provider or every provider: "*", "*/write", "Microsoft.Storage/*".
function isBroad(action: string): boolean {
  return action === '*' || action.startsWith('*/') || /^[^/*]+\/\*$/.test(action);
}

export default defineCheck({
  id: 'azure-iam-custom-role-wildcards',
  title: 'Custom roles do not use provider-wide wildcards',
  rationale:
    'A wildcard over a whole resource provider (or all of them) grants every operation it has today and every one ' +
    'added later, including destructive and data-plane ones. Custom roles exist to be specific; broad wildcards ' +
    'turn them into unreviewed administrator roles. DataActions "*" reads every blob, secret and message.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['identity.role'],
  controls: ['IAM-03'],
  remediation:
    'Replace the wildcards with the specific operations the role needs (use read-only wildcards such as */read where appropriate).',
  evaluate(role) {
    if (!isType(role, T.roleDefinition)) return notApplicable('Not an Azure role definition.');
    if (roleType(role) !== 'customrole') return notApplicable('A built-in role.');
    const perms = rolePermissions(role);
    const broad = [
      ...perms.flatMap((p) => p.actions).filter(isBroad),
      ...perms
        .flatMap((p) => p.dataActions)
        .filter(isBroad)
        .map((a) => `data:${a}`),
    ].filter((a) => !/\/read$/i.test(a));
    const name = String(armValue(role, 'properties.roleName') ?? role.name ?? '');
    return broad.length === 0
      ? pass(`The custom role "${name}" lists specific operations.`)
      : fail(`The custom role "${name}" uses broad wildcards: ${broad.join(', ')}.`, [
          ev('wildcards', broad),
        ]);
  },
});
