import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-vm-linux-password-auth-disabled',
  title: 'Linux virtual machines accept SSH keys only',
  rationale:
    'Password logins can be guessed or reused from other breaches; SSH keys cannot. Azure can provision Linux VMs ' +
    'with password authentication disabled so that only key-based (or Entra ID) logins work.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['compute.instance'],
  controls: ['OS-02', 'IAM-05'],
  remediation:
    "Set disablePasswordAuthentication in the VM's Linux configuration (and PasswordAuthentication no in sshd), " +
    'using SSH keys or Entra ID login instead.',
  fix: {
    terraform:
      'resource "azurerm_linux_virtual_machine" "this" {\n  disable_password_authentication = true\n}',
  },
  evaluate(vm) {
    if (!isType(vm, T.vm)) return notApplicable('Not an Azure virtual machine.');
    const profile = armValue<Record<string, unknown>>(vm, 'properties.osProfile');
    if (profile === undefined) {
      const osType = armValue<string>(vm, 'properties.storageProfile.osDisk.osType');
      if (osType && osType.toLowerCase() === 'windows') return notApplicable('A Windows VM.');
      throw new MissingData(
        'raw.properties.osProfile',
        'the OS profile was not collected (or the VM was created from a specialized disk)',
      );
    }
    if (profile.windowsConfiguration !== undefined) return notApplicable('A Windows VM.');
    const disabled = armValue<boolean>(
      vm,
      'properties.osProfile.linuxConfiguration.disablePasswordAuthentication',
    );
    if (disabled === undefined)
      throw new MissingData('raw.properties.osProfile.linuxConfiguration', 'not in the collected data');
    return disabled
      ? pass('Password authentication is disabled.', [ev('disablePasswordAuthentication', true)])
      : fail('The VM accepts SSH password logins.', [ev('disablePasswordAuthentication', false)]);
  },
});
