import { checks as cross } from './cross/index.js';
import type { Check } from './define.js';

export {
  type Check,
  type CheckContext,
  type CheckOutcome,
  defineCheck,
  type InventoryView,
  MissingData,
  need,
} from './define.js';
export { CheckRegistry, validateCheck } from './registry.js';

/** Every built-in check. Each folder lists its own in its index.ts. */
export const builtinChecks: readonly Check[] = [...cross];
