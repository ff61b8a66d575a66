import { resolveDbPath, Store } from '../../store/index.js';
import type { Context } from '../context.js';

/** `verity db migrate`: creates the database or applies pending migrations (opening it already does). */
export async function run(ctx: Context): Promise<void> {
  const path = resolveDbPath(ctx.options.db, ctx.io.env);
  const store = await Store.open(path);
  try {
    const s = await store.status();
    ctx.print(`${path} is at schema ${s.schemaVersion} (${s.appliedMigrations.length} migrations applied).`);
  } finally {
    await store.close();
  }
}
