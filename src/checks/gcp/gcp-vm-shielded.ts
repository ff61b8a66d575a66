import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, needBody, norm, value } from './util.js';

export default defineCheck({
  id: 'gcp-vm-shielded',
  title: 'VM instances run as Shielded VMs',
  rationale:
    'Shielded VM features — a virtual TPM, measured boot with integrity monitoring, and Secure Boot — detect or ' +
    'prevent boot-level malware and rootkits that persist below the operating system.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.instance'],
  controls: ['HOST-03', 'OS-02'],
  remediation:
    'Stop the instance and turn on vTPM and integrity monitoring (and Secure Boot where the image supports it); use Shielded VM images.',
  fix: {
    cli: 'gcloud compute instances update INSTANCE --zone=ZONE --shielded-vtpm --shielded-integrity-monitoring --shielded-secure-boot',
  },
  references: { 'cis-gcp-foundations': ['4.8'] },
  evaluate(vm) {
    if (!isAsset(vm, A.instance)) return notApplicable('Not a Compute Engine instance.');
    const normalized = norm<boolean>(vm, 'shieldedVm');
    if (normalized !== undefined)
      return normalized ? pass('Shielded VM is on.') : fail('Shielded VM is off.');
    needBody(vm);
    const cfg = value<Record<string, unknown>>(vm, 'shieldedInstanceConfig') ?? {};
    const missing = [
      ...(cfg.enableVtpm === true ? [] : ['vTPM']),
      ...(cfg.enableIntegrityMonitoring === true ? [] : ['integrity monitoring']),
    ];
    const evidence = [ev('shieldedInstanceConfig', cfg)];
    return missing.length === 0
      ? pass(
          `vTPM and integrity monitoring are on${cfg.enableSecureBoot === true ? ', with Secure Boot' : ''}.`,
          evidence,
        )
      : fail(`Shielded VM features off: ${missing.join(', ')}.`, evidence);
  },
});
