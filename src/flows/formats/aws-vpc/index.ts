/**
 * AWS VPC Flow Logs (and Transit Gateway flow logs) in their plain-text form: space-separated fields, one
 * record a line, `-` for a field with no value.
 *
 * - Default format (v2, 14 fields) and any custom format whose file starts with a header line naming its
 *   fields (as AWS writes to S3), `${name}` spellings included. A header seen again later (files joined)
 *   switches the layout.
 * - With no header, the layout is told by the number of fields (see HEADERLESS in fields.ts).
 * - `{"message": "..."}` lines (CloudWatch Logs / Firehose exports) are unwrapped.
 * - NODATA / SKIPDATA records are kept, with their log status and no traffic.
 *
 * The hot path reads bytes: lines are found with Buffer.indexOf, fields by scanning for spaces, numbers and
 * addresses are built from the digits, and nothing is allocated per record (the interface id is interned
 * through a small byte-keyed cache).
 */

import { ACTION, DIRECTION, type FlowBatch, LOG_STATUS } from '../../batch.js';
import { Addr, at, BatchWriter, headText, input, reject, writeAddrs } from '../common.js';
import { bytesEqual, LineReader } from '../lines.js';
import type { FlowParser, ParseContext } from '../types.js';
import { DEFAULT_LAYOUT, HEADERLESS, isKnownField, type Layout, layoutOf, ROLE } from './fields.js';

const SPACE = 32;
const TAB = 9;
const DASH = 45;

/** Outcome of reading one data line: OK, a bad field (its column), or the wrong number of fields. */
const OK = -1;
const TOO_FEW = -2;
const TOO_MANY = -3;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36;
}

function countFields(b: Uint8Array, s: number, e: number): number {
  let n = 0;
  let inField = false;
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c === SPACE || c === TAB) inField = false;
    else if (!inField) {
      inField = true;
      n++;
    }
  }
  return n;
}

/**
 * A header line's field names, or null when the line is not a header. Every token must look like a field
 * name (lower-case words joined by hyphens, `${name}` allowed) and most must be fields AWS documents;
 * names not known here (fields AWS adds later) become skipped columns.
 */
function headerNames(line: string): string[] | null {
  const tokens = line.trim().split(/[ \t]+/);
  const names: string[] = [];
  let known = 0;
  for (const t of tokens) {
    const name = t.startsWith('${') && t.endsWith('}') ? t.slice(2, -1) : t;
    if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name)) return null;
    if (isKnownField(name)) known++;
    names.push(name);
  }
  // Mostly known names, so a stray line of words is not taken for a header.
  return known >= Math.min(2, names.length) && known * 2 >= names.length ? names : null;
}

/**
 * Open-addressing cache from interface-id bytes to their string and to its index in the current batch's
 * string table, so no string is made per record. Strings outlive batches; an index is re-interned (a map
 * lookup, no new string) the first time an id is seen in a new batch. Emptied when three quarters full.
 */
const IFACE_SLOTS = 4096;
const IFACE_MASK = IFACE_SLOTS - 1;

class IfaceCache {
  readonly #keys: Uint8Array[] = [];
  readonly #text: string[] = [];
  readonly #index = new Int32Array(IFACE_SLOTS);
  readonly #generation = new Float64Array(IFACE_SLOTS);
  /** Slot → position in #keys/#text plus one; 0 for an empty slot. */
  readonly #slots = new Int32Array(IFACE_SLOTS);

  /** The index of `b[s..e)` in `batch`'s string table, interning it if needed. */
  get(b: Buffer, s: number, e: number, batch: FlowBatch, generation: number): number {
    // Ids differ in their last characters (eni-0123456789abcdef0): hash the length and the last 8 bytes.
    const n = e - s;
    let h: number;
    if (n >= 8) {
      const w1 =
        (b[e - 1] as number) |
        ((b[e - 2] as number) << 8) |
        ((b[e - 3] as number) << 16) |
        ((b[e - 4] as number) << 24);
      const w2 =
        (b[e - 5] as number) |
        ((b[e - 6] as number) << 8) |
        ((b[e - 7] as number) << 16) |
        ((b[e - 8] as number) << 24);
      h = Math.imul(w1 ^ Math.imul(w2 ^ n, 0x85ebca6b), 0xc2b2ae35);
    } else {
      h = n;
      for (let i = s; i < e; i++) h = Math.imul(h ^ (b[i] as number), 0x01000193);
    }
    let slot = (h ^ (h >>> 16)) & IFACE_MASK;
    const slots = this.#slots;
    for (;;) {
      const k = (slots[slot] as number) - 1;
      if (k < 0) break;
      const key = this.#keys[k] as Uint8Array;
      if (key.length === n) {
        let j = n - 1;
        while (j >= 0 && key[j] === b[s + j]) j--;
        if (j < 0) {
          if (this.#generation[slot] === generation) return this.#index[slot] as number;
          const idx = batch.intern(this.#text[k] as string);
          this.#index[slot] = idx;
          this.#generation[slot] = generation;
          return idx;
        }
      }
      slot = (slot + 1) & IFACE_MASK;
    }
    if (this.#keys.length * 4 >= IFACE_SLOTS * 3) {
      this.#keys.length = 0;
      this.#text.length = 0;
      slots.fill(0);
      slot = (h ^ (h >>> 16)) & IFACE_MASK;
    }
    const key = new Uint8Array(n);
    key.set(b.subarray(s, e));
    const text = b.toString('latin1', s, e);
    const idx = batch.intern(text);
    this.#keys.push(key);
    this.#text.push(text);
    slots[slot] = this.#keys.length;
    this.#index[slot] = idx;
    this.#generation[slot] = generation;
    return idx;
  }
}

/** End of the field a scan helper just read (module state: no allocation, no tuple return). */
let fieldEnd = 0;

/**
 * Unsigned decimal field starting at `p`: its value (fieldEnd set to the byte after it), or -1 when the
 * field holds anything but 1–15 digits.
 */
function scanUint(b: Buffer, p: number, e: number): number {
  let v = 0;
  let q = p;
  while (q < e) {
    const d = (b[q] as number) - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
    q++;
  }
  fieldEnd = q;
  if (q === p || q - p > 15) return -1;
  if (q < e) {
    const c = b[q];
    if (c !== SPACE && c !== TAB) return -1;
  }
  return v;
}

/** End of the field starting at `p`. */
function scanField(b: Buffer, p: number, e: number): number {
  let q = p + 1;
  while (q < e) {
    const c = b[q] as number;
    // One compare for the usual byte: only bytes up to space can be separators.
    if (c <= SPACE && (c === SPACE || c === TAB)) break;
    q++;
  }
  return q;
}

/** One to three decimal digits at `q` (octetEnd set after them); -1 if there is no digit there. */
let octetEnd = 0;
function scanOctet(b: Buffer, q: number, e: number): number {
  if (q >= e) return -1;
  let d = (b[q] as number) - 48;
  if (d < 0 || d > 9) return -1;
  let v = d;
  q++;
  if (q < e) {
    d = (b[q] as number) - 48;
    if (d >= 0 && d <= 9) {
      v = v * 10 + d;
      q++;
      if (q < e) {
        d = (b[q] as number) - 48;
        if (d >= 0 && d <= 9) {
          v = v * 10 + d;
          q++;
        }
      }
    }
  }
  octetEnd = q;
  return v;
}

/**
 * Address field starting at `p` into `a`: a dotted quad is read octet by octet in one pass; anything else
 * (IPv6, or malformed text) goes to the general reader. fieldEnd is set; false if malformed.
 */
function scanAddr(b: Buffer, p: number, e: number, a: Addr): boolean {
  const o1 = scanOctet(b, p, e);
  if (o1 >= 0 && o1 < 256 && octetEnd < e && b[octetEnd] === 46) {
    const o2 = scanOctet(b, octetEnd + 1, e);
    if (o2 >= 0 && o2 < 256 && octetEnd < e && b[octetEnd] === 46) {
      const o3 = scanOctet(b, octetEnd + 1, e);
      if (o3 >= 0 && o3 < 256 && octetEnd < e && b[octetEnd] === 46) {
        const o4 = scanOctet(b, octetEnd + 1, e);
        const q = octetEnd;
        if (o4 >= 0 && o4 < 256 && (q === e || b[q] === SPACE || b[q] === TAB)) {
          a.kind = 4;
          a.v4 = ((o1 << 24) | (o2 << 16) | (o3 << 8) | o4) >>> 0;
          fieldEnd = q;
          return true;
        }
      }
    }
  }
  const end = scanField(b, p, e);
  fieldEnd = end;
  return a.parseBytes(b, p, end) && a.kind === 6;
}

class AwsVpcParse {
  private readonly ctx: ParseContext;
  readonly writer: BatchWriter;
  private layout: Layout | null = null;
  private headered = false;
  private readonly src = new Addr();
  private readonly dst = new Addr();
  private readonly ifaces = new IfaceCache();

  constructor(ctx: ParseContext) {
    this.ctx = ctx;
    this.writer = new BatchWriter(ctx);
  }

  /** Handles one line (without its ending); problems are counted, never thrown. */
  line(b: Buffer, s: number, e: number, lineNo: number, overlong: boolean, unwrapped = false): void {
    while (s < e && (b[s] === SPACE || b[s] === TAB)) s++;
    while (e > s && (b[e - 1] === SPACE || b[e - 1] === TAB)) e--;
    if (s === e) return;
    if (overlong) {
      reject(this.ctx.stats, 'line too long', at(this.ctx.source, lineNo));
      return;
    }
    const c0 = b[s] as number;
    if (c0 === 123 && !unwrapped) {
      this.wrapped(b, s, e, lineNo);
      return;
    }
    let layout = this.layout;
    if (layout === null) {
      if (isLetter(c0)) {
        if (this.header(b, s, e)) return;
        reject(this.ctx.stats, 'unknown layout', at(this.ctx.source, lineNo), 'not a flow-log header line');
        return;
      }
      const n = countFields(b, s, e);
      layout = HEADERLESS.get(n) ?? null;
      if (layout === null) {
        reject(this.ctx.stats, 'unknown layout', at(this.ctx.source, lineNo), `${n} fields, no header`);
        return;
      }
      this.layout = layout;
    }
    if (layout === DEFAULT_LAYOUT && this.readDefault(b, s, e)) return;
    let r = this.read(b, s, e, layout.roles);
    if (r === OK) return;
    // A header line later in the input (files joined): switch layouts.
    if (isLetter(c0) && this.header(b, s, e)) return;
    if ((r === TOO_FEW || r === TOO_MANY) && !this.headered) {
      const other = HEADERLESS.get(countFields(b, s, e));
      if (other !== undefined && other !== layout) {
        layout = other;
        this.layout = other;
        r = this.read(b, s, e, other.roles);
        if (r === OK) return;
      }
    }
    const where = at(this.ctx.source, lineNo);
    if (r === TOO_FEW || r === TOO_MANY) {
      reject(
        this.ctx.stats,
        'field count',
        where,
        `expected ${layout.roles.length}, got ${countFields(b, s, e)}`,
      );
    } else {
      const name = layout.names[r] ?? `field ${r + 1}`;
      reject(this.ctx.stats, `bad ${name}`, where, fieldText(b, s, e, r));
    }
  }

  private header(b: Buffer, s: number, e: number): boolean {
    const names = headerNames(b.toString('latin1', s, e));
    if (names === null) return false;
    this.layout = names.join(' ') === DEFAULT_LAYOUT.names.join(' ') ? DEFAULT_LAYOUT : layoutOf(names);
    this.headered = true;
    return true;
  }

  private wrapped(b: Buffer, s: number, e: number, lineNo: number): void {
    let message: unknown;
    try {
      message = (JSON.parse(b.toString('utf8', s, e)) as { message?: unknown } | null)?.message;
    } catch {
      reject(this.ctx.stats, 'bad JSON', at(this.ctx.source, lineNo));
      return;
    }
    if (typeof message !== 'string') {
      reject(this.ctx.stats, 'bad JSON', at(this.ctx.source, lineNo), 'no "message" string');
      return;
    }
    const inner = Buffer.from(message, 'utf8');
    this.line(inner, 0, inner.length, lineNo, false, true);
  }

  /**
   * Reads the fields of `b[s..e)` in one pass and, if every one is good, appends the record. Returns OK,
   * the bad column, TOO_FEW or TOO_MANY; nothing is written unless OK.
   */
  private read(b: Buffer, s: number, e: number, roles: Uint8Array): number {
    const src = this.src;
    const dst = this.dst;
    src.kind = 0;
    dst.kind = 0;
    let packets = 0;
    let bytes = 0;
    let start = 0;
    let end = 0;
    let srcPort = 0;
    let dstPort = 0;
    let protocol = 0;
    let action: number = ACTION.unknown;
    let logStatus: number = LOG_STATUS.ok;
    let tcpFlags = 0;
    let direction: number = DIRECTION.unknown;
    let ifaceS = -1;
    let ifaceE = -1;
    let p = s;
    const n = roles.length;
    for (let f = 0; f < n; f++) {
      let c = 0;
      while (p < e) {
        c = b[p] as number;
        if (c !== SPACE && c !== TAB) break;
        p++;
      }
      if (p >= e) return TOO_FEW;
      const role = roles[f] as number;
      if (c === DASH) {
        const next = p + 1 < e ? b[p + 1] : SPACE;
        if (next === SPACE || next === TAB) {
          p++;
          continue;
        }
      }
      switch (role) {
        case ROLE.skip:
          p = scanField(b, p, e);
          continue;
        case ROLE.srcaddr:
          if (!scanAddr(b, p, e, src)) return f;
          break;
        case ROLE.dstaddr:
          if (!scanAddr(b, p, e, dst)) return f;
          break;
        case ROLE.iface:
          ifaceS = p;
          ifaceE = scanField(b, p, e);
          fieldEnd = ifaceE;
          break;
        case ROLE.action: {
          const q = scanField(b, p, e);
          fieldEnd = q;
          if (bytesEqual(b, p, q, 'ACCEPT')) action = ACTION.accept;
          else if (bytesEqual(b, p, q, 'REJECT')) action = ACTION.reject;
          else return f;
          break;
        }
        case ROLE.logStatus: {
          const q = scanField(b, p, e);
          fieldEnd = q;
          if (q - p === 2 && c === 79 && b[p + 1] === 75) logStatus = LOG_STATUS.ok;
          else if (bytesEqual(b, p, q, 'NODATA')) logStatus = LOG_STATUS.nodata;
          else if (bytesEqual(b, p, q, 'SKIPDATA')) logStatus = LOG_STATUS.skipdata;
          else return f;
          break;
        }
        case ROLE.flowDirection: {
          const q = scanField(b, p, e);
          fieldEnd = q;
          if (bytesEqual(b, p, q, 'ingress')) direction = DIRECTION.ingress;
          else if (bytesEqual(b, p, q, 'egress')) direction = DIRECTION.egress;
          else return f;
          break;
        }
        default: {
          const v = scanUint(b, p, e);
          if (v < 0) return f;
          switch (role) {
            case ROLE.srcport:
              if (v > 65535) return f;
              srcPort = v;
              break;
            case ROLE.dstport:
              if (v > 65535) return f;
              dstPort = v;
              break;
            case ROLE.protocol:
              if (v > 255) return f;
              protocol = v;
              break;
            case ROLE.packets:
              packets = v;
              break;
            case ROLE.bytes:
              bytes = v;
              break;
            case ROLE.start:
              start = v * 1000;
              break;
            case ROLE.end:
              end = v * 1000;
              break;
            case ROLE.tcpFlags:
              if (v > 0xffff) return f;
              tcpFlags = v;
              break;
            // ROLE.version: digits only, value unused.
          }
        }
      }
      p = fieldEnd;
    }
    while (p < e && (b[p] === SPACE || b[p] === TAB)) p++;
    if (p < e) return TOO_MANY;

    this.commit(
      b,
      start,
      end,
      srcPort,
      dstPort,
      protocol,
      packets,
      bytes,
      action,
      direction,
      tcpFlags,
      logStatus,
      ifaceS,
      ifaceE,
    );
    return OK;
  }

  /**
   * The default (v2) format, read strictly: single spaces, no `-` fields, every value good. Lines that are
   * anything else (NODATA rows, odd spacing, bad values) return false and go through `read`, which handles
   * every case and says what is wrong. About 15% faster than the general loop.
   */
  private readDefault(b: Buffer, s: number, e: number): boolean {
    const src = this.src;
    const dst = this.dst;
    if (scanUint(b, s, e) < 0) return false; // version
    let p = fieldEnd + 1;
    if (p >= e || b[p] === SPACE || b[p] === TAB) return false;
    p = scanField(b, p, e) + 1; // account-id
    if (p >= e || b[p] === SPACE || b[p] === TAB) return false;
    const ifaceS = p;
    const ifaceE = scanField(b, p, e);
    p = ifaceE + 1;
    if (p >= e || (ifaceE - ifaceS === 1 && b[ifaceS] === DASH)) return false;
    if (!scanAddr(b, p, e, src)) return false;
    p = fieldEnd + 1;
    if (p >= e || !scanAddr(b, p, e, dst)) return false;
    p = fieldEnd + 1;
    const srcPort = scanUint(b, p, e);
    p = fieldEnd + 1;
    if (srcPort < 0 || srcPort > 65535 || p >= e) return false;
    const dstPort = scanUint(b, p, e);
    p = fieldEnd + 1;
    if (dstPort < 0 || dstPort > 65535 || p >= e) return false;
    const protocol = scanUint(b, p, e);
    p = fieldEnd + 1;
    if (protocol < 0 || protocol > 255 || p >= e) return false;
    const packets = scanUint(b, p, e);
    p = fieldEnd + 1;
    if (packets < 0 || p >= e) return false;
    const bytes = scanUint(b, p, e);
    p = fieldEnd + 1;
    if (bytes < 0 || p >= e) return false;
    const start = scanUint(b, p, e);
    p = fieldEnd + 1;
    if (start < 0 || p >= e) return false;
    const end = scanUint(b, p, e);
    p = fieldEnd + 1;
    if (end < 0 || p >= e) return false;
    const q = scanField(b, p, e);
    let action: number;
    if (bytesEqual(b, p, q, 'ACCEPT')) action = ACTION.accept;
    else if (bytesEqual(b, p, q, 'REJECT')) action = ACTION.reject;
    else return false;
    p = q + 1;
    if (p + 2 !== e || b[p] !== 79 || b[p + 1] !== 75) return false; // OK, the last field
    this.commit(
      b,
      start * 1000,
      end * 1000,
      srcPort,
      dstPort,
      protocol,
      packets,
      bytes,
      action,
      DIRECTION.unknown,
      0,
      LOG_STATUS.ok,
      ifaceS,
      ifaceE,
    );
    return true;
  }

  private commit(
    b: Buffer,
    start: number,
    end: number,
    srcPort: number,
    dstPort: number,
    protocol: number,
    packets: number,
    bytes: number,
    action: number,
    direction: number,
    tcpFlags: number,
    logStatus: number,
    ifaceS: number,
    ifaceE: number,
  ): void {
    const w = this.writer;
    const batch = w.batch;
    const stats = this.ctx.stats;
    stats.records++;
    stats.accepted++;
    const i = w.add();
    batch.start[i] = start;
    batch.end[i] = end;
    writeAddrs(batch, i, this.src, this.dst);
    batch.srcPort[i] = srcPort;
    batch.dstPort[i] = dstPort;
    batch.protocol[i] = protocol;
    batch.packets[i] = packets;
    batch.bytes[i] = bytes;
    batch.action[i] = action;
    batch.direction[i] = direction;
    batch.tcpFlags[i] = tcpFlags;
    batch.logStatus[i] = logStatus;
    if (ifaceS >= 0) batch.iface[i] = this.ifaces.get(b, ifaceS, ifaceE, batch, w.generation);
  }
}

function fieldText(b: Buffer, s: number, e: number, column: number): string {
  let p = s;
  for (let f = 0; f <= column; f++) {
    while (p < e && (b[p] === SPACE || b[p] === TAB)) p++;
    let q = p;
    while (q < e && b[q] !== SPACE && b[q] !== TAB) q++;
    if (f === column) return JSON.stringify(b.toString('latin1', p, Math.min(q, p + 64)));
    p = q;
  }
  return '';
}

function looksLikeRecordLine(line: string): boolean {
  const tokens = line.trim().split(/[ \t]+/);
  if (tokens.length < 5 || !/^\d{1,2}$/.test(tokens[0] ?? '')) return false;
  if (!HEADERLESS.has(tokens.length)) return false;
  return tokens.some(
    (t) => t === 'OK' || t === 'NODATA' || t === 'SKIPDATA' || t === 'ACCEPT' || t === 'REJECT',
  );
}

export const awsVpcParser: FlowParser = {
  format: 'aws-vpc',

  sniff(head: Uint8Array, _name: string): boolean {
    const text = headText(head, 2048);
    const first = (text.split(/\r?\n/, 1)[0] ?? '').trim();
    if (first.startsWith('{')) {
      const m = /^\{\s*"message"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(first);
      return m?.[1] !== undefined && looksLikeRecordLine(m[1]);
    }
    if (headerNames(first) !== null) return first.split(/[ \t]+/).length >= 2;
    return looksLikeRecordLine(first);
  },

  async parse(chunks: AsyncIterable<Uint8Array>, ctx: ParseContext): Promise<void> {
    const p = new AwsVpcParse(ctx);
    const w = p.writer;
    const r = new LineReader();
    for await (const chunk of input(chunks, ctx)) {
      r.feed(chunk);
      while (r.next()) {
        p.line(r.buf, r.start, r.end, r.line, r.overlong);
        if (w.batch.full) await w.flush();
      }
    }
    if (r.finish()) p.line(r.buf, r.start, r.end, r.line, r.overlong);
    await w.flush();
  },
};

export default awsVpcParser;
