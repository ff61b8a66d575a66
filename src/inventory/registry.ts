import type { OfflineCollector } from './types.js';

/** Every offline collector, in detection order (more specific formats first). */
export const offlineCollectors: readonly OfflineCollector[] = [];
