import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { ResourceInput } from '../core/index.js';
import { LATEST_MIGRATION, migrations } from './migrations.js';
import type { Database } from './schema.js';
import { resolveDbPath, Store } from './store.js';

const tmp = () => join(mkdtempSync(join(tmpdir(), 'verity-store-')), 'nested', 'verity.db');

const resource = (n: number): ResourceInput => ({
  id: `arn:aws:ec2:eu-west-1:111122223333:instance/i-${n.toString(16).padStart(17, '0')}`,
  provider: 'aws',
  service: 'ec2',
  kind: 'compute.instance',
  account: '111122223333',
  region: 'eu-west-1',
  name: `web-${n}`,
  tags: { env: n % 2 === 0 ? 'prod' : 'dev' },
  properties: { publicIp: n % 3 === 0 ? `203.0.113.${n % 250}` : null, imdsV2: true },
  relations: [{ type: 'interface', target: `eni-${n}` }],
  raw: { InstanceId: `i-${n}`, State: { Name: 'running' } },
  source: { type: 'export', collector: 'aws-cli-json', location: `ec2.json:${n}` },
});

describe('Store', () => {
  it('creates the database and its folder on first use, at the latest schema', async () => {
    const path = tmp();
    const store = await Store.open(path);
    expect(existsSync(path)).toBe(true);
    const status = await store.status();
    expect(status.schemaVersion).toBe(LATEST_MIGRATION);
    expect(status.appliedMigrations).toEqual(Object.keys(migrations).sort());
    expect(status.snapshots).toBe(0);
    await store.close();
  });

  it('migrates once: reopening applies nothing and keeps the data', async () => {
    const path = tmp();
    const a = await Store.open(path);
    await a.saveSnapshot([resource(1)], { source: 'test' });
    await a.close();
    const b = await Store.open(path);
    expect(await b.migrate()).toEqual([]);
    expect((await b.status()).resources).toBe(1);
    await b.close();
  });

  it('round-trips a snapshot of resources exactly, in order, and filters by kind', async () => {
    const store = await Store.open(tmp());
    const input = Array.from({ length: 450 }, (_, i) => resource(i));
    const info = await store.saveSnapshot(input, { source: 'aws-cli-json', note: 'two chunks and a half' });
    expect(info.resourceCount).toBe(450);
    const back = await store.resources(info.id);
    expect(back).toHaveLength(450);
    expect(back[0]).toEqual({ ...input[0], unknown: [] });
    expect(back[449]?.id).toBe(input[449]?.id);
    expect(await store.resources(info.id, { kinds: ['storage.bucket'] })).toEqual([]);
    expect((await store.snapshots())[0]).toMatchObject({
      id: info.id,
      note: 'two chunks and a half',
      resourceCount: 450,
    });
    await store.close();
  });

  it('writes nothing when one resource of a snapshot is invalid', async () => {
    const store = await Store.open(tmp());
    const bad = { ...resource(2), kind: 'compute.vm' } as unknown as ResourceInput;
    await expect(store.saveSnapshot([resource(1), bad], { source: 'test' })).rejects.toThrow(
      /Resource 1 is not valid: kind/,
    );
    const s = await store.status();
    expect([s.snapshots, s.resources]).toEqual([0, 0]);
    await store.close();
  });

  it('upgrades a database made by an older version, keeping its rows', async () => {
    const path = tmp();
    mkdirSync(dirname(path), { recursive: true });
    const old = new Kysely<Database>({ dialect: new SqliteDialect({ database: new Sqlite(path) }) });
    const first = Object.keys(migrations).sort()[0] ?? '';
    const firstMigration = migrations[first];
    if (!firstMigration) throw new Error('no migrations');
    const migrator = new Migrator({
      db: old,
      provider: { getMigrations: async () => ({ [first]: firstMigration }) },
    });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    // The rows an older version wrote: the columns of migration 0001 only.
    await sql`insert into snapshots (id, created_at, source, resource_count, note) values ('s1', '2026-01-01T00:00:00Z', 'v1', 0, null)`.execute(
      old,
    );
    await old.destroy();

    const store = await Store.open(path);
    const status = await store.status();
    expect(status.schemaVersion).toBe(LATEST_MIGRATION);
    expect(status.appliedMigrations).toHaveLength(Object.keys(migrations).length);
    expect(await store.snapshots()).toEqual([
      {
        id: 's1',
        createdAt: '2026-01-01T00:00:00Z',
        source: 'v1',
        resourceCount: 0,
        note: null,
        sources: [],
        coverage: [],
      },
    ]);
    await store.close();
  });

  it('rolls the whole snapshot back when the database refuses a row', async () => {
    const store = await Store.open(tmp());
    // Two resources with the same id break the primary key on the second insert.
    await expect(store.saveSnapshot([resource(5), resource(5)], { source: 'test' })).rejects.toThrow();
    expect((await store.status()).snapshots).toBe(0);
    await store.close();
  });

  it('reports a database it cannot open as a store error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-store-'));
    await expect(Store.open(dir)).rejects.toMatchObject({ code: 'STORE_ERROR' });
  });

  it('keeps a schema other tools can read: plain tables with the expected columns', async () => {
    const path = tmp();
    await (await Store.open(path)).close();
    const db = new Sqlite(path, { readonly: true });
    const cols = (t: string) =>
      (db.prepare(`pragma table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
    expect(cols('snapshots')).toEqual([
      'id',
      'created_at',
      'source',
      'resource_count',
      'note',
      'sources',
      'coverage',
    ]);
    expect(cols('resources')).toContain('properties');
    db.close();
  });
});

describe('resolveDbPath', () => {
  it('prefers --db, then VERITY_DB, then ~/.verity/verity.db', () => {
    expect(resolveDbPath('/x/a.db', { VERITY_DB: '/y/b.db' })).toBe('/x/a.db');
    expect(resolveDbPath(undefined, { VERITY_DB: '/y/b.db' })).toBe('/y/b.db');
    expect(resolveDbPath(undefined, {})).toMatch(/[/\\]\.verity[/\\]verity\.db$/);
  });
});
