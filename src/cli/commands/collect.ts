import { formatIssue, VerityError } from '../../core/index.js';
import { collectPaths } from '../../inventory/collect.js';
import { finalizeSnapshot, offlineCollectors } from '../../inventory/registry.js';
import { OFFLINE_FORMATS, type OfflineFormat } from '../../inventory/types.js';
import type { Context } from '../context.js';
import { Progress } from '../progress.js';

const LIVE = new Set(['aws', 'azure', 'gcp']);

interface Options {
  format: OfflineFormat | 'auto';
  note?: string;
  json?: boolean;
}

/**
 * `verity collect <paths…>`: reads exports and infrastructure-as-code into one snapshot. Returns the exit code:
 * 0 when everything was read, 2 when any file or record was skipped (the snapshot still holds the rest).
 */
export async function run(ctx: Context, inputs: string[], opts: Options): Promise<number> {
  const live = inputs.filter((i) => LIVE.has(i));
  if (live.length > 0) {
    throw new VerityError(
      'USAGE',
      `Live collection (${live.join(', ')}) is not available in this version; collect exported files instead ` +
        '(see `verity collect --help`).',
    );
  }
  if (opts.format !== 'auto' && !(OFFLINE_FORMATS as readonly string[]).includes(opts.format)) {
    throw new VerityError(
      'USAGE',
      `Unknown format '${opts.format}'; use one of auto, ${OFFLINE_FORMATS.join(', ')}.`,
    );
  }
  const progress = new Progress(ctx.io, 'Collecting');
  const report = await collectPaths(inputs, offlineCollectors, {
    format: opts.format,
    relativeTo: ctx.io.cwd,
    finalize: finalizeSnapshot,
    progress: (done, total, what) => progress.update(done, total, what),
  });
  progress.done();

  const coverage = [
    ...report.coverage,
    ...report.issues.map((i) => ({ file: i.file, line: i.line, error: 'invalid-input', message: i.message })),
    ...report.unrecognised.map((f) => ({
      file: f,
      error: 'unrecognised-format',
      message: 'no collector recognises this file',
    })),
  ];
  const info = await ctx.withStore((store) =>
    store.saveSnapshot(report.resources, {
      source: inputs.join(' '),
      ...(opts.note ? { note: opts.note } : {}),
      sources: report.sources,
      coverage,
    }),
  );

  const skipped = report.issues.length + report.unrecognised.length;
  if (opts.json) {
    ctx.print(
      JSON.stringify(
        {
          snapshot: info.id,
          resources: report.resources.length,
          sources: report.sources,
          issues: report.issues,
          coverage: report.coverage,
          unknownTypes: report.unknownTypes,
          unrecognised: report.unrecognised,
          merged: report.merged,
        },
        null,
        2,
      ),
    );
  } else {
    const lines = [
      `Snapshot ${info.id.slice(0, 8)}: ${report.resources.length} resources from ${report.sources.length} inputs.`,
    ];
    for (const s of report.sources) {
      lines.push(
        `  ${s.format.padEnd(15)} ${String(s.resources).padStart(6)} resources  ${s.path}${s.issues ? `  (${s.issues} skipped)` : ''}`,
      );
    }
    if (report.merged.length > 0) {
      lines.push(
        `${report.merged.length} resources were described by more than one input and merged (the first description wins).`,
      );
    }
    const unknown = Object.entries(report.unknownTypes).sort((a, b) => b[1] - a[1]);
    if (unknown.length > 0) {
      lines.push(
        `Resource types not normalized (${unknown.reduce((n, [, c]) => n + c, 0)} resources, kept out of the snapshot):`,
      );
      for (const [t, n] of unknown.slice(0, 15)) lines.push(`  ${String(n).padStart(5)}  ${t}`);
      if (unknown.length > 15) lines.push(`  … and ${unknown.length - 15} more types (see --json)`);
    }
    if (report.coverage.length > 0) {
      lines.push('Not collected:');
      for (const g of report.coverage)
        lines.push(`  ${g.provider}/${g.service} ${g.operation}: ${g.error} — ${g.message}`);
    }
    ctx.print(lines.join('\n'));
    for (const i of report.issues) ctx.warn(formatIssue(i));
    for (const f of report.unrecognised) ctx.warn(`${f}: skipped, no collector recognises this file`);
  }
  if (skipped > 0) {
    ctx.warn(
      `verity: ${skipped} input${skipped === 1 ? '' : 's'} skipped (${report.issues.length} malformed, ` +
        `${report.unrecognised.length} of unknown format); the snapshot holds everything else.`,
    );
    return 2;
  }
  return 0;
}
