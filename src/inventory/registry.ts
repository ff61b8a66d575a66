import type { ResourceInput } from '../core/index.js';
import { awsCliCollector, awsConfigCollector } from './aws/index.js';
import { azureGraphCollector, azureGraphFolderCollector } from './azure/index.js';
import { gcpAssetCollector, gcpAssetFolderCollector } from './gcp/index.js';
import {
  armCollector,
  cloudformationCollector,
  terraformCollector,
  terraformPlanCollector,
} from './iac/index.js';
import { k8sCollector, linkK8sResources } from './k8s/index.js';
import { csvCollector, mergeOnpremHosts, nmapCollector } from './onprem/index.js';
import type { OfflineCollector } from './types.js';

/**
 * Every offline collector, in detection order: folder collectors first (an AWS CLI output folder, a Terraform
 * module, an export folder is read whole), then file formats from the most specific signature to the least.
 */
export const offlineCollectors: readonly OfflineCollector[] = [
  awsCliCollector,
  terraformCollector,
  azureGraphFolderCollector,
  gcpAssetFolderCollector,
  terraformPlanCollector,
  awsConfigCollector,
  cloudformationCollector,
  armCollector,
  azureGraphCollector,
  gcpAssetCollector,
  nmapCollector,
  k8sCollector,
  csvCollector,
];

/**
 * Work that needs the whole snapshot rather than one input: Kubernetes selectors that cross files, and the same
 * on-premises host seen in the inventory CSV and in a scan.
 */
export function finalizeSnapshot(resources: ResourceInput[]): ResourceInput[] {
  return mergeOnpremHosts(linkK8sResources(resources));
}
