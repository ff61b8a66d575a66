/** Pieces shared by the text flow parsers: batch handling, addresses, timestamps, input peeking. */

import { ACTION, DIRECTION, FlowBatch, LOG_STATUS, type ParseStats } from '../batch.js';
import { maybeGunzip } from './gzip.js';
import { parseIPv4Bytes, parseIPv4Text, parseIPv6Bytes, parseIPv6Text } from './lines.js';
import type { ParseContext } from './types.js';

export const DEFAULT_BATCH_SIZE = 8192;

/**
 * Owns the one batch a parse fills: emits it when full (awaiting the consumer before reuse) and at the end.
 * Stamps each record's `origin` with the context's source.
 */
export class BatchWriter {
  readonly batch: FlowBatch;
  /** Counts emitted batches: anything cached against the batch's string table is stale once it changes. */
  generation = 0;
  private origin = -1;
  private readonly source: string;
  private readonly emit: ParseContext['emit'];

  constructor(ctx: ParseContext) {
    this.source = ctx.source;
    this.emit = ctx.emit;
    const size = ctx.batchSize ?? DEFAULT_BATCH_SIZE;
    this.batch = new FlowBatch(Math.max(1, Math.floor(size)));
  }

  /**
   * Starts a record (the caller checked `batch.full` and flushed first), with every field reset exactly as
   * `FlowBatch.add()` does (a test holds the two to the same result). It is that method with one cost
   * removed: the 32 IPv6 bytes are zeroed only when the slot last held an IPv6 record (only family-6
   * records write them), which is most of the per-record overhead on the IPv4 hot path.
   */
  add(): number {
    const b = this.batch;
    const i = b.length++;
    if (b.family[i] === 6) {
      b.src6.fill(0, i * 16, i * 16 + 16);
      b.dst6.fill(0, i * 16, i * 16 + 16);
    }
    b.start[i] = 0;
    b.end[i] = 0;
    b.family[i] = 0;
    b.src4[i] = 0;
    b.dst4[i] = 0;
    b.srcPort[i] = 0;
    b.dstPort[i] = 0;
    b.protocol[i] = 0;
    b.packets[i] = 0;
    b.bytes[i] = 0;
    b.action[i] = ACTION.unknown;
    b.direction[i] = DIRECTION.unknown;
    b.tcpFlags[i] = 0;
    b.logStatus[i] = LOG_STATUS.ok;
    b.iface[i] = -1;
    if (this.origin < 0) this.origin = b.intern(this.source);
    b.origin[i] = this.origin;
    return i;
  }

  /** Emits the batch if it holds records, then clears it for reuse. */
  async flush(): Promise<void> {
    const b = this.batch;
    if (b.length === 0) return;
    await this.emit(b);
    b.clear();
    this.generation++;
    this.origin = -1;
  }
}

/** `file:line`, the location of a problem in a text input. */
export function at(source: string, line: number): string {
  return `${source}:${line}`;
}

/** Records a rejected record: counted as read, and by reason. */
export function reject(stats: ParseStats, reason: string, location: string, detail?: string): void {
  stats.records++;
  stats.reject(detail === undefined ? { reason, location } : { reason, location, detail });
}

/** Gunzips when needed, reporting a corrupt stream as a rejection. */
export function input(chunks: AsyncIterable<Uint8Array>, ctx: ParseContext): AsyncIterable<Uint8Array> {
  return maybeGunzip(chunks, (err) =>
    ctx.stats.reject({ reason: 'gzip error', location: ctx.source, detail: err.message }),
  );
}

/** An address being parsed: none, IPv4 (`v4`) or IPv6 (`v6`). Reused; no allocation per record. */
export class Addr {
  kind: 0 | 4 | 6 = 0;
  v4 = 0;
  readonly v6 = new Uint8Array(16);

  clear(): void {
    this.kind = 0;
  }

  /** Parses IPv4 or IPv6 text from bytes; false if malformed. */
  parseBytes(b: Uint8Array, s: number, e: number): boolean {
    for (let i = s; i < e; i++) {
      if (b[i] === 58) {
        if (!parseIPv6Bytes(b, s, e, this.v6, 0)) return false;
        this.kind = 6;
        return true;
      }
    }
    const v = parseIPv4Bytes(b, s, e);
    if (v < 0) return false;
    this.v4 = v;
    this.kind = 4;
    return true;
  }

  /** Parses IPv4 or IPv6 text; false if malformed. */
  parseText(s: string): boolean {
    if (s.includes(':')) {
      if (!parseIPv6Text(s, this.v6, 0)) return false;
      this.kind = 6;
      return true;
    }
    const v = parseIPv4Text(s);
    if (v < 0) return false;
    this.v4 = v;
    this.kind = 4;
    return true;
  }
}

function writeV6(dst: Uint8Array, off: number, a: Addr): void {
  if (a.kind === 6) {
    dst.set(a.v6, off);
  } else if (a.kind === 4) {
    // IPv4-mapped IPv6 (RFC 4291 §2.5.5.2), so a mixed pair keeps both addresses in one family.
    dst[off + 10] = 0xff;
    dst[off + 11] = 0xff;
    dst[off + 12] = a.v4 >>> 24;
    dst[off + 13] = (a.v4 >>> 16) & 255;
    dst[off + 14] = (a.v4 >>> 8) & 255;
    dst[off + 15] = a.v4 & 255;
  }
}

/**
 * Stores a source/destination pair in record `i`. Both IPv4 (or one absent): family 4. Any IPv6: family 6,
 * with an IPv4 partner written as an IPv4-mapped address. Neither: family 0.
 */
export function writeAddrs(batch: FlowBatch, i: number, src: Addr, dst: Addr): void {
  if (src.kind === 6 || dst.kind === 6) {
    batch.family[i] = 6;
    writeV6(batch.src6, i * 16, src);
    writeV6(batch.dst6, i * 16, dst);
  } else if (src.kind === 4 || dst.kind === 4) {
    batch.family[i] = 4;
    if (src.kind === 4) batch.src4[i] = src.v4;
    if (dst.kind === 4) batch.dst4[i] = dst.v4;
  }
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,12}))?([Zz]|[+-]\d{2}:?\d{2})$/;

/** RFC 3339 timestamp to epoch milliseconds, keeping sub-millisecond digits as a fraction; NaN if malformed. */
export function parseRfc3339(s: string): number {
  const m = RFC3339.exec(s);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(sec);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
    return Number.NaN;
  let ms = Date.UTC(Number(y), month - 1, day, hour, minute, second);
  if (frac) {
    // Integer arithmetic on the digits, so 0.123456789 s is exactly 123456789 / 1e6 ms.
    ms += frac.length <= 3 ? Number(frac.padEnd(3, '0')) : Number(frac) / 10 ** (frac.length - 3);
  }
  if (zone && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return ms;
}

/** A JSON number, or a decimal string as Cloud Logging writes int64 values; NaN otherwise. */
export function jsonNumber(v: unknown): number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : Number.NaN;
  if (typeof v === 'string' && /^\d{1,16}$/.test(v)) return Number(v);
  return Number.NaN;
}

/** A JSON non-negative integer (or its decimal string) up to `max`; NaN otherwise. */
export function jsonUint(v: unknown, max = Number.MAX_SAFE_INTEGER): number {
  const n = jsonNumber(v);
  return Number.isInteger(n) && n >= 0 && n <= max ? n : Number.NaN;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads ahead to the first non-whitespace byte (skipping a UTF-8 BOM) and returns it with an iterable that
 * replays everything read so far. `first` is -1 for an input with no such byte.
 */
export async function peekFirstByte(
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ first: number; chunks: AsyncIterable<Uint8Array> }> {
  const it = chunks[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let first = -1;
  let done = false;
  let index = 0;
  outer: for (;;) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    seen.push(r.value);
    for (const c of r.value) {
      const bom = (index === 0 && c === 0xef) || (index === 1 && c === 0xbb) || (index === 2 && c === 0xbf);
      index++;
      if (bom || c === 32 || c === 9 || c === 10 || c === 13) continue;
      first = c;
      break outer;
    }
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* seen;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { first, chunks: replay() };
}

/** Decodes the first bytes of an input for sniffing. */
export function headText(head: Uint8Array, max = 4096): string {
  return Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, max)).toString('utf8');
}

/** IANA protocol numbers for the names Zeek and others print. */
export const PROTOCOL_NUMBERS: Readonly<Record<string, number>> = {
  icmp: 1,
  igmp: 2,
  tcp: 6,
  udp: 17,
  gre: 47,
  esp: 50,
  ah: 51,
  icmp6: 58,
  ipv6_icmp: 58,
  sctp: 132,
};
