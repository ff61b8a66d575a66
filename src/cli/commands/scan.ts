import { writeFileSync } from 'node:fs';
import { builtinChecks, CheckRegistry } from '../../checks/index.js';
import { compareSeverity, findingId, SEVERITIES, type Severity, VerityError } from '../../core/index.js';
import { evaluate, toFindings } from '../../policy/index.js';
import {
  asffText,
  formatters,
  isReportFormat,
  REPORT_FORMATS,
  type ReportInput,
  toAsff,
} from '../../report/formats/index.js';
import { type Column, red, renderTable, yellow } from '../../report/index.js';
import type { StoredFinding } from '../../store/index.js';
import type { Context } from '../context.js';
import { VERSION } from '../version.js';

interface Options {
  snapshot: string;
  check?: string[];
  failOn?: string;
  format: string;
  output?: string;
  all?: boolean;
}

/**
 * `verity scan`: evaluates the built-in checks on a snapshot, stores the findings with their owners, prints
 * them, and returns 1 when a failure is at or above `--fail-on` (for CI gates).
 */
export async function run(ctx: Context, opts: Options): Promise<number> {
  if (opts.failOn && !(SEVERITIES as readonly string[]).includes(opts.failOn)) {
    throw new VerityError(
      'USAGE',
      `--fail-on must be one of ${SEVERITIES.join(', ')}, not '${opts.failOn}'.`,
    );
  }
  const catalog = ctx.catalog;
  const registry = new CheckRegistry(builtinChecks, new Set(catalog.controls.map((c) => c.id)));
  let checks = registry.all();
  if (opts.check?.length) {
    checks = opts.check.map((id) => {
      const c = registry.get(id);
      if (!c) throw new VerityError('USAGE', `Unknown check '${id}'; see \`verity checks list\`.`);
      return c;
    });
  }
  if (opts.format !== 'table' && !isReportFormat(opts.format)) {
    throw new VerityError(
      'USAGE',
      `Unknown format '${opts.format}'; use table, ${REPORT_FORMATS.join(', ')}.`,
    );
  }
  const { findings, scan, uncataloged, resources } = await ctx.withStore(async (store) => {
    const snap = await store.snapshot(opts.snapshot);
    const resources = await store.resources(snap.id);
    const at = new Date().toISOString();
    const evaluations = evaluate(checks, resources);
    const failing = evaluations.filter((e) => e.status === 'fail').map((e) => findingId(e.check, e.resource));
    const built = toFindings(evaluations, resources, checks, catalog, at, await store.firstSeen(failing));
    const info = await store.saveScan(snap.id, built.findings, { checks: checks.length, createdAt: at });
    return { findings: built.findings, scan: info, uncataloged: built.uncataloged, resources };
  });

  for (const u of uncataloged)
    ctx.warn(`verity: ${u} is not in the catalog; its findings are assigned to the customer.`);
  const failOn = opts.failOn as Severity | undefined;
  const gate = failOn
    ? findings.filter((f) => f.status === 'fail' && compareSeverity(f.severity, failOn) >= 0)
    : [];
  const shown = opts.all ? findings : findings.filter((f) => f.status === 'fail' || f.status === 'error');
  shown.sort(
    (a, b) =>
      compareSeverity(b.severity, a.severity) ||
      a.check.localeCompare(b.check) ||
      a.resource.localeCompare(b.resource),
  );

  if (opts.format !== 'table' && isReportFormat(opts.format)) {
    const input: ReportInput = {
      scan,
      findings: opts.all || opts.format !== 'json' ? findings : shown,
      checks: new Map(checks.map((c) => [c.id, c])),
      resources: new Map(resources.map((r) => [r.id, r])),
      tool: { name: 'Verity', version: VERSION },
    };
    // ASFF is converted once: the same result gives the text and the count of findings it had to leave out.
    const asffResult = opts.format === 'asff' ? toAsff(input) : undefined;
    const text = asffResult ? asffText(asffResult) : formatters[opts.format](input);
    if (opts.output) {
      writeFileSync(opts.output, text);
      ctx.warn(`Wrote ${opts.format} to ${opts.output}.`);
    } else ctx.print(text);
    if (asffResult && asffResult.skipped > 0) {
      ctx.warn(`verity: ${asffResult.skipped} findings on non-AWS resources are not in the ASFF output.`);
    }
  } else {
    const columns: Column<StoredFinding>[] = [
      {
        title: 'Severity',
        value: (f) => f.severity,
        style: (t, f) => (f.severity === 'critical' || f.severity === 'high' ? red(t) : yellow(t)),
      },
      { title: 'Status', value: (f) => f.status },
      { title: 'Owner', value: (f) => f.owner },
      { title: 'Check', value: (f) => f.check, flex: true },
      { title: 'Resource', value: (f) => f.resource, flex: true },
      { title: 'Message', value: (f) => f.message, flex: true },
    ];
    const table =
      shown.length > 0 ? `${renderTable(columns, shown, { width: ctx.width, color: ctx.color() })}\n` : '';
    const s = scan.summary;
    const text =
      `${table}\nScan ${scan.id.slice(0, 8)} of snapshot ${scan.snapshotId.slice(0, 8)}: ${checks.length} checks, ` +
      `${s.pass ?? 0} pass, ${s.fail ?? 0} fail, ${s.error ?? 0} could not verify, ${s.not_applicable ?? 0} not applicable.`;
    if (opts.output) writeFileSync(opts.output, `${text}\n`);
    else ctx.print(text);
  }
  if (gate.length > 0) {
    ctx.warn(`verity: ${gate.length} failing finding${gate.length === 1 ? '' : 's'} at or above ${failOn}.`);
    return 1;
  }
  return 0;
}
