import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { A, computeProject, ev, isAsset, isTrue, metadataItem, needBody, norm, value } from './util.js';

export default defineCheck({
  id: 'gcp-vm-serial-port-disabled',
  title: 'Interactive serial console access is disabled',
  rationale:
    'The interactive serial console accepts connections from any IP address that can present a valid SSH key for ' +
    'the console, bypassing the VPC firewall. It is a break-glass tool and should stay off.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.instance'],
  controls: ['NET-06', 'OS-02'],
  remediation:
    'Set serial-port-enable to FALSE (or remove it) on the instance and in project metadata; enforce with the compute.disableSerialPortAccess organization policy.',
  fix: {
    cli: 'gcloud compute instances add-metadata INSTANCE --zone=ZONE --metadata=serial-port-enable=FALSE',
  },
  references: { 'cis-gcp-foundations': ['4.5'] },
  evaluate(vm, { inventory }) {
    if (!isAsset(vm, A.instance)) return notApplicable('Not a Compute Engine instance.');
    const normalized = norm<boolean>(vm, 'serialConsole');
    if (normalized !== undefined)
      return normalized
        ? fail('Serial console access is enabled.')
        : pass('Serial console access is disabled.');
    needBody(vm);
    const own = metadataItem(value(vm, 'metadata'), 'serial-port-enable');
    if (own !== undefined)
      return isTrue(own)
        ? fail('The instance enables interactive serial console access.', [
            ev('metadata.serial-port-enable', own),
          ])
        : pass('Serial console access is disabled on the instance.', [
            ev('metadata.serial-port-enable', own),
          ]);
    const project = computeProject(vm, inventory);
    if (!project)
      throw new MissingData('commonInstanceMetadata', 'the project-wide metadata was not collected');
    const shared = metadataItem(value(project, 'commonInstanceMetadata'), 'serial-port-enable');
    return isTrue(shared)
      ? fail('Serial console access is enabled for every instance of the project.', [
          ev('commonInstanceMetadata.serial-port-enable', shared),
        ])
      : pass('Serial console access is disabled.', [
          ev('commonInstanceMetadata.serial-port-enable', shared ?? null),
        ]);
  },
});
