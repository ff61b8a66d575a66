import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, DEFAULT_COMPUTE_SA, ev, isAsset, isGkeNode, isObj, needBody, value } from './util.js';

export default defineCheck({
  id: 'gcp-vm-no-default-sa',
  title: 'VM instances do not run as the Compute Engine default service account',
  rationale:
    'The default Compute Engine service account is shared by every VM that does not name another one and, unless ' +
    'the organization policy removed it, holds Editor on the project. A compromised VM running as it can change ' +
    'almost anything in the project.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.instance'],
  controls: ['IAM-03', 'IAM-06'],
  remediation:
    'Create a dedicated service account with only the roles the workload needs and attach it to the instance.',
  fix: {
    cli: 'gcloud compute instances set-service-account INSTANCE --zone=ZONE --service-account=APP_SA_EMAIL --scopes=cloud-platform',
  },
  references: { 'cis-gcp-foundations': ['4.1'] },
  evaluate(vm) {
    if (!isAsset(vm, A.instance)) return notApplicable('Not a Compute Engine instance.');
    needBody(vm);
    if (isGkeNode(vm)) return notApplicable('A GKE node; node service accounts are checked on the cluster.');
    const accounts = (value<unknown[]>(vm, 'serviceAccounts') ?? [])
      .filter(isObj)
      .map((s) => String(s.email ?? ''));
    if (accounts.length === 0)
      return pass('The instance has no service account attached.', [ev('serviceAccounts', [])]);
    const def = accounts.filter((e) => DEFAULT_COMPUTE_SA.test(e));
    return def.length === 0
      ? pass(`Runs as ${accounts.join(', ')}.`, [ev('serviceAccounts', accounts)])
      : fail(`Runs as the default Compute Engine service account ${def[0]}.`, [
          ev('serviceAccounts', accounts),
        ]);
  },
});
