import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, DEFAULT_COMPUTE_SA, ev, isAsset, isGkeNode, isObj, needBody, value } from './util.js';

const FULL = 'https://www.googleapis.com/auth/cloud-platform';

export default defineCheck({
  id: 'gcp-vm-default-sa-full-scope',
  title: 'VMs on the default service account do not have full Cloud API access',
  rationale:
    'The default service account usually holds Editor; with the "Allow full access to all Cloud APIs" scope, any ' +
    'process on the VM — including an attacker — can use all of that Editor access through the metadata server.',
  severity: 'high',
  providers: ['gcp'],
  kinds: ['compute.instance'],
  controls: ['IAM-03', 'IAM-04'],
  remediation:
    'Attach a dedicated least-privilege service account, or at least restrict the scopes of the default one.',
  fix: {
    cli: 'gcloud compute instances set-service-account INSTANCE --zone=ZONE --service-account=APP_SA_EMAIL --scopes=cloud-platform',
  },
  references: { 'cis-gcp-foundations': ['4.2'] },
  evaluate(vm) {
    if (!isAsset(vm, A.instance)) return notApplicable('Not a Compute Engine instance.');
    needBody(vm);
    if (isGkeNode(vm)) return notApplicable('A GKE node; node service accounts are checked on the cluster.');
    const def = (value<unknown[]>(vm, 'serviceAccounts') ?? [])
      .filter(isObj)
      .find((s) => DEFAULT_COMPUTE_SA.test(String(s.email ?? '')));
    if (!def) return notApplicable('The instance does not use the default service account.');
    const scopes = Array.isArray(def.scopes) ? def.scopes.map(String) : [];
    return scopes.includes(FULL)
      ? fail('The default service account has full access to all Cloud APIs.', [ev('scopes', scopes)])
      : pass('The default service account has limited scopes.', [ev('scopes', scopes)]);
  },
});
