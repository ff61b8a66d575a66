import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { bindings, ev, isServiceAgent, memberType, policyScope } from './util.js';

/** Basic Owner/Editor, or any role whose name says it administers something. */
function isAdminRole(role: string): boolean {
  return role === 'roles/owner' || role === 'roles/editor' || /admin/i.test(role.split('/').pop() ?? '');
}

export default defineCheck({
  id: 'gcp-iam-sa-no-admin-roles',
  title: 'Service accounts do not hold Owner, Editor or admin roles',
  rationale:
    "A service account's credentials live in code, CI systems and VMs, where they are far easier to steal than a " +
    "person's. Owner, Editor or an *Admin role on a project or above turns any leak of them into control of the " +
    'environment.',
  severity: 'high',
  providers: ['gcp'],
  kinds: ['identity.policy'],
  controls: ['IAM-03', 'IAM-04'],
  remediation:
    'Replace the basic or admin role with predefined roles limited to what the workload does; Google-managed ' +
    'service agents are excluded.',
  fix: {
    cli: 'gcloud projects remove-iam-policy-binding PROJECT --member=serviceAccount:SA_EMAIL --role=roles/editor',
  },
  references: { 'cis-gcp-foundations': ['1.5'] },
  evaluate(p) {
    const { target, scope } = policyScope(p);
    if (scope === 'resource')
      return notApplicable(
        'A resource-level policy; this check reviews project, folder and organization policies.',
      );
    const found = bindings(p).flatMap((b) =>
      isAdminRole(b.role)
        ? b.members
            .filter((m) => memberType(m) === 'serviceAccount' && !isServiceAgent(m))
            .map((m) => `${m} → ${b.role}`)
        : [],
    );
    return found.length === 0
      ? pass(`No user-managed service account holds an administrative role on ${target}.`)
      : fail(`Service accounts with administrative roles on ${target}: ${found.join(', ')}.`, [
          ev('bindings', found),
        ]);
  },
});
