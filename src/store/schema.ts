/** The database schema as Kysely sees it. JSON is stored as text so SQLite and PostgreSQL share one schema. */
export interface Database {
  snapshots: SnapshotTable;
  resources: ResourceTable;
  scans: ScanTable;
  findings: FindingTable;
}

export interface ScanTable {
  id: string;
  snapshot_id: string;
  created_at: string;
  /** How many checks ran. */
  checks: number;
  /** JSON: counts by status and severity. */
  summary: string;
}

export interface FindingTable {
  scan_id: string;
  id: string;
  check_id: string;
  resource_id: string;
  provider: string;
  service: string;
  status: string;
  severity: string;
  /** JSON array of control ids. */
  controls: string;
  owner: string;
  team: string | null;
  tier: string | null;
  message: string;
  /** JSON array of observations. */
  evidence: string;
  remediation: string | null;
  first_seen: string;
  last_seen: string;
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
