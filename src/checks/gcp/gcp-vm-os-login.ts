import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { A, computeProject, ev, isAsset, isGkeNode, isTrue, metadataItem, needBody, value } from './util.js';

export default defineCheck({
  id: 'gcp-vm-os-login',
  title: 'VM instances use OS Login',
  rationale:
    'OS Login ties SSH access to IAM identities: access follows roles and groups, is revoked when the account is, ' +
    'can require 2-step verification and is audited. Metadata SSH keys are unmanaged and outlive their owners.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.instance'],
  controls: ['IAM-05', 'IAM-01'],
  remediation:
    "Set enable-oslogin=TRUE in the project's common metadata and remove instance-level overrides that set it to FALSE.",
  fix: { cli: 'gcloud compute project-info add-metadata --metadata=enable-oslogin=TRUE' },
  references: { 'cis-gcp-foundations': ['4.4'] },
  evaluate(vm, { inventory }) {
    if (!isAsset(vm, A.instance)) return notApplicable('Not a Compute Engine instance.');
    needBody(vm);
    if (isGkeNode(vm)) return notApplicable('A GKE node, managed by GKE.');
    const own = metadataItem(value(vm, 'metadata'), 'enable-oslogin');
    if (own !== undefined)
      return isTrue(own)
        ? pass('OS Login is enabled on the instance.', [ev('metadata.enable-oslogin', own)])
        : fail('The instance turns OS Login off.', [ev('metadata.enable-oslogin', own)]);
    const project = computeProject(vm, inventory);
    if (!project)
      throw new MissingData('commonInstanceMetadata', 'the project-wide metadata was not collected');
    const shared = metadataItem(value(project, 'commonInstanceMetadata'), 'enable-oslogin');
    return isTrue(shared)
      ? pass('OS Login is enabled for the project.', [ev('commonInstanceMetadata.enable-oslogin', shared)])
      : fail('OS Login is not enabled for the project or the instance.', [
          ev('commonInstanceMetadata.enable-oslogin', shared ?? null),
        ]);
  },
});
