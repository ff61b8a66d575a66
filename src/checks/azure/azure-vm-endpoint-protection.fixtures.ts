import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const VM = 'Microsoft.Compute/virtualMachines';
const ext = (publisher: string, type: string) => ({
  type: 'extensions',
  name: type,
  properties: { publisher, type },
});
const vm = (name: string, resources: unknown[], extra: Record<string, unknown> = {}) =>
  az('compute.instance', VM, name, { properties: { ...extra }, resources });

export const cases: CheckCase[] = [
  {
    name: 'Defender for Endpoint',
    expect: 'pass',
    resource: vm('vm1', [ext('Microsoft.Azure.AzureDefenderForServers', 'MDE.Windows')]),
  },
  {
    name: 'Microsoft Antimalware',
    expect: 'pass',
    resource: vm('vm2', [ext('Microsoft.Azure.Security', 'IaaSAntimalware')]),
  },
  {
    name: 'third-party product listed by parameter',
    expect: 'pass',
    params: { protectionExtensions: ['CrowdStrike.Falcon.FalconSensorLinux'] },
    resource: vm('vm3', [ext('CrowdStrike.Falcon', 'FalconSensorLinux')]),
  },
  {
    name: 'monitoring agent only',
    expect: 'fail',
    resource: vm('vm4', [ext('Microsoft.Azure.Monitor', 'AzureMonitorWindowsAgent')]),
  },
  {
    name: 'deallocated VM',
    expect: 'not_applicable',
    resource: vm('vm5', [], {
      extended: { instanceView: { powerState: { code: 'PowerState/deallocated' } } },
    }),
  },
  {
    name: 'extensions not collected',
    expect: 'error',
    resource: az('compute.instance', VM, 'vm6', { properties: {} }),
  },
];
