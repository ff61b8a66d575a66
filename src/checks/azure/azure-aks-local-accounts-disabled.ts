import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isArmDocument, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-aks-local-accounts-disabled',
  title: 'AKS clusters authenticate through Entra ID only',
  rationale:
    'The local cluster-admin account gives a static credential with full control that bypasses Entra ID, MFA and ' +
    'conditional access, and cannot be traced to a person. Disabling it (with managed Entra integration) makes ' +
    'every access an identifiable, revocable Entra sign-in.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['compute.container-cluster'],
  controls: ['IAM-05', 'IAM-04'],
  remediation: 'Enable AKS-managed Entra ID integration and disable local accounts on the cluster.',
  fix: { cli: 'az aks update --name CLUSTER --resource-group RG --enable-aad --disable-local-accounts' },
  evaluate(cluster) {
    if (!isType(cluster, T.aks)) return notApplicable('Not an AKS cluster.');
    if (!isArmDocument(cluster))
      throw new MissingData('raw.properties', 'the cluster document was not collected');
    const managed = armValue<boolean>(cluster, 'properties.aadProfile.managed') === true;
    const localDisabled = armValue<boolean>(cluster, 'properties.disableLocalAccounts') === true;
    const evidence = [ev('aadProfile.managed', managed), ev('disableLocalAccounts', localDisabled)];
    if (!managed) return fail('Entra ID integration is not enabled.', evidence);
    return localDisabled
      ? pass('Only Entra ID sign-ins are accepted.', evidence)
      : fail('Local accounts (cluster-admin credentials) are still enabled.', evidence);
  },
});
