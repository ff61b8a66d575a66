import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { bindings, ev, memberEmail, memberType, PRIMITIVE_ROLES, policyScope } from './util.js';

export default defineCheck<'identity.policy', { allowedMembers: string[] }>({
  id: 'gcp-iam-no-primitive-roles-users',
  title: 'People are not granted the basic Owner, Editor or Viewer roles',
  rationale:
    'The basic roles predate IAM and cover thousands of permissions across every service; Editor alone can change ' +
    'almost anything. Predefined or custom roles grant what a job needs and nothing more.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['identity.policy'],
  controls: ['IAM-03'],
  remediation:
    'Replace Owner/Editor/Viewer bindings for users, groups and domains with predefined roles; keep any needed ' +
    'owner for break-glass in the allowedMembers parameter.',
  params: {
    allowedMembers: {
      description: 'members (e.g. "group:gcp-owners@example.com") allowed to hold a basic role',
      default: [],
    },
  },
  evaluate(p, { params }) {
    const { target, scope } = policyScope(p);
    if (scope === 'resource')
      return notApplicable(
        'A resource-level policy; basic roles are granted on projects, folders and organizations.',
      );
    const allowed = new Set(params.allowedMembers.map((m) => m.toLowerCase()));
    const found = bindings(p).flatMap((b) =>
      PRIMITIVE_ROLES.includes(b.role)
        ? b.members
            .filter(
              (m) => ['user', 'group', 'domain'].includes(memberType(m)) && !allowed.has(m.toLowerCase()),
            )
            .map((m) => `${memberEmail(m)} → ${b.role}`)
        : [],
    );
    return found.length === 0
      ? pass(`No user, group or domain holds a basic role on ${target}.`)
      : fail(`Basic roles granted to people on ${target}: ${found.join(', ')}.`, [ev('bindings', found)]);
  },
});
