import type { CatalogService } from '../../catalog/index.js';
import {
  type Column,
  renderCsv,
  renderMarkdown,
  renderTable,
  type TabularFormat,
} from '../../report/index.js';
import type { Context } from '../context.js';

/** `verity catalog services`: every service the catalog knows. */
export function run(ctx: Context, opts: { provider?: string; format: TabularFormat }): void {
  const providers = opts.provider ? [ctx.catalog.provider(opts.provider)] : ctx.catalog.providers;
  const services = providers.flatMap((p) => p.services);
  if (opts.format === 'json') {
    const out = services.map((s) => ({
      provider: s.provider,
      id: s.id,
      title: s.title,
      model: s.model,
      kinds: s.kinds,
      aliases: s.aliases,
      overrides: [...s.overrides.keys()],
    }));
    ctx.print(JSON.stringify({ services: out }, null, 2));
    return;
  }
  const columns: Column<CatalogService>[] = [
    { title: 'Provider', value: (s) => s.provider },
    { title: 'Service', value: (s) => s.id },
    { title: 'Model', value: (s) => s.model },
    { title: 'Overrides', value: (s) => String(s.overrides.size) },
    { title: 'Title', value: (s) => s.title, flex: true },
  ];
  if (opts.format !== 'table') columns.push({ title: 'Kinds', value: (s) => s.kinds.join(' ') });
  if (opts.format === 'table')
    ctx.print(renderTable(columns, services, { width: ctx.width, color: ctx.color() }));
  else ctx.print(opts.format === 'csv' ? renderCsv(columns, services) : renderMarkdown(columns, services));
}
