import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { bindings, ev, policyScope } from './util.js';

const ROLES = ['roles/iam.serviceAccountUser', 'roles/iam.serviceAccountTokenCreator'];

export default defineCheck({
  id: 'gcp-iam-no-sa-user-at-project',
  title: 'Service Account User and Token Creator are not granted project-wide',
  rationale:
    'Granted on a project, folder or organization, these roles let the holder act as every service account ' +
    'in it — including ones with far more privileges — so they become a general privilege-escalation path. ' +
    'Granting them on individual service accounts limits impersonation to what is intended.',
  severity: 'high',
  providers: ['gcp'],
  kinds: ['identity.policy'],
  controls: ['IAM-03', 'IAM-04'],
  remediation:
    'Remove these bindings from the project (or folder/organization) policy and grant them on the specific service accounts instead.',
  fix: {
    cli: 'gcloud projects remove-iam-policy-binding PROJECT --member=MEMBER --role=roles/iam.serviceAccountUser',
  },
  references: { 'cis-gcp-foundations': ['1.6'] },
  evaluate(p) {
    const { target, scope } = policyScope(p);
    if (scope === 'resource')
      return notApplicable(
        'A resource-level policy (for example on a single service account), which is where these roles belong.',
      );
    const found = bindings(p)
      .filter((b) => ROLES.includes(b.role) && b.members.length > 0)
      .map((b) => `${b.role} → ${b.members.join(', ')}`);
    return found.length === 0
      ? pass(`No one can impersonate every service account through ${target}.`)
      : fail(`Impersonation roles granted at ${scope} level: ${found.join('; ')}.`, [ev('bindings', found)]);
  },
});
