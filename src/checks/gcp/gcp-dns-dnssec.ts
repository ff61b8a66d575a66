import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, need, value } from './util.js';

export default defineCheck({
  id: 'gcp-dns-dnssec',
  title: 'Public Cloud DNS zones are signed with DNSSEC',
  rationale:
    "DNSSEC lets resolvers verify that answers for the organisation's domains really come from its zone, which " +
    'defeats cache poisoning and spoofed answers that redirect users to attacker-controlled hosts.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['network.dns-zone'],
  controls: ['APP-05', 'EIT-04'],
  remediation: 'Turn DNSSEC on for the zone and publish the DS record at the registrar.',
  fix: { cli: 'gcloud dns managed-zones update ZONE --dnssec-state on' },
  references: { 'cis-gcp-foundations': ['3.3'] },
  evaluate(zone) {
    if (!isAsset(zone, A.managedZone)) return notApplicable('Not a Cloud DNS managed zone.');
    const visibility = String(need<string>(zone, 'visibility')).toLowerCase();
    if (visibility !== 'public') return notApplicable('A private zone; DNSSEC applies to public zones.');
    const state = String(value(zone, 'dnssecConfig.state') ?? 'off');
    return state === 'on'
      ? pass('DNSSEC is on.', [ev('dnssecConfig.state', state)])
      : fail(`DNSSEC is ${state}.`, [ev('dnssecConfig.state', state)]);
  },
});
