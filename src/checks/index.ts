import { checks as aws } from './aws/index.js';
import { checks as azure } from './azure/index.js';
import { checks as cross } from './cross/index.js';
import { loadDeclarativeChecks } from './declarative/load.js';
import type { Check } from './define.js';
import { checks as gcp } from './gcp/index.js';

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

/** The declarative checks in data/checks/*.yaml, compiled once, with their inline fixture cases. */
export const declarative = loadDeclarativeChecks();

/** Every built-in check. Each folder lists its own in its index.ts. */
export const builtinChecks: readonly Check[] = [...declarative.checks, ...cross, ...aws, ...azure, ...gcp];
