import { builtinChecks, type Check, CheckRegistry } from '../../checks/index.js';
import { VerityError } from '../../core/index.js';
import { type Column, renderMarkdown, renderTable } from '../../report/index.js';
import type { Context } from '../context.js';

function registry(ctx: Context): CheckRegistry {
  return new CheckRegistry(builtinChecks, new Set(ctx.catalog.controls.map((c) => c.id)));
}

/** `verity checks list`: the built-in checks, filtered. */
export function list(
  ctx: Context,
  opts: { provider?: string; kind?: string; control?: string; format: string },
): void {
  let checks = registry(ctx).all();
  if (opts.provider) checks = checks.filter((c) => c.providers.includes(opts.provider as never));
  if (opts.kind) checks = checks.filter((c) => c.kinds.includes(opts.kind as never));
  if (opts.control) checks = checks.filter((c) => c.controls.includes(String(opts.control).toUpperCase()));
  if (opts.format === 'json') {
    ctx.print(
      JSON.stringify(
        {
          checks: checks.map((c) => ({
            id: c.id,
            title: c.title,
            severity: c.severity,
            providers: c.providers,
            kinds: c.kinds,
            controls: c.controls,
            references: c.references ?? {},
          })),
        },
        null,
        2,
      ),
    );
    return;
  }
  const columns: Column<Check>[] = [
    { title: 'Id', value: (c) => c.id, flex: true },
    { title: 'Severity', value: (c) => c.severity },
    { title: 'Providers', value: (c) => c.providers.join(',') },
    { title: 'Controls', value: (c) => c.controls.join(',') },
    { title: 'Title', value: (c) => c.title, flex: true },
  ];
  if (opts.format === 'md') ctx.print(renderMarkdown(columns, checks));
  else {
    ctx.print(renderTable(columns, checks, { width: ctx.width, color: ctx.color() }));
    ctx.print(`\n${checks.length} checks.`);
  }
}

/** `verity checks show <id>`: one check, with the controls it tests and who owns them. */
export function show(ctx: Context, id: string, opts: { provider?: string; service?: string }): void {
  const check = registry(ctx).get(id);
  if (!check) throw new VerityError('USAGE', `Unknown check '${id}'; see \`verity checks list\`.`);
  const lines = [
    `${check.id} — ${check.title}`,
    `Severity: ${check.severity}   Providers: ${check.providers.join(', ')}   Kinds: ${check.kinds.join(', ')}`,
    '',
    'Why it matters',
    `  ${check.rationale}`,
    '',
    'Remediation',
    `  ${check.remediation}`,
  ];
  if (check.fix?.cli) lines.push('', 'Fix (CLI)', ...check.fix.cli.split('\n').map((l) => `  ${l}`));
  if (check.fix?.terraform)
    lines.push('', 'Fix (Terraform)', ...check.fix.terraform.split('\n').map((l) => `  ${l}`));
  if (check.references && Object.keys(check.references).length > 0) {
    lines.push(
      '',
      'References',
      ...Object.entries(check.references).map(([k, v]) => `  ${k}: ${v.join(', ')}`),
    );
  }
  lines.push('', 'Controls tested');
  for (const cid of check.controls) {
    const c = ctx.catalog.control(cid);
    let owner = '';
    if (opts.provider && opts.service)
      owner = ` — owner for ${opts.provider}/${opts.service}: ${ctx.catalog.responsibility(opts.provider, opts.service, cid).owner}`;
    lines.push(`  ${c.id} ${c.title}${owner}`);
  }
  ctx.print(lines.join('\n'));
}
