/** The database schema as Kysely sees it. JSON is stored as text so SQLite and PostgreSQL share one schema. */
export interface Database {
  snapshots: SnapshotTable;
  resources: ResourceTable;
}

export interface SnapshotTable {
  id: string;
  created_at: string;
  /** What produced the snapshot: a collector, a file, an import. */
  source: string;
  resource_count: number;
  note: string | null;
  /** JSON: the inputs the snapshot was built from. */
  sources: string;
  /** JSON: what could not be collected (failed calls, skipped files, unknown types). */
  coverage: string;
}

export interface ResourceTable {
  snapshot_id: string;
  id: string;
  provider: string;
  service: string;
  kind: string;
  account: string;
  region: string | null;
  name: string | null;
  tier: string | null;
  tags: string;
  properties: string;
  relations: string;
  unknown: string;
  raw: string;
  source: string;
  /** Order of the resource within its snapshot. */
  seq: number;
}
