import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isObj, need, value } from './util.js';

export default defineCheck({
  id: 'gcp-dns-zsk-not-rsasha1',
  title: 'DNSSEC zone-signing keys do not use RSASHA1',
  rationale:
    'RSASHA1 relies on SHA-1, which is no longer considered collision-resistant; signatures made with it are the ' +
    "weakest link in the zone's DNSSEC chain. Current algorithms such as RSASHA256 or ECDSAP256SHA256 should be used.",
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['network.dns-zone'],
  controls: ['EIT-04', 'KEY-01'],
  remediation:
    'Turn DNSSEC off on the zone, change the zoneSigning algorithm to RSASHA256 or ECDSAP256SHA256, and turn DNSSEC on ' +
    'again (updating the DS record at the registrar).',
  fix: {
    cli: 'gcloud dns managed-zones update ZONE --dnssec-state on --ksk-algorithm ECDSAP256SHA256 --zsk-algorithm ECDSAP256SHA256 --ksk-key-length 256 --zsk-key-length 256',
  },
  references: { 'cis-gcp-foundations': ['3.5'] },
  evaluate(zone) {
    if (!isAsset(zone, A.managedZone)) return notApplicable('Not a Cloud DNS managed zone.');
    const state =
      String(need<string>(zone, 'visibility')).toLowerCase() === 'public'
        ? String(value(zone, 'dnssecConfig.state') ?? 'off')
        : 'off';
    if (state === 'off') return notApplicable('DNSSEC is not enabled on the zone.');
    const specs = (value<unknown[]>(zone, 'dnssecConfig.defaultKeySpecs') ?? []).filter(isObj);
    const spec = specs.find((s) => s.keyType === 'zoneSigning');
    const algorithm = String(spec?.algorithm ?? 'rsasha256');
    return algorithm.toLowerCase() === 'rsasha1'
      ? fail('The zoneSigning uses RSASHA1.', [ev('defaultKeySpecs.zoneSigning.algorithm', algorithm)])
      : pass(`The zoneSigning uses ${algorithm}.`, [ev('defaultKeySpecs.zoneSigning.algorithm', algorithm)]);
  },
});
