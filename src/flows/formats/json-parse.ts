/** Driver shared by the JSON-based flow parsers: split records, parse each, hand it to a record handler. */

import type { ParseStats } from '../batch.js';
import { at, BatchWriter, input, reject } from './common.js';
import { jsonRecords } from './json-records.js';
import type { ParseContext } from './types.js';

/** What a record handler is given to add records and report problems. */
export interface JsonRecordSink {
  readonly writer: BatchWriter;
  readonly stats: ParseStats;
  readonly source: string;
  /** `file:line` of the record being handled. */
  readonly location: string;
  /**
   * Makes room for one more record: emits the batch if it is full. Await it before filling any scratch
   * state that `add` will read, so no other parse can run in between.
   */
  room(): Promise<void> | undefined;
  /** Starts a record, counted as read and accepted (after `room`). */
  add(): number;
  /** Counts a rejected record (one flow, or a whole JSON record that held none). */
  reject(reason: string, detail?: string): void;
}

/**
 * Reads `chunks` (gunzipped when needed) as JSON records and calls `handle` with each parsed value. A record
 * that is not valid JSON, or that the splitter could not delimit, is rejected with its line.
 */
export async function parseJsonRecords(
  chunks: AsyncIterable<Uint8Array>,
  ctx: ParseContext,
  handle: (value: unknown, sink: JsonRecordSink) => void | Promise<void>,
  envelopeKeys?: readonly string[],
): Promise<void> {
  const writer = new BatchWriter(ctx);
  const { stats, source } = ctx;
  const sink = {
    writer,
    stats,
    source,
    location: source,
    room(): Promise<void> | undefined {
      return writer.batch.full ? writer.flush() : undefined;
    },
    add(): number {
      stats.records++;
      stats.accepted++;
      return writer.add();
    },
    reject(reason: string, detail?: string): void {
      reject(stats, reason, this.location, detail);
    },
  };
  for await (const item of jsonRecords(input(chunks, ctx), envelopeKeys)) {
    sink.location = at(source, item.line);
    if (item.kind === 'problem') {
      sink.reject(item.reason, item.detail);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(item.text);
    } catch (err) {
      sink.reject('bad JSON', err instanceof Error ? err.message : undefined);
      continue;
    }
    await handle(value, sink);
  }
  await writer.flush();
}

/**
 * Splits a comma-separated tuple into `out` (field start/end pairs, reused), without making substrings;
 * returns the number of fields.
 */
export function splitTuple(s: string, out: number[]): number {
  let n = 0;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s.charCodeAt(i) === 44) {
      out[2 * n] = start;
      out[2 * n + 1] = i;
      n++;
      start = i + 1;
    }
  }
  return n;
}

/** Unsigned decimal in `s[a..b)`; -1 if empty (when `empty` is -1) or not all digits. */
export function uintAt(s: string, a: number, b: number, empty = -1): number {
  if (a >= b) return empty;
  if (b - a > 15) return -1;
  let v = 0;
  for (let i = a; i < b; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
