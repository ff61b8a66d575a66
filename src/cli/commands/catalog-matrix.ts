import type { CatalogService, ResolvedResponsibility } from '../../catalog/index.js';
import { loadEstate } from '../../catalog/index.js';
import { OWNERS, type Owner, PROVIDERS, VerityError } from '../../core/index.js';
import {
  blue,
  bold,
  type Column,
  cyan,
  dim,
  renderCsv,
  renderMarkdown,
  renderTable,
  type TabularFormat,
  truncate,
  yellow,
} from '../../report/index.js';
import type { Context } from '../context.js';

interface Options {
  snapshot?: string;
  provider?: string;
  service?: string[];
  estate?: string;
  owner?: string;
  format: TabularFormat;
}

const LETTER: Record<Owner, string> = { provider: 'P', customer: 'C', shared: 'S' };
const PAINT: Record<Owner, (s: string) => string> = { provider: blue, customer: yellow, shared: cyan };

/** `verity catalog matrix`: one row per service × control, for one provider or for an estate's services. */
export async function run(ctx: Context, opts: Options): Promise<void> {
  const catalog = ctx.catalog;
  if (opts.owner && !(OWNERS as readonly string[]).includes(opts.owner)) {
    throw new VerityError('USAGE', `--owner must be one of ${OWNERS.join(', ')}, not '${opts.owner}'.`);
  }
  let services: CatalogService[];
  let title: string | undefined;
  if (opts.snapshot) {
    const { services: inUse, snapshot, unknown } = await servicesInSnapshot(ctx, opts.snapshot);
    services = inUse.filter((s) => !opts.provider || s.provider === catalog.provider(opts.provider).provider);
    title = `Snapshot ${snapshot}: responsibility matrix for the ${services.length} services in use`;
    for (const u of unknown)
      ctx.warn(`verity: ${u} is in the inventory but not in the catalog; it has no rows.`);
  } else if (opts.estate) {
    const estate = loadEstate(opts.estate, catalog);
    services = estate.services.filter(
      (s) => !opts.provider || s.provider === catalog.provider(opts.provider).provider,
    );
    title = `${estate.name}: responsibility matrix for the ${services.length} services in use`;
  } else if (opts.provider) {
    const entry = catalog.provider(opts.provider);
    services = opts.service?.length
      ? opts.service.map((s) => catalog.service(entry.provider, s))
      : [...entry.services];
  } else {
    throw new VerityError(
      'USAGE',
      `Choose a provider with --provider (${PROVIDERS.join(', ')}), or the services in use with --estate FILE.`,
    );
  }
  let rows = [...new Set(services)].flatMap((s) => catalog.matrix(s.provider, [s.id]));
  if (opts.owner) rows = rows.filter((r) => r.owner === opts.owner);

  switch (opts.format) {
    case 'json':
      ctx.print(
        JSON.stringify(
          {
            rows: rows.map((r) => ({
              provider: r.provider,
              service: r.service,
              serviceModel: r.serviceModel,
              control: r.control,
              owner: r.owner,
              providerDuty: r.providerDuty,
              customerDuty: r.customerDuty,
              source: r.source,
            })),
          },
          null,
          2,
        ),
      );
      return;
    case 'csv':
      ctx.print(renderCsv(flatColumns, rows));
      return;
    case 'md':
      ctx.print(renderMarkdown(flatColumns, rows));
      return;
    case 'table':
      if (title) ctx.print(`${ctx.color() ? bold(title) : title}\n`);
      ctx.print(pivot(rows, ctx.width, ctx.color()));
  }
}

const flatColumns: Column<ResolvedResponsibility>[] = [
  { title: 'provider', value: (r) => r.provider },
  { title: 'service', value: (r) => r.service },
  { title: 'serviceModel', value: (r) => r.serviceModel },
  { title: 'control', value: (r) => r.control },
  { title: 'controlTitle', value: (r) => r.controlTitle },
  { title: 'owner', value: (r) => r.owner },
  { title: 'origin', value: (r) => r.origin },
  { title: 'providerDuty', value: (r) => r.providerDuty },
  { title: 'customerDuty', value: (r) => r.customerDuty },
  { title: 'source', value: (r) => r.source.title },
  { title: 'sourceUrl', value: (r) => r.source.url ?? '' },
];

/**
 * Controls down, services across, in blocks narrow enough for the terminal. A single service gets the duty
 * text instead, since there is room for it.
 */
function pivot(rows: readonly ResolvedResponsibility[], width: number, color: boolean): string {
  const byService = new Map<string, ResolvedResponsibility[]>();
  for (const r of rows) {
    const key = `${r.provider}/${r.service}`;
    const list = byService.get(key) ?? [];
    list.push(r);
    byService.set(key, list);
  }
  if (byService.size === 0) return 'No rows match.';
  if (byService.size === 1) {
    const only = [...byService.values()][0] ?? [];
    const first = only[0];
    const head = first
      ? `${first.provider} · ${first.service} (${first.serviceTitle}, ${first.serviceModel})`
      : '';
    const columns: Column<ResolvedResponsibility>[] = [
      { title: 'Control', value: (r) => r.control },
      { title: 'Title', value: (r) => r.controlTitle, flex: true },
      {
        title: 'Owner',
        value: (r) => `${r.owner}${r.origin === 'service-override' ? '*' : ''}`,
        style: (t, r) => PAINT[r.owner](t),
      },
      { title: 'Customer duty', value: (r) => r.customerDuty, flex: true },
    ];
    return `${head}\n${renderTable(columns, only, { width, color })}\n${legend(color)}`;
  }

  const services = [...byService.keys()];
  const controls = [...new Map(rows.map((r) => [r.control, r.controlTitle])).entries()];
  const cell = new Map(rows.map((r) => [`${r.provider}/${r.service}|${r.control}`, r]));
  const cellWidth = Math.max(3, String(services.length).length + 1);
  const idWidth = Math.max(7, ...controls.map(([id]) => id.length));
  const titleMin = 18;
  const perBlock = Math.max(1, Math.floor((width - idWidth - 1 - titleMin - 1) / cellWidth));
  const blocks: string[] = [];
  for (let start = 0; start < services.length; start += perBlock) {
    const block = services.slice(start, start + perBlock);
    const titleWidth = Math.max(titleMin, width - idWidth - 1 - block.length * cellWidth - 1);
    const header = `${'Control'.padEnd(idWidth)} ${'Title'.padEnd(titleWidth)} ${block
      .map((_, i) => String(start + i + 1).padStart(cellWidth))
      .join('')}`;
    const lines = [color ? bold(header) : header];
    for (const [id, controlTitle] of controls) {
      const cells = block
        .map((svc) => {
          const r = cell.get(`${svc}|${id}`);
          if (!r) return ' '.repeat(cellWidth);
          const text = `${LETTER[r.owner]}${r.origin === 'service-override' ? '*' : ' '}`.padStart(cellWidth);
          return color ? PAINT[r.owner](text) : text;
        })
        .join('');
      lines.push(
        `${id.padEnd(idWidth)} ${truncate(controlTitle, titleWidth).padEnd(titleWidth)} ${cells}`.trimEnd(),
      );
    }
    const names = block.map((svc, i) => {
      const r = byService.get(svc)?.[0];
      return `${String(start + i + 1).padStart(2)} ${svc} (${r?.serviceModel ?? '?'})`;
    });
    lines.push('', ...columnsOf(names, width).map((l) => (color ? dim(l) : l)));
    blocks.push(lines.join('\n'));
  }
  return `${blocks.join('\n\n')}\n\n${legend(color)}`;
}

function legend(color: boolean): string {
  const text = 'P provider · C customer · S shared · * the service’s own entry (see explain)';
  return color ? dim(text) : text;
}

function columnsOf(items: string[], width: number): string[] {
  const w = Math.max(...items.map((s) => s.length)) + 2;
  const per = Math.max(1, Math.floor(width / w));
  const out: string[] = [];
  for (let i = 0; i < items.length; i += per)
    out.push(
      items
        .slice(i, i + per)
        .map((s) => s.padEnd(w))
        .join('')
        .trimEnd(),
    );
  return out;
}

/** The catalog services the resources of a snapshot belong to, in catalog order. */
async function servicesInSnapshot(ctx: Context, ref: string) {
  return ctx.withStore(async (store) => {
    const snap = await store.snapshot(ref);
    const seen = new Set<string>();
    for (const r of await store.resources(snap.id)) seen.add(`${r.provider}/${r.service}`);
    const services: CatalogService[] = [];
    const unknown: string[] = [];
    for (const p of ctx.catalog.providers) {
      for (const s of p.services) if (seen.delete(`${s.provider}/${s.id}`)) services.push(s);
    }
    unknown.push(...[...seen].sort());
    return { services, snapshot: snap.id.slice(0, 8), unknown };
  });
}
