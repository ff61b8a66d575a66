import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import {
  armValue,
  at,
  ev,
  isType,
  label,
  normalizeLocation,
  ofType,
  once,
  subscriptionOf,
  T,
} from './util.js';

export default defineCheck({
  id: 'azure-network-watcher-enabled',
  title: 'Network Watcher is enabled in every region with virtual networks',
  rationale:
    'Network Watcher is a per-region service; flow logs, connection troubleshooting and packet capture only work ' +
    'in regions where it exists. A virtual network in a region without it cannot be monitored.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['network.vpc'],
  controls: ['LOG-03'],
  remediation:
    'Enable Network Watcher for the region (it is created automatically with the first virtual network unless opted out).',
  fix: {
    cli: 'az network watcher configure --locations LOCATION --enabled true --resource-group NetworkWatcherRG',
  },
  references: { 'cis-azure-foundations': ['6.6'] },
  evaluate(vnet, { inventory }) {
    if (!isType(vnet, T.vnet)) return notApplicable('Not a virtual network.');
    const watchers = ofType(inventory, T.networkWatcher);
    if (watchers.length === 0)
      throw new MissingData(
        'networkWatchers',
        'no network watchers were collected, so their absence cannot be told',
      );
    const location = armValue<string>(vnet, 'location') ?? vnet.region;
    if (!location) throw new MissingData('location', 'the virtual network location is not known');
    const index = once(inventory, 'azure:network-watchers', () => {
      const m = new Map<string, { name: string; state: string }>();
      for (const w of watchers) {
        const l = at(w.raw, 'location') ?? w.region;
        if (typeof l !== 'string') continue;
        m.set(`${subscriptionOf(w)}|${normalizeLocation(l)}`, {
          name: label(w),
          state: String(at(w.raw, 'properties.provisioningState') ?? 'Succeeded'),
        });
      }
      return m;
    });
    const w = index.get(`${subscriptionOf(vnet)}|${normalizeLocation(location)}`);
    if (!w)
      return fail(`No Network Watcher exists in ${location} for this subscription.`, [
        ev('location', location),
      ]);
    return w.state.toLowerCase() === 'succeeded'
      ? pass(`Network Watcher "${w.name}" covers ${location}.`, [ev('networkWatcher', w.name)])
      : fail(`Network Watcher "${w.name}" in ${location} is in state ${w.state}.`, [
          ev('provisioningState', w.state),
        ]);
  },
});
