import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isArmDocument, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-aks-auto-upgrade',
  title: 'AKS clusters upgrade automatically',
  rationale:
    'Kubernetes minor versions are supported for about a year; clusters left behind lose security fixes and ' +
    'eventually support. An automatic upgrade channel keeps the control plane and nodes on patched versions.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['compute.container-cluster'],
  controls: ['OS-01', 'OS-04'],
  remediation:
    'Set the cluster auto-upgrade channel to patch, stable or rapid, with a planned maintenance window.',
  fix: { cli: 'az aks update --name CLUSTER --resource-group RG --auto-upgrade-channel patch' },
  evaluate(cluster) {
    if (!isType(cluster, T.aks)) return notApplicable('Not an AKS cluster.');
    const channel = armValue<string>(cluster, 'properties.autoUpgradeProfile.upgradeChannel');
    if (channel === undefined && !isArmDocument(cluster))
      throw new MissingData('raw.properties.autoUpgradeProfile', 'not in the collected data');
    const c = (channel ?? 'none').toLowerCase();
    return c !== 'none'
      ? pass(`The cluster follows the ${c} upgrade channel.`, [ev('autoUpgradeProfile.upgradeChannel', c)])
      : fail('Automatic upgrades are off.', [ev('autoUpgradeProfile.upgradeChannel', c)]);
  },
});
