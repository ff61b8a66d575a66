import type { CatalogControl } from '../../catalog/index.js';
import { FRAMEWORK_ALIASES } from '../../catalog/index.js';
import { CONTROL_DOMAINS, FRAMEWORKS, type FrameworkId, UnknownNameError } from '../../core/index.js';
import {
  type Column,
  renderCsv,
  renderMarkdown,
  renderTable,
  type TabularFormat,
} from '../../report/index.js';
import type { Context } from '../context.js';

const SHORT: Record<FrameworkId, string> = {
  'nist-800-53r5': 'NIST',
  'cis-v8': 'CIS',
  'iso27001-2022': 'ISO',
  'ccm-v4': 'CCM',
  'pci-dss-4': 'PCI',
};

/** `verity catalog controls`: the controls with their framework mappings. */
export function run(
  ctx: Context,
  opts: { framework?: string; domain?: string; format: TabularFormat },
): void {
  const framework = opts.framework
    ? (FRAMEWORK_ALIASES[opts.framework] ?? (opts.framework as FrameworkId))
    : undefined;
  if (opts.domain && !(CONTROL_DOMAINS as readonly string[]).includes(opts.domain)) {
    throw new UnknownNameError('UNKNOWN_CONTROL', 'control domain', opts.domain, CONTROL_DOMAINS);
  }
  let controls = framework ? ctx.catalog.controlsFor(framework) : [...ctx.catalog.controls];
  if (opts.domain) controls = controls.filter((c) => c.domain === opts.domain);

  if (opts.format === 'json') {
    const out = controls.map((c) => ({
      id: c.id,
      domain: c.domain,
      title: c.title,
      objective: c.objective,
      frameworks: framework ? { [framework]: c.frameworks[framework] } : c.frameworks,
      defaults: Object.fromEntries(Object.entries(c.defaults).map(([m, d]) => [m, d.owner])),
    }));
    ctx.print(JSON.stringify({ controls: out }, null, 2));
    return;
  }
  const shown = framework ? [framework] : [...FRAMEWORKS];
  const ids = (c: CatalogControl, f: FrameworkId) => (c.frameworks[f] ?? []).join(' ');
  const columns: Column<CatalogControl>[] = [
    { title: 'Control', value: (c) => c.id },
    { title: 'Domain', value: (c) => c.domain },
    { title: 'Title', value: (c) => c.title, flex: true },
  ];
  if (opts.format === 'table') {
    // A terminal has room for one framework's ids, or for a count of mappings per framework.
    if (framework) columns.push({ title: SHORT[framework], value: (c) => ids(c, framework), flex: true });
    else
      for (const f of shown)
        columns.push({ title: SHORT[f], value: (c) => String(c.frameworks[f]?.length ?? 0) });
    ctx.print(renderTable(columns, controls, { width: ctx.width, color: ctx.color(opts.format) }));
    if (!framework)
      ctx.print(
        '\nNumbers count the requirements each control maps to; pick one with --framework to see ids.',
      );
    return;
  }
  columns.push({ title: 'Objective', value: (c) => c.objective });
  for (const f of shown) columns.push({ title: f, value: (c) => ids(c, f) });
  ctx.print(opts.format === 'csv' ? renderCsv(columns, controls) : renderMarkdown(columns, controls));
}
