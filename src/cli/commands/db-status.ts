import { resolveDbPath, Store } from '../../store/index.js';
import type { Context } from '../context.js';

/** `verity db status`: where the database is, its schema version and what it holds. Creates it on first use. */
export async function run(ctx: Context, opts: { format: 'text' | 'json' }): Promise<void> {
  const store = await Store.open(resolveDbPath(ctx.options.db, ctx.io.env));
  try {
    const s = await store.status();
    if (opts.format === 'json') {
      ctx.print(JSON.stringify(s, null, 2));
      return;
    }
    ctx.print(
      [
        `Database:  ${s.path}`,
        `Schema:    ${s.schemaVersion}${s.schemaVersion === s.latestVersion ? ' (latest)' : ` (latest is ${s.latestVersion})`}`,
        `Snapshots: ${s.snapshots}`,
        `Resources: ${s.resources}`,
      ].join('\n'),
    );
  } finally {
    await store.close();
  }
}
