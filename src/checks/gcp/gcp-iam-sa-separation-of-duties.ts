import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { bindings, ev, policyScope, rolesByMember } from './util.js';

export default defineCheck({
  id: 'gcp-iam-sa-separation-of-duties',
  title: 'No one both administers and uses service accounts',
  rationale:
    'Service Account Admin can create accounts and keys; Service Account User can run workloads as them. Holding ' +
    'both lets one person mint an identity with any role and act as it, with no second person involved.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['identity.policy'],
  controls: ['IAM-03', 'KEY-03'],
  remediation:
    'Split the roles between different people or groups; grant Service Account User on specific accounts only.',
  references: { 'cis-gcp-foundations': ['1.8'] },
  evaluate(p) {
    const { scope } = policyScope(p);
    if (scope === 'resource')
      return notApplicable(
        'A resource-level policy; this check reviews project, folder and organization policies.',
      );
    const both = [...rolesByMember(bindings(p))]
      .filter(
        ([, roles]) =>
          roles.has('roles/iam.serviceAccountAdmin') && roles.has('roles/iam.serviceAccountUser'),
      )
      .map(([m]) => m);
    return both.length === 0
      ? pass('Service account administration and use are held by different principals.')
      : fail(`Principals holding both Service Account Admin and User: ${both.join(', ')}.`, [
          ev('members', both),
        ]);
  },
});
