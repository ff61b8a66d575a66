export { LATEST_MIGRATION, migrations } from './migrations.js';
export type { Database } from './schema.js';
export { resolveDbPath, type SnapshotInfo, Store, type StoreStatus } from './store.js';
