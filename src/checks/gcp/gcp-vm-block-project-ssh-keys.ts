import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isGkeNode, isTrue, metadataItem, needBody, norm, value } from './util.js';

export default defineCheck({
  id: 'gcp-vm-block-project-ssh-keys',
  title: 'VM instances block project-wide SSH keys',
  rationale:
    'A project-wide SSH key opens every instance that accepts such keys; one leaked key then reaches them all. ' +
    'Blocking project keys limits SSH to keys set on the instance itself (or to OS Login).',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.instance'],
  controls: ['IAM-05', 'NET-06'],
  remediation: 'Set the instance metadata key block-project-ssh-keys to TRUE (or use OS Login).',
  fix: {
    cli: 'gcloud compute instances add-metadata INSTANCE --zone=ZONE --metadata=block-project-ssh-keys=TRUE',
  },
  references: { 'cis-gcp-foundations': ['4.3'] },
  evaluate(vm) {
    if (!isAsset(vm, A.instance)) return notApplicable('Not a Compute Engine instance.');
    const normalized = norm<boolean>(vm, 'projectSshKeysBlocked');
    if (normalized === undefined) needBody(vm);
    if (isGkeNode(vm)) return notApplicable('A GKE node, managed by GKE.');
    const blocked = normalized ?? isTrue(metadataItem(value(vm, 'metadata'), 'block-project-ssh-keys'));
    return blocked
      ? pass('Project-wide SSH keys are blocked.', [ev('metadata.block-project-ssh-keys', true)])
      : fail('Project-wide SSH keys are accepted.', [ev('metadata.block-project-ssh-keys', false)]);
  },
});
