/**
 * Zeek conn.log, per Zeek's log documentation (base/protocols/conn/main.zeek `Conn::Info`), in both of
 * Zeek's writers' forms:
 *
 * - TSV (the ASCII writer): `#separator \x09`, `#set_separator`, `#empty_field (empty)`, `#unset_field -`,
 *   `#path conn`, `#fields ...`, `#types ...` header lines, then one connection a line in `#fields` order.
 *   Headers may appear again (logs joined); the latest applies.
 * - JSON lines (`LogAscii::use_json`): `{"ts": 1547188415.857497, "id.orig_h": ..., ...}`; `ts` as epoch
 *   seconds or an ISO 8601 string; nested `"id": {"orig_h": ...}` accepted too, and a Splunk export
 *   wrapping (`{"result": {"_raw": "<record>"}}`).
 *
 * Mapping: start = ts, end = ts + duration; packets = orig_pkts + resp_pkts; bytes = orig_ip_bytes +
 * resp_ip_bytes (IP-level, like the cloud flow logs; payload orig_bytes + resp_bytes only when the IP
 * counts are absent). Direction is unknown; conn_state REJ (attempt rejected) is a reject, any other state an
 * accept. For ICMP Zeek puts the type in id.orig_p and the code in id.resp_p; they are stored the way
 * NetFlow does, srcPort 0 and dstPort = type × 256 + code.
 */

import { ACTION, DIRECTION } from '../../batch.js';
import {
  Addr,
  at,
  BatchWriter,
  headText,
  input,
  isObject,
  parseRfc3339,
  peekFirstByte,
  reject,
  writeAddrs,
} from '../common.js';
import { type JsonRecordSink, parseJsonRecords } from '../json-parse.js';
import { bytesEqual, LineReader, parseDecimalBytes, parseUintBytes } from '../lines.js';
import type { FlowParser, ParseContext } from '../types.js';

/** One connection's values, filled by either reader and written by `write`. */
class Conn {
  readonly src = new Addr();
  readonly dst = new Addr();
  start = 0;
  duration = 0;
  origP = 0;
  respP = 0;
  proto = 0;
  pkts = 0;
  bytes = 0;
  rejected = false;

  write(w: BatchWriter, i: number): void {
    const b = w.batch;
    b.start[i] = this.start;
    b.end[i] = this.start + this.duration;
    writeAddrs(b, i, this.src, this.dst);
    let protocol = this.proto;
    if (protocol === 1 || protocol === 58) {
      protocol = this.src.kind === 6 || this.dst.kind === 6 ? 58 : 1;
      b.srcPort[i] = 0;
      b.dstPort[i] = ((this.origP & 255) << 8) | (this.respP & 255);
    } else {
      b.srcPort[i] = this.origP;
      b.dstPort[i] = this.respP;
    }
    b.protocol[i] = protocol;
    b.packets[i] = this.pkts;
    b.bytes[i] = this.bytes;
    b.action[i] = this.rejected ? ACTION.reject : ACTION.accept;
    b.direction[i] = DIRECTION.unknown;
  }
}

function protocolNumber(name: string): number {
  switch (name) {
    case 'tcp':
      return 6;
    case 'udp':
      return 17;
    case 'icmp':
      return 1;
    case 'unknown_transport':
      return 0;
    default:
      return -1;
  }
}

// ---------------------------------------------------------------------------------------------------------
// TSV

const WANTED = [
  'ts',
  'id.orig_h',
  'id.orig_p',
  'id.resp_h',
  'id.resp_p',
  'proto',
  'duration',
  'orig_pkts',
  'resp_pkts',
  'orig_ip_bytes',
  'resp_ip_bytes',
  'orig_bytes',
  'resp_bytes',
  'conn_state',
] as const;
type Wanted = (typeof WANTED)[number];

/** `\x09`-style escapes in a `#separator` value. */
function unescapeZeek(s: string): string {
  return s.replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

class ZeekTsv {
  readonly #ctx: ParseContext;
  readonly writer: BatchWriter;
  readonly #conn = new Conn();
  #sep = 9;
  #unset = '-';
  #empty = '(empty)';
  #path = '';
  #fields: string[] | null = null;
  /** Column of each wanted field, -1 when the log lacks it. */
  #col = new Map<Wanted, number>();
  readonly #starts = new Int32Array(256);
  readonly #ends = new Int32Array(256);

  constructor(ctx: ParseContext) {
    this.#ctx = ctx;
    this.writer = new BatchWriter(ctx);
  }

  line(b: Buffer, s: number, e: number, lineNo: number, overlong: boolean): void {
    if (s === e) return;
    const where = () => at(this.#ctx.source, lineNo);
    if (overlong) return void reject(this.#ctx.stats, 'line too long', where());
    if (b[s] === 35) {
      this.#directive(b.toString('utf8', s, e));
      return;
    }
    const fields = this.#fields;
    if (fields === null) return void reject(this.#ctx.stats, 'no #fields header', where());
    if ((this.#path !== '' && this.#path !== 'conn') || !this.#has('ts', 'id.orig_h', 'id.resp_h')) {
      const detail = this.#path === '' ? 'missing conn fields' : `#path ${this.#path}`;
      reject(this.#ctx.stats, 'not a conn log', where(), detail);
      return;
    }
    // Split on the separator.
    const starts = this.#starts;
    const ends = this.#ends;
    const sep = this.#sep;
    let n = 0;
    let p = s;
    for (;;) {
      let q = p;
      while (q < e && b[q] !== sep) q++;
      if (n < starts.length) {
        starts[n] = p;
        ends[n] = q;
      }
      n++;
      if (q >= e) break;
      p = q + 1;
    }
    if (n !== fields.length) {
      return void reject(this.#ctx.stats, 'field count', where(), `expected ${fields.length}, got ${n}`);
    }
    const c = this.#conn;
    const problem = this.#read(b, c);
    if (problem !== null) return void reject(this.#ctx.stats, problem[0], where(), problem[1]);
    this.#ctx.stats.records++;
    this.#ctx.stats.accepted++;
    c.write(this.writer, this.writer.add());
  }

  #has(...names: Wanted[]): boolean {
    return names.every((n) => (this.#col.get(n) ?? -1) >= 0);
  }

  /** Range of a wanted field, or null when it is absent, unset or empty. */
  #range(b: Buffer, name: Wanted): [number, number] | null {
    const k = this.#col.get(name) ?? -1;
    if (k < 0) return null;
    const s = this.#starts[k] as number;
    const e = this.#ends[k] as number;
    if (s === e || bytesEqual(b, s, e, this.#unset) || bytesEqual(b, s, e, this.#empty)) return null;
    return [s, e];
  }

  #count(b: Buffer, name: Wanted): number {
    const r = this.#range(b, name);
    return r === null ? -2 : parseUintBytes(b, r[0], r[1]);
  }

  #read(b: Buffer, c: Conn): [string, string] | null {
    const text = (r: [number, number] | null) =>
      r === null ? '-' : JSON.stringify(b.toString('utf8', r[0], Math.min(r[1], r[0] + 64)));
    const ts = this.#range(b, 'ts');
    c.start = ts === null ? Number.NaN : parseDecimalBytes(b, ts[0], ts[1], 1000);
    if (Number.isNaN(c.start)) return ['bad ts', text(ts)];
    const oh = this.#range(b, 'id.orig_h');
    const rh = this.#range(b, 'id.resp_h');
    c.src.clear();
    c.dst.clear();
    if (
      oh === null ||
      rh === null ||
      !c.src.parseBytes(b, oh[0], oh[1]) ||
      !c.dst.parseBytes(b, rh[0], rh[1])
    ) {
      return ['bad address', `${text(oh)} ${text(rh)}`];
    }
    const op = this.#count(b, 'id.orig_p');
    const rp = this.#count(b, 'id.resp_p');
    if (op === -1 || rp === -1 || op > 65535 || rp > 65535)
      return ['bad port', `${text(this.#range(b, 'id.orig_p'))} ${text(this.#range(b, 'id.resp_p'))}`];
    c.origP = Math.max(op, 0);
    c.respP = Math.max(rp, 0);
    const pr = this.#range(b, 'proto');
    c.proto = pr === null ? 0 : protocolNumber(b.toString('latin1', pr[0], pr[1]));
    if (c.proto < 0) return ['bad proto', text(pr)];
    const du = this.#range(b, 'duration');
    c.duration = du === null ? 0 : parseDecimalBytes(b, du[0], du[1], 1000);
    if (Number.isNaN(c.duration)) return ['bad duration', text(du)];
    const counts: number[] = [];
    for (const name of [
      'orig_pkts',
      'resp_pkts',
      'orig_ip_bytes',
      'resp_ip_bytes',
      'orig_bytes',
      'resp_bytes',
    ] as const) {
      const v = this.#count(b, name);
      if (v === -1) return [`bad ${name}`, text(this.#range(b, name))];
      counts.push(v);
    }
    const [opk, rpk, oib, rib, ob, rb] = counts as [number, number, number, number, number, number];
    c.pkts = Math.max(opk, 0) + Math.max(rpk, 0);
    c.bytes = oib >= 0 || rib >= 0 ? Math.max(oib, 0) + Math.max(rib, 0) : Math.max(ob, 0) + Math.max(rb, 0);
    const st = this.#range(b, 'conn_state');
    c.rejected = st !== null && bytesEqual(b, st[0], st[1], 'REJ');
    return null;
  }

  #directive(text: string): void {
    if (text.startsWith('#separator')) {
      const value = unescapeZeek(text.slice('#separator'.length).replace(/^[ \t]/, ''));
      if (value.length === 1) this.#sep = value.charCodeAt(0);
      return;
    }
    const sep = String.fromCharCode(this.#sep);
    const parts = text.split(sep);
    const key = parts[0];
    const rest = parts.slice(1);
    switch (key) {
      case '#unset_field':
        this.#unset = rest[0] ?? '-';
        break;
      case '#empty_field':
        this.#empty = rest[0] ?? '(empty)';
        break;
      case '#path':
        this.#path = rest[0] ?? '';
        break;
      case '#fields':
        this.#fields = rest;
        this.#col = new Map(WANTED.map((w) => [w, rest.indexOf(w)]));
        break;
      // #set_separator, #types, #open, #close: nothing to keep.
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// JSON

function pick(rec: Record<string, unknown>, dotted: string): unknown {
  if (dotted in rec) return rec[dotted];
  const dot = dotted.indexOf('.');
  if (dot < 0) return undefined;
  const outer = rec[dotted.slice(0, dot)];
  return isObject(outer) ? outer[dotted.slice(dot + 1)] : undefined;
}

function count(v: unknown): number {
  if (v === undefined || v === null) return -2;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : -1;
}

async function jsonRecord(c: Conn, value: unknown, sink: JsonRecordSink): Promise<void> {
  await sink.room();
  let rec = value;
  if (isObject(rec) && isObject(rec.result) && typeof rec.result._raw === 'string') {
    try {
      rec = JSON.parse(rec.result._raw);
    } catch {
      return sink.reject('bad JSON', 'result._raw is not JSON');
    }
  }
  if (!isObject(rec)) return sink.reject('not an object');
  if (typeof rec._path === 'string' && rec._path !== 'conn')
    return sink.reject('not a conn log', `_path ${rec._path}`);
  const ts = rec.ts;
  c.start =
    typeof ts === 'number' && ts >= 0 ? ts * 1000 : typeof ts === 'string' ? parseRfc3339(ts) : Number.NaN;
  if (Number.isNaN(c.start)) return sink.reject('bad ts', JSON.stringify(ts));
  const oh = pick(rec, 'id.orig_h');
  const rh = pick(rec, 'id.resp_h');
  c.src.clear();
  c.dst.clear();
  if (typeof oh !== 'string' || typeof rh !== 'string' || !c.src.parseText(oh) || !c.dst.parseText(rh)) {
    return sink.reject('bad address', JSON.stringify([oh, rh]));
  }
  const op = count(pick(rec, 'id.orig_p'));
  const rp = count(pick(rec, 'id.resp_p'));
  if (op === -1 || rp === -1 || op > 65535 || rp > 65535) {
    return sink.reject('bad port', JSON.stringify([pick(rec, 'id.orig_p'), pick(rec, 'id.resp_p')]));
  }
  c.origP = Math.max(op, 0);
  c.respP = Math.max(rp, 0);
  c.proto = rec.proto === undefined ? 0 : typeof rec.proto === 'string' ? protocolNumber(rec.proto) : -1;
  if (c.proto < 0) return sink.reject('bad proto', JSON.stringify(rec.proto));
  const du = rec.duration;
  c.duration =
    du === undefined || du === null ? 0 : typeof du === 'number' && du >= 0 ? du * 1000 : Number.NaN;
  if (Number.isNaN(c.duration)) return sink.reject('bad duration', JSON.stringify(du));
  const counts: number[] = [];
  for (const name of [
    'orig_pkts',
    'resp_pkts',
    'orig_ip_bytes',
    'resp_ip_bytes',
    'orig_bytes',
    'resp_bytes',
  ] as const) {
    const v = count(rec[name]);
    if (v === -1) return sink.reject(`bad ${name}`, JSON.stringify(rec[name]));
    counts.push(v);
  }
  const [opk, rpk, oib, rib, ob, rb] = counts as [number, number, number, number, number, number];
  c.pkts = Math.max(opk, 0) + Math.max(rpk, 0);
  c.bytes = oib >= 0 || rib >= 0 ? Math.max(oib, 0) + Math.max(rib, 0) : Math.max(ob, 0) + Math.max(rb, 0);
  c.rejected = rec.conn_state === 'REJ';
  c.write(sink.writer, sink.add());
}

// ---------------------------------------------------------------------------------------------------------

export const zeekParser: FlowParser = {
  format: 'zeek',

  sniff(head: Uint8Array, name: string): boolean {
    const text = headText(head);
    if (text.startsWith('#separator'))
      return /#path\tconn|#fields\tts\tuid\tid\.orig_h/.test(text) || /conn/.test(name);
    const first = text.trimStart();
    return (
      (first.startsWith('{') || first.startsWith('[')) &&
      text.includes('"id.orig_h"') &&
      text.includes('"id.resp_h"')
    );
  },

  async parse(chunks: AsyncIterable<Uint8Array>, ctx: ParseContext): Promise<void> {
    const { first, chunks: replay } = await peekFirstByte(input(chunks, ctx));
    if (first === 123 || first === 91) {
      const c = new Conn();
      await parseJsonRecords(replay, ctx, (rec, sink) => jsonRecord(c, rec, sink));
      return;
    }
    const p = new ZeekTsv(ctx);
    const w = p.writer;
    const r = new LineReader();
    for await (const chunk of replay) {
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

export default zeekParser;
