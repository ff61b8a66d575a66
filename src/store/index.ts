export { LATEST_MIGRATION, migrations } from './migrations.js';
export type { Database } from './schema.js';
export {
  resolveDbPath,
  type ScanInfo,
  type SnapshotInfo,
  Store,
  type StoredFinding,
  type StoreStatus,
} from './store.js';
