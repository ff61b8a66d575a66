import { FRAMEWORK_TITLES, FRAMEWORKS } from '../../core/index.js';
import { bold, dim } from '../../report/index.js';
import type { Context } from '../context.js';

/** `verity catalog explain <provider> <service> <control>`: one row of the matrix, with its reasons. */
export function run(
  ctx: Context,
  provider: string,
  service: string,
  control: string,
  opts: { format: 'text' | 'json' },
): void {
  const catalog = ctx.catalog;
  const r = catalog.responsibility(provider, service, control);
  const c = catalog.control(r.control);
  const svc = catalog.service(r.provider, r.service);
  const modelDefault = c.defaults[svc.model];
  const why =
    r.origin === 'service-override'
      ? modelDefault.owner === r.owner
        ? `${svc.title} is ${svc.model.toUpperCase()}, where ${c.id} defaults to ${r.owner}; the catalog's entry ` +
          `for ${svc.id} keeps that owner and says what each side does for this service in particular.`
        : `${svc.title} is ${svc.model.toUpperCase()}, where ${c.id} defaults to ${modelDefault.owner}; ` +
          `the catalog's entry for ${svc.id} makes it ${r.owner}, for the reason its source gives.`
      : `${svc.title} is ${svc.model.toUpperCase()}, and ${svc.id} has no entry of its own for ${c.id}, ` +
        `so the ${svc.model.toUpperCase()} default applies: ${r.owner}.`;
  if (opts.format === 'json') {
    ctx.print(
      JSON.stringify(
        {
          ...r,
          objective: c.objective,
          modelDefault: modelDefault.owner,
          why,
          frameworks: c.frameworks,
        },
        null,
        2,
      ),
    );
    return;
  }
  const color = ctx.color();
  const h = (s: string) => (color ? bold(s) : s);
  const width = Math.min(ctx.width, 100);
  const lines = [
    h(`${r.provider} · ${svc.title} (${svc.id}, ${svc.model.toUpperCase()}) · ${c.id} ${c.title}`),
    '',
    `${h('Owner:')} ${r.owner}`,
    '',
    h('Objective'),
    ...wrap(c.objective, width),
    '',
    h('Provider’s duty'),
    ...wrap(r.providerDuty, width),
    '',
    h('Customer’s duty'),
    ...wrap(r.customerDuty, width),
    '',
    h('Why'),
    ...wrap(why, width),
    '',
    h('Source'),
    ...wrap(`${r.source.title} (${r.source.publisher})`, width),
    ...(r.source.url ? [`  ${r.source.url}`] : []),
    ...(r.source.note ? wrap(r.source.note, width) : []),
    `  ${color ? dim(`catalog entry: ${r.location.file}:${r.location.line ?? '?'}`) : `catalog entry: ${r.location.file}:${r.location.line ?? '?'}`}`,
    '',
    h('Frameworks'),
  ];
  for (const f of FRAMEWORKS) {
    const ids = c.frameworks[f] ?? [];
    lines.push(...wrap(`${FRAMEWORK_TITLES[f]}: ${ids.length > 0 ? ids.join(', ') : '—'}`, width));
  }
  ctx.print(lines.join('\n'));
}

/** Wraps text to `width`, indented by two spaces. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width - 2) {
      out.push(`  ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(`  ${line}`);
  return out;
}
