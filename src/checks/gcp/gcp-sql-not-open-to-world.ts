import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAnywhere, isAsset, isObj, need, norm, value } from './util.js';

export default defineCheck({
  id: 'gcp-sql-not-open-to-world',
  title: 'Cloud SQL instances do not authorize connections from anywhere',
  rationale:
    'An authorized network of 0.0.0.0/0 lets any address on the internet open a connection to the public IP, ' +
    'leaving only the database password between an attacker and the data.',
  severity: 'critical',
  providers: ['gcp'],
  kinds: ['database.instance'],
  controls: ['NET-02', 'DATA-03'],
  remediation:
    'Remove 0.0.0.0/0 from the authorized networks; connect through private IP, the Cloud SQL Auth Proxy or specific client ranges.',
  fix: { cli: 'gcloud sql instances patch INSTANCE --clear-authorized-networks' },
  references: { 'cis-gcp-foundations': ['6.5'] },
  evaluate(db) {
    if (!isAsset(db, A.sqlInstance)) return notApplicable('Not a Cloud SQL instance.');
    const normalized = norm<string[]>(db, 'firewallCidrs');
    const ip =
      normalized === undefined
        ? need<Record<string, unknown>>(db, 'settings.ipConfiguration', 'firewallCidrs')
        : undefined;
    if (ip && ip.ipv4Enabled === false)
      return pass('The instance has no public IP, so authorized networks do not apply.', [
        ev('ipv4Enabled', false),
      ]);
    const cidrs =
      normalized ??
      (value<unknown[]>(db, 'settings.ipConfiguration.authorizedNetworks') ?? [])
        .filter(isObj)
        .map((n) => String(n.value ?? ''));
    const open = cidrs.filter(isAnywhere);
    return open.length === 0
      ? pass('No authorized network covers the whole internet.', [ev('authorizedNetworks', cidrs)])
      : fail(`Authorized networks include ${open.join(', ')}.`, [ev('authorizedNetworks', cidrs)]);
  },
});
