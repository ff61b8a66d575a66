import type { OfflineCollector } from '../types.js';
import { armCollector } from './arm/collector.js';
import { cloudformationCollector } from './cloudformation/collector.js';
import { terraformCollector } from './terraform/collector.js';
import { terraformPlanCollector } from './terraform/plan.js';

export { armCollector } from './arm/collector.js';
export { cloudformationCollector } from './cloudformation/collector.js';
export { terraformCollector } from './terraform/collector.js';
export { terraformPlanCollector } from './terraform/plan.js';

/** The infrastructure-as-code collectors: Terraform (HCL and plans), CloudFormation, ARM. */
export const IAC_COLLECTORS: readonly OfflineCollector[] = [
  terraformCollector,
  terraformPlanCollector,
  cloudformationCollector,
  armCollector,
];
