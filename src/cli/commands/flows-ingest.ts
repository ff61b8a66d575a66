import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VerityError } from '../../core/index.js';
import { type FlowBatch, ipv4ToString, ParseStats } from '../../flows/batch.js';
import { detectFlowFormat, parsers } from '../../flows/formats/registry.js';
import { FLOW_FORMATS, type FlowFormatId } from '../../flows/formats/types.js';
import type { Context } from '../context.js';
import { Progress } from '../progress.js';

interface Options {
  format: FlowFormatId | 'auto';
  top: string;
  json?: boolean;
}

interface Edge {
  src: string;
  dst: string;
  dstPort: number;
  protocol: number;
  flows: number;
  packets: number;
  bytes: number;
  rejected: number;
}

/**
 * `verity flows ingest <files|dirs…>`: parses flow records of any supported format, reports what was read,
 * accepted and rejected (with reasons and sample locations), and the top edges by bytes. Exits 2 when any
 * record was rejected. Enrichment, segmentation and detectors are libraries not yet wired to this command.
 */
export async function run(ctx: Context, inputs: string[], opts: Options): Promise<number> {
  if (opts.format !== 'auto' && !(FLOW_FORMATS as readonly string[]).includes(opts.format)) {
    throw new VerityError(
      'USAGE',
      `Unknown flow format '${opts.format}'; use auto, ${FLOW_FORMATS.join(', ')}.`,
    );
  }
  const files = inputs.flatMap((i) => expand(i));
  const stats = new ParseStats();
  const perFormat: Record<string, number> = {};
  const unrecognised: string[] = [];
  const edges = new Map<string, Edge>();
  const progress = new Progress(ctx.io, 'Ingesting');
  const started = Date.now();
  let done = 0;
  for (const file of files) {
    progress.update(done++, files.length, file);
    const parser = opts.format === 'auto' ? detectFlowFormat(await head(file), file) : parsers[opts.format];
    if (!parser) {
      unrecognised.push(file);
      continue;
    }
    const before = stats.accepted;
    await parser.parse(chunks(file), {
      source: file,
      stats,
      emit: (batch) => aggregate(batch, edges),
    });
    perFormat[parser.format] = (perFormat[parser.format] ?? 0) + stats.accepted - before;
  }
  progress.done();
  const seconds = (Date.now() - started) / 1000;
  const top = [...edges.values()].sort((a, b) => b.bytes - a.bytes).slice(0, Number(opts.top) || 10);
  const rejected = [...stats.rejected.entries()].map(([reason, e]) => ({
    reason,
    count: e.count,
    samples: e.samples,
  }));
  if (opts.json) {
    ctx.print(
      JSON.stringify(
        {
          files: files.length,
          records: stats.records,
          accepted: stats.accepted,
          rejected,
          perFormat,
          unrecognised,
          top,
        },
        null,
        2,
      ),
    );
  } else {
    const lines = [
      `${files.length} files, ${stats.records} records read, ${stats.accepted} accepted, ${stats.rejectedCount} rejected ` +
        `(${Math.round(stats.records / Math.max(seconds, 0.001))} records/s).`,
    ];
    for (const [f, n] of Object.entries(perFormat)) lines.push(`  ${f.padEnd(11)} ${n} records`);
    for (const r of rejected) {
      lines.push(`Rejected ${r.count}: ${r.reason}`);
      for (const s of r.samples) lines.push(`  at ${s.location}${s.detail ? ` — ${s.detail}` : ''}`);
    }
    if (top.length > 0) {
      lines.push('', 'Top edges by bytes:');
      for (const e of top) {
        lines.push(
          `  ${e.src} → ${e.dst}:${e.dstPort}/${e.protocol}  ${e.flows} flows, ${e.packets} packets, ${e.bytes} bytes${e.rejected ? `, ${e.rejected} rejected` : ''}`,
        );
      }
    }
    ctx.print(lines.join('\n'));
    for (const f of unrecognised) ctx.warn(`${f}: skipped, not a flow format Verity reads`);
  }
  const skipped = stats.rejectedCount + unrecognised.length;
  if (skipped > 0) {
    ctx.warn(
      `verity: ${stats.rejectedCount} records rejected and ${unrecognised.length} files skipped; everything else was read.`,
    );
    return 2;
  }
  return 0;
}

function expand(path: string): string[] {
  if (!existsSync(path)) throw new VerityError('FILE_NOT_FOUND', `The input ${path} does not exist.`);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((n) => !n.startsWith('.') && !n.endsWith('.md') && !n.endsWith('-expected.json'))
    .sort()
    .flatMap((n) => expand(join(path, n)));
}

async function* chunks(file: string): AsyncIterable<Uint8Array> {
  for await (const c of createReadStream(file, { highWaterMark: 1 << 20 })) yield c as Uint8Array;
}

/** The first KiB, gunzipped when the file is gzip, for format detection. */
async function head(file: string): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  for await (const c of createReadStream(file, { start: 0, end: 65535 })) parts.push(c as Buffer);
  const buf = Buffer.concat(parts);
  if (buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      return gunzipSync(buf, { finishFlush: 2 }).subarray(0, 4096);
    } catch {
      return buf.subarray(0, 4096);
    }
  }
  return buf.subarray(0, 4096);
}

function aggregate(batch: FlowBatch, edges: Map<string, Edge>): void {
  for (let i = 0; i < batch.length; i++) {
    if (batch.logStatus[i] !== 0) continue;
    const r = batch.family[i] === 4 ? undefined : batch.record(i);
    const src = r ? r.src : ipv4ToString(batch.src4[i] ?? 0);
    const dst = r ? r.dst : ipv4ToString(batch.dst4[i] ?? 0);
    const key = `${src}|${dst}|${batch.dstPort[i]}|${batch.protocol[i]}`;
    let e = edges.get(key);
    if (!e) {
      e = {
        src,
        dst,
        dstPort: batch.dstPort[i] ?? 0,
        protocol: batch.protocol[i] ?? 0,
        flows: 0,
        packets: 0,
        bytes: 0,
        rejected: 0,
      };
      edges.set(key, e);
    }
    e.flows++;
    e.packets += batch.packets[i] ?? 0;
    e.bytes += batch.bytes[i] ?? 0;
    if (batch.action[i] === 2) e.rejected++;
  }
}
