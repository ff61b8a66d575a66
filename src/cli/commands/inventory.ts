import { type Resource, VerityError } from '../../core/index.js';
import { diffInventories } from '../../inventory/diff.js';
import {
  type Column,
  renderCsv,
  renderMarkdown,
  renderTable,
  type TabularFormat,
} from '../../report/index.js';
import type { Context } from '../context.js';

interface ListOptions {
  snapshot: string;
  kind?: string[];
  provider?: string[];
  service?: string[];
  format: TabularFormat;
}

/** `verity inventory list`: the resources of a snapshot, filtered. */
export async function list(ctx: Context, opts: ListOptions): Promise<void> {
  await ctx.withStore(async (store) => {
    const snap = await store.snapshot(opts.snapshot);
    let resources = await store.resources(snap.id, opts.kind ? { kinds: opts.kind } : {});
    if (opts.provider) resources = resources.filter((r) => opts.provider?.includes(r.provider));
    if (opts.service) resources = resources.filter((r) => opts.service?.includes(r.service));
    if (opts.format === 'json') {
      ctx.print(JSON.stringify({ snapshot: snap.id, resources }, null, 2));
      return;
    }
    const columns: Column<Resource>[] = [
      { title: 'Provider', value: (r) => r.provider },
      { title: 'Service', value: (r) => r.service },
      { title: 'Kind', value: (r) => r.kind },
      { title: 'Account', value: (r) => r.account },
      { title: 'Region', value: (r) => r.region ?? '' },
      { title: 'Name', value: (r) => r.name ?? '', flex: true },
      { title: 'Id', value: (r) => r.id, flex: true },
    ];
    if (opts.format === 'csv') ctx.print(renderCsv(columns, resources));
    else if (opts.format === 'md') ctx.print(renderMarkdown(columns, resources));
    else {
      ctx.print(renderTable(columns, resources, { width: ctx.width, color: ctx.color() }));
      ctx.print(`\n${resources.length} resources in snapshot ${snap.id.slice(0, 8)} (${snap.createdAt}).`);
    }
  });
}

/** `verity inventory show <id>`: one resource, whole. */
export async function show(ctx: Context, id: string, opts: { snapshot: string }): Promise<void> {
  await ctx.withStore(async (store) => {
    const snap = await store.snapshot(opts.snapshot);
    let r = await store.resource(snap.id, id);
    if (!r) {
      // Azure ids are matched case-insensitively; other ids must match exactly.
      r = await store.resource(snap.id, id.toLowerCase());
    }
    if (!r) {
      throw new VerityError('USAGE', `No resource '${id}' in snapshot ${snap.id.slice(0, 8)}.`);
    }
    ctx.print(JSON.stringify(r, null, 2));
  });
}

/** `verity inventory diff <a> <b>`: what was added, removed and changed between two snapshots. */
export async function diff(
  ctx: Context,
  a: string,
  b: string,
  opts: { format: 'text' | 'json' },
): Promise<void> {
  await ctx.withStore(async (store) => {
    const [sa, sb] = [await store.snapshot(a), await store.snapshot(b)];
    const d = diffInventories(await store.resources(sa.id), await store.resources(sb.id));
    if (opts.format === 'json') {
      ctx.print(
        JSON.stringify(
          {
            from: sa.id,
            to: sb.id,
            added: d.added.map((r) => r.id),
            removed: d.removed.map((r) => r.id),
            changed: d.changed,
            unchanged: d.unchanged,
          },
          null,
          2,
        ),
      );
      return;
    }
    const lines = [
      `From ${sa.id.slice(0, 8)} (${sa.createdAt}) to ${sb.id.slice(0, 8)} (${sb.createdAt}): ` +
        `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.unchanged} unchanged.`,
    ];
    for (const r of d.added) lines.push(`+ ${r.kind}  ${r.id}`);
    for (const r of d.removed) lines.push(`- ${r.kind}  ${r.id}`);
    for (const c of d.changed) {
      lines.push(`~ ${c.kind}  ${c.id}`);
      for (const p of c.changes)
        lines.push(`    ${p.path}: ${JSON.stringify(p.before)} → ${JSON.stringify(p.after)}`);
    }
    ctx.print(lines.join('\n'));
  });
}

/** `verity inventory snapshots`: every snapshot, newest first. */
export async function snapshots(ctx: Context, opts: { format: 'text' | 'json' }): Promise<void> {
  await ctx.withStore(async (store) => {
    const all = await store.snapshots();
    if (opts.format === 'json') {
      ctx.print(JSON.stringify({ snapshots: all }, null, 2));
      return;
    }
    if (all.length === 0) {
      ctx.print('No snapshots yet: run `verity collect <path>`.');
      return;
    }
    for (const s of all) {
      const gaps = s.coverage.length > 0 ? `, ${s.coverage.length} not collected` : '';
      ctx.print(
        `${s.id.slice(0, 8)}  ${s.createdAt}  ${String(s.resourceCount).padStart(6)} resources${gaps}  ${s.source}`,
      );
    }
  });
}
