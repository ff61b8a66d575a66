import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, type SelectQueryBuilder, SqliteDialect } from 'kysely';
import {
  type Finding,
  type Resource,
  type ResourceInput,
  ResourceSchema,
  StoreError,
  VerityError,
} from '../core/index.js';
import { LATEST_MIGRATION, migrationProvider } from './migrations.js';
import type { Database, ResourceTable } from './schema.js';

type ResourceQuery = SelectQueryBuilder<Database, 'resources', ResourceTable>;

/** Where the database lives: `--db`, else `VERITY_DB`, else `~/.verity/verity.db`. */
export function resolveDbPath(
  explicit?: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const chosen = explicit ?? env.VERITY_DB;
  if (chosen && chosen !== '') return chosen === ':memory:' ? chosen : resolve(chosen);
  return join(homedir(), '.verity', 'verity.db');
}

export interface SnapshotInfo {
  id: string;
  createdAt: string;
  source: string;
  resourceCount: number;
  note: string | null;
  /** The inputs the snapshot was built from (files, folders, live accounts). */
  sources: unknown[];
  /** What could not be collected: failed calls, skipped files, unknown resource types. */
  coverage: unknown[];
}

/** A finding as stored: the core Finding plus where the resource lives. */
export interface StoredFinding extends Finding {
  provider: string;
  service: string;
}

export interface ScanInfo {
  id: string;
  snapshotId: string;
  createdAt: string;
  checks: number;
  /** Counts by status, and failures by severity (`fail:high`). */
  summary: Record<string, number>;
}

export interface StoreStatus {
  path: string;
  schemaVersion: string;
  latestVersion: string;
  appliedMigrations: string[];
  snapshots: number;
  resources: number;
}

/**
 * The local store: an SQLite file, created and migrated on first use. Queries go through Kysely so the same
 * code can later run on PostgreSQL.
 */
export class Store {
  private constructor(
    readonly path: string,
    readonly db: Kysely<Database>,
  ) {}

  /** Opens (creating if needed) and migrates the database at `path`. */
  static async open(path: string): Promise<Store> {
    let sqlite: Sqlite.Database;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      sqlite = new Sqlite(path);
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma('busy_timeout = 5000');
    } catch (error) {
      throw new StoreError(`Cannot open the database ${path}: ${(error as Error).message}.`, {
        cause: error,
      });
    }
    const store = new Store(path, new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }));
    try {
      await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  /** Applies every pending migration; returns the names applied now. */
  async migrate(): Promise<string[]> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new StoreError(`Migration ${failed} of ${this.path} failed: ${(error as Error).message}.`, {
        cause: error,
      });
    }
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  }

  async status(): Promise<StoreStatus> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider });
    const applied = (await migrator.getMigrations()).filter((m) => m.executedAt).map((m) => m.name);
    const count = async (table: 'snapshots' | 'resources') =>
      Number(
        (
          await this.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    return {
      path: this.path,
      schemaVersion: applied.at(-1) ?? '',
      latestVersion: LATEST_MIGRATION,
      appliedMigrations: applied,
      snapshots: await count('snapshots'),
      resources: await count('resources'),
    };
  }

  /**
   * Saves an inventory snapshot in one transaction. Every resource is validated first; an invalid one aborts
   * the save (nothing half-written) with its position in the list.
   */
  async saveSnapshot(
    resources: readonly ResourceInput[],
    meta: { source: string; note?: string; sources?: unknown[]; coverage?: unknown[] },
  ): Promise<SnapshotInfo> {
    const valid: Resource[] = resources.map((r, i) => {
      const parsed = ResourceSchema.safeParse(r);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new StoreError(
          `Resource ${i} is not valid: ${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim(),
        );
      }
      return parsed.data;
    });
    const info: SnapshotInfo = {
      id: randomUUID(),
      createdAt: new Date().toISOString(),
      source: meta.source,
      resourceCount: valid.length,
      note: meta.note ?? null,
      sources: meta.sources ?? [],
      coverage: meta.coverage ?? [],
    };
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('snapshots')
        .values({
          id: info.id,
          created_at: info.createdAt,
          source: info.source,
          resource_count: info.resourceCount,
          note: info.note,
          sources: JSON.stringify(info.sources),
          coverage: JSON.stringify(info.coverage),
        })
        .execute();
      const CHUNK = 200;
      for (let start = 0; start < valid.length; start += CHUNK) {
        const chunk = valid.slice(start, start + CHUNK).map((r, i) => ({
          snapshot_id: info.id,
          id: r.id,
          provider: r.provider,
          service: r.service,
          kind: r.kind,
          account: r.account,
          region: r.region ?? null,
          name: r.name ?? null,
          tier: r.tier ?? null,
          tags: JSON.stringify(r.tags),
          properties: JSON.stringify(r.properties),
          relations: JSON.stringify(r.relations),
          unknown: JSON.stringify(r.unknown),
          raw: JSON.stringify(r.raw ?? null),
          source: JSON.stringify(r.source),
          seq: start + i,
        }));
        await tx.insertInto('resources').values(chunk).execute();
      }
    });
    return info;
  }

  async snapshots(): Promise<SnapshotInfo[]> {
    const rows = await this.db.selectFrom('snapshots').selectAll().orderBy('created_at', 'desc').execute();
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      source: r.source,
      resourceCount: r.resource_count,
      note: r.note,
      sources: JSON.parse(r.sources),
      coverage: JSON.parse(r.coverage),
    }));
  }

  /**
   * A snapshot by id, by a unique prefix of its id (as `git` takes commits), or `latest`. Throws a clear error
   * when none or several match.
   */
  async snapshot(ref = 'latest'): Promise<SnapshotInfo> {
    return pick(await this.snapshots(), ref, 'snapshot', 'verity collect');
  }

  /** One resource of a snapshot by its id, or undefined. */
  async resource(snapshotId: string, id: string): Promise<Resource | undefined> {
    const rows = await this.resourcesWhere(snapshotId, (q) => q.where('id', '=', id));
    return rows[0];
  }

  /** The resources of a snapshot, in the order they were saved; optionally only some kinds. */
  async resources(snapshotId: string, filter: { kinds?: readonly string[] } = {}): Promise<Resource[]> {
    const kinds = filter.kinds && filter.kinds.length > 0 ? [...filter.kinds] : undefined;
    return this.resourcesWhere(snapshotId, (q) => (kinds ? q.where('kind', 'in', kinds) : q));
  }

  private async resourcesWhere(
    snapshotId: string,
    refine: (q: ResourceQuery) => ResourceQuery,
  ): Promise<Resource[]> {
    const q = refine(this.db.selectFrom('resources').selectAll().where('snapshot_id', '=', snapshotId));
    const rows = await q.orderBy('seq').execute();
    return rows.map((r) =>
      ResourceSchema.parse({
        id: r.id,
        provider: r.provider,
        service: r.service,
        kind: r.kind,
        account: r.account,
        ...(r.region !== null ? { region: r.region } : {}),
        ...(r.name !== null ? { name: r.name } : {}),
        ...(r.tier !== null ? { tier: r.tier } : {}),
        tags: JSON.parse(r.tags),
        properties: JSON.parse(r.properties),
        relations: JSON.parse(r.relations),
        unknown: JSON.parse(r.unknown),
        raw: JSON.parse(r.raw),
        source: JSON.parse(r.source),
      }),
    );
  }

  /** For each finding id, when it was first seen failing in an earlier scan. */
  async firstSeen(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const CHUNK = 500;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom('findings')
        .select(['id', (eb) => eb.fn.min<string>('first_seen').as('first')])
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .where('status', '=', 'fail')
        .groupBy('id')
        .execute();
      for (const r of rows) out.set(r.id, r.first);
    }
    return out;
  }

  /** Stores a scan and its findings in one transaction. */
  async saveScan(
    snapshotId: string,
    findings: readonly StoredFinding[],
    meta: { checks: number; createdAt: string },
  ): Promise<ScanInfo> {
    const summary: Record<string, number> = {};
    for (const f of findings) {
      summary[f.status] = (summary[f.status] ?? 0) + 1;
      if (f.status === 'fail') summary[`fail:${f.severity}`] = (summary[`fail:${f.severity}`] ?? 0) + 1;
    }
    const info: ScanInfo = {
      id: randomUUID(),
      snapshotId,
      createdAt: meta.createdAt,
      checks: meta.checks,
      summary,
    };
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('scans')
        .values({
          id: info.id,
          snapshot_id: snapshotId,
          created_at: info.createdAt,
          checks: info.checks,
          summary: JSON.stringify(summary),
        })
        .execute();
      const CHUNK = 200;
      for (let i = 0; i < findings.length; i += CHUNK) {
        await tx
          .insertInto('findings')
          .values(
            findings.slice(i, i + CHUNK).map((f) => ({
              scan_id: info.id,
              id: f.id,
              check_id: f.check,
              resource_id: f.resource,
              provider: f.provider,
              service: f.service,
              status: f.status,
              severity: f.severity,
              controls: JSON.stringify(f.controls),
              owner: f.owner,
              team: f.team ?? null,
              tier: f.tier ?? null,
              message: f.message,
              evidence: JSON.stringify(f.evidence),
              remediation: f.remediation ?? null,
              first_seen: f.firstSeen,
              last_seen: f.lastSeen,
            })),
          )
          .execute();
      }
    });
    return info;
  }

  async scans(): Promise<ScanInfo[]> {
    const rows = await this.db.selectFrom('scans').selectAll().orderBy('created_at', 'desc').execute();
    return rows.map((r) => ({
      id: r.id,
      snapshotId: r.snapshot_id,
      createdAt: r.created_at,
      checks: r.checks,
      summary: JSON.parse(r.summary),
    }));
  }

  /** A scan by id, unique prefix, or `latest`. */
  async scan(ref = 'latest'): Promise<ScanInfo> {
    return pick(await this.scans(), ref, 'scan', 'verity scan');
  }

  async findings(scanId: string): Promise<StoredFinding[]> {
    const rows = await this.db.selectFrom('findings').selectAll().where('scan_id', '=', scanId).execute();
    return rows.map((r) => ({
      id: r.id,
      check: r.check_id,
      resource: r.resource_id,
      provider: r.provider,
      service: r.service,
      status: r.status as StoredFinding['status'],
      state: 'open',
      severity: r.severity as StoredFinding['severity'],
      controls: JSON.parse(r.controls),
      owner: r.owner as StoredFinding['owner'],
      ...(r.team !== null ? { team: r.team } : {}),
      ...(r.tier !== null ? { tier: r.tier } : {}),
      message: r.message,
      evidence: JSON.parse(r.evidence),
      ...(r.remediation !== null ? { remediation: r.remediation } : {}),
      firstSeen: r.first_seen,
      lastSeen: r.last_seen,
    }));
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** One of `all` (newest first) by `latest`, its id or a unique prefix of it, with a clear error otherwise. */
function pick<T extends { id: string }>(all: readonly T[], ref: string, what: string, command: string): T {
  const [newest] = all;
  if (!newest) throw new VerityError('USAGE', `There are no ${what}s yet: run \`${command}\` first.`);
  if (ref === 'latest') return newest;
  const matches = all.filter((s) => s.id.startsWith(ref));
  if (matches.length === 1) return matches[0] as T;
  if (matches.length === 0) throw new VerityError('USAGE', `No ${what} has an id starting with '${ref}'.`);
  throw new VerityError('USAGE', `'${ref}' matches ${matches.length} ${what}s; give more of the id.`);
}
