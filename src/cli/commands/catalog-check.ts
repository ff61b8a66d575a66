import { FRAMEWORK_TITLES, FRAMEWORKS } from '../../core/index.js';
import type { Context } from '../context.js';

/** `verity catalog check`: loading validates everything; this prints what was loaded. */
export function run(ctx: Context, opts: { format: 'text' | 'json' }): void {
  const catalog = ctx.catalog;
  const providers = catalog.providers.map((p) => ({
    provider: p.provider,
    services: p.services.length,
    overrides: p.services.reduce((n, s) => n + s.overrides.size, 0),
  }));
  const frameworks = Object.fromEntries(FRAMEWORKS.map((f) => [f, catalog.controlsFor(f).length]));
  const summary = { controls: catalog.controls.length, sources: catalog.sources.size, providers, frameworks };
  if (opts.format === 'json') {
    ctx.print(JSON.stringify(summary, null, 2));
    return;
  }
  const lines = [`Catalog is valid: ${summary.controls} controls, ${summary.sources} sources.`];
  for (const p of providers)
    lines.push(
      `  ${p.provider.padEnd(7)} ${String(p.services).padStart(3)} services, ${p.overrides} overrides`,
    );
  lines.push('Controls mapped per framework:');
  for (const f of FRAMEWORKS) lines.push(`  ${FRAMEWORK_TITLES[f].padEnd(30)} ${frameworks[f]}`);
  ctx.print(lines.join('\n'));
}
