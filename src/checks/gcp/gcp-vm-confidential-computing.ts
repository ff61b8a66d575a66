import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, labelsOf, needBody, value } from './util.js';

export default defineCheck<'compute.instance', { label: string }>({
  id: 'gcp-vm-confidential-computing',
  title: 'Instances handling sensitive data use Confidential Computing',
  rationale:
    'Confidential VMs keep memory encrypted with a key generated and held by the processor, so data in use is ' +
    'protected from the host and hypervisor. The parameter chooses which instances must use it: those carrying a ' +
    'label, or every instance when no label is set.',
  severity: 'low',
  providers: ['gcp'],
  kinds: ['compute.instance'],
  controls: ['HOST-02', 'EAR-01'],
  remediation: 'Recreate the instance as a Confidential VM on a supported machine type (e.g. N2D, C2D, C3).',
  fix: {
    cli: 'gcloud compute instances create INSTANCE --zone=ZONE --machine-type=n2d-standard-2 --confidential-compute-type=SEV --maintenance-policy=TERMINATE',
  },
  references: { 'cis-gcp-foundations': ['4.11'] },
  params: {
    label: {
      description:
        'label key (value "true") marking instances that must be confidential; empty means every instance',
      default: 'confidential-required',
    },
  },
  evaluate(vm, { params }) {
    if (!isAsset(vm, A.instance)) return notApplicable('Not a Compute Engine instance.');
    needBody(vm);
    if (params.label !== '' && labelsOf(vm)[params.label] !== 'true')
      return notApplicable(`Not labelled as requiring Confidential Computing (${params.label}=true).`);
    const cfg = value<Record<string, unknown>>(vm, 'confidentialInstanceConfig') ?? {};
    const on =
      cfg.enableConfidentialCompute === true ||
      (typeof cfg.confidentialInstanceType === 'string' &&
        cfg.confidentialInstanceType !== 'CONFIDENTIAL_INSTANCE_TYPE_UNSPECIFIED');
    return on
      ? pass('Confidential Computing is enabled.', [ev('confidentialInstanceConfig', cfg)])
      : fail('Confidential Computing is not enabled.', [ev('confidentialInstanceConfig', cfg)]);
  },
});
