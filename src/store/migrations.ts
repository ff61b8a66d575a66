import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';

/**
 * Versioned migrations, applied in name order. Written with Kysely's schema builder and portable types only,
 * so the same list runs on SQLite and PostgreSQL. Never edit a released migration: add a new one.
 */
export const migrations: Record<string, Migration> = {
  '0001_snapshots_and_resources': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('snapshots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('resource_count', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .execute();
      await db.schema
        .createTable('resources')
        .addColumn('snapshot_id', 'text', (c) => c.notNull().references('snapshots.id').onDelete('cascade'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('service', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('account', 'text', (c) => c.notNull())
        .addColumn('region', 'text')
        .addColumn('name', 'text')
        .addColumn('tier', 'text')
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('properties', 'text', (c) => c.notNull())
        .addColumn('relations', 'text', (c) => c.notNull())
        .addColumn('raw', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('resources_pk', ['snapshot_id', 'id'])
        .execute();
      await db.schema
        .createIndex('resources_by_kind')
        .on('resources')
        .columns(['snapshot_id', 'kind'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('resources').execute();
      await db.schema.dropTable('snapshots').execute();
    },
  },
  '0002_unknowns_and_coverage': {
    async up(db: Kysely<unknown>) {
      // What a collector could not read: per resource, and per snapshot (failed API calls, skipped files).
      await db.schema
        .alterTable('resources')
        .addColumn('unknown', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema
        .alterTable('snapshots')
        .addColumn('sources', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema
        .alterTable('snapshots')
        .addColumn('coverage', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('snapshots').dropColumn('coverage').execute();
      await db.schema.alterTable('snapshots').dropColumn('sources').execute();
      await db.schema.alterTable('resources').dropColumn('unknown').execute();
    },
  },
  '0003_scans_and_findings': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('scans')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('snapshot_id', 'text', (c) => c.notNull().references('snapshots.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('checks', 'integer', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('findings')
        .addColumn('scan_id', 'text', (c) => c.notNull().references('scans.id').onDelete('cascade'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('check_id', 'text', (c) => c.notNull())
        .addColumn('resource_id', 'text', (c) => c.notNull())
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('service', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('controls', 'text', (c) => c.notNull())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('team', 'text')
        .addColumn('tier', 'text')
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('remediation', 'text')
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('findings_pk', ['scan_id', 'id'])
        .execute();
      await db.schema.createIndex('findings_by_id').on('findings').columns(['id', 'first_seen']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('findings').execute();
      await db.schema.dropTable('scans').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

/** The newest schema version this build knows. */
export const LATEST_MIGRATION = Object.keys(migrations).sort().at(-1) ?? '';

/** Used by tests to prove a database is really there. */
export const ping = (db: Kysely<unknown>) => sql`select 1`.execute(db);
