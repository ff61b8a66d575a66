import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isObj, label, ofType, once, urlToName, value } from './util.js';

export default defineCheck({
  id: 'gcp-dns-logging',
  title: 'Cloud DNS query logging is on for VPC networks',
  rationale:
    'DNS query logs show which names workloads resolve — the trail left by malware calling home, data ' +
    'exfiltration over DNS and lookups of internal services by an intruder.',
  severity: 'low',
  providers: ['gcp'],
  kinds: ['network.vpc'],
  controls: ['LOG-03'],
  remediation: 'Attach a DNS server policy with logging enabled to the network.',
  fix: {
    cli: 'gcloud dns policies create dns-logging --networks=NETWORK --enable-logging --description="DNS query logging"',
  },
  references: { 'cis-gcp-foundations': ['2.12'] },
  evaluate(network, { inventory }) {
    if (!isAsset(network, A.network)) return notApplicable('Not a VPC network.');
    if (ofType(inventory, A.dnsPolicy).length === 0)
      throw new MissingData(
        'dnsPolicies',
        'no DNS server policies were collected, so their absence cannot be told',
      );
    const byNetwork = once(inventory, 'gcp:dns-policies', () => {
      const m = new Map<string, { id: string; logging: boolean }[]>();
      for (const p of ofType(inventory, A.dnsPolicy)) {
        const nets = (value<unknown[]>(p, 'networks') ?? []).filter(isObj);
        for (const n of nets) {
          const key = urlToName(String(n.networkUrl ?? ''));
          const list = m.get(key) ?? [];
          list.push({ id: p.id, logging: value(p, 'enableLogging') === true });
          m.set(key, list);
        }
      }
      return m;
    });
    const policies = byNetwork.get(network.id) ?? [];
    const on = policies.find((p) => p.logging);
    if (on)
      return pass(`DNS policy ${on.id.split('/').pop()} logs queries on this network.`, [
        ev('dnsPolicy', on.id),
      ]);
    return fail(
      policies.length > 0
        ? "The network's DNS policy has logging turned off."
        : `No DNS policy with logging is attached to ${label(network)}.`,
      [
        ev(
          'dnsPolicies',
          policies.map((p) => p.id),
        ),
      ],
    );
  },
});
