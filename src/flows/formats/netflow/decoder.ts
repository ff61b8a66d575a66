/**
 * NetFlow v5, NetFlow v9 (RFC 3954) and IPFIX (RFC 7011) decoding straight into {@link FlowBatch} columns.
 *
 * One decoder serves a UDP socket or a file: `decode(packet, exporter, receivedAt, sink)` per export packet.
 * Templates are cached per (exporter address, observation domain / source id, template id); data sets that come
 * before their template wait (bounded by count and age) and are decoded when it arrives, else counted as
 * `no-template`. Sequence numbers are followed per (exporter, domain) and gaps counted as loss. Bad input is
 * counted in `stats` by reason, never thrown.
 */
import { ACTION, DIRECTION, type FlowBatch, LOG_STATUS, ParseStats } from '../../batch.js';
import type { BatchSink } from './sink.js';
import {
  compileTemplate,
  RecordValues,
  type Template,
  type TemplateField,
  VARIABLE_LENGTH,
} from './template.js';

export interface NetflowDecoderOptions {
  stats?: ParseStats;
  /** Data sets held while their template is unknown, over all exporters (default 1024). */
  pendingMaxSets?: number;
  /** How long such a set is held, in the `receivedAt` clock (default 60 s). */
  pendingMaxAgeMs?: number;
  /** Exporter / domain pairs tracked before new ones are refused (default 65536). */
  maxDomains?: number;
}

/** Units that each protocol's sequence number counts, and so the unit of its loss. */
export interface NetflowLoss {
  /** NetFlow v5 flows missing (flow_sequence). */
  v5Flows: number;
  /** NetFlow v9 export packets missing (package sequence). */
  v9Packets: number;
  /** IPFIX data records missing (message sequence number). */
  ipfixRecords: number;
}

/** State of one (exporter, version, observation domain): its templates, sequence, sampling and clock. */
export interface ExporterDomain {
  readonly exporter: string;
  readonly version: number;
  readonly domain: number;
  readonly templates: Map<number, Template>;
  /** Sequence number the next packet should carry, -1 when unknown. */
  nextSeq: number;
  /** IPFIX: the same, for an exporter that leaves options records out of its count. */
  nextSeqFlows: number;
  /** IPFIX: sequence number of the previous message, -1 when none. */
  lastSeq: number;
  /**
   * IPFIX: the exporter numbers each message with the count *including* its own records (softflowd does),
   * instead of those sent before it (RFC 7011 §3.1). Detected from the stream, so it is not counted as loss.
   */
  seqIncludesOwn: boolean;
  lost: number;
  /** Sampling rate from an options record without a sampler id (1 when none). */
  sampling: number;
  /** Sampling rate per sampler / selector id, from options records. */
  readonly samplers: Map<number, number>;
  /** systemInitTimeMilliseconds from an options record (IPFIX), -1 when unknown. */
  sysInitMs: number;
}

interface Pending {
  dom: ExporterDomain;
  templateId: number;
  data: Uint8Array;
  exportMs: number;
  uptime: number;
  receivedAt: number;
  seq: number;
  file: string | undefined;
  fileOffset: number;
}

const V5_HEADER = 24;
const V5_RECORD = 48;
const V9_HEADER = 20;
const IPFIX_HEADER = 16;
const TWO32 = 4294967296;
/** A backwards sequence jump larger than this is an exporter restart rather than a late packet. */
const REORDER_WINDOW = 1 << 16;

function u16(p: Uint8Array, o: number): number {
  return ((p[o] as number) << 8) | (p[o + 1] as number);
}

/**
 * An IPFIX flowStart/EndSysUpTime as epoch ms. The 32-bit uptime wraps every 49.7 days: a value that would put
 * the flow more than 2^31 ms after its export belongs to the previous lap (v9 does the same with a signed
 * difference from the header's sysUptime).
 */
function sinceInit(sysInitMs: number, uptimeMs: number, exportMs: number): number {
  const t = sysInitMs + uptimeMs;
  return t - exportMs > 0x80000000 ? t - TWO32 : t;
}

/** A problem's location: `file@offset` when reading a file, else `exporter <addr> seq <n>`. */
function where(file: string | undefined, offset: number, exporter: string, seq: number): string {
  return file !== undefined ? `${file}@${offset}` : `exporter ${exporter} seq ${seq}`;
}

function allZero(p: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (p[k] !== 0) return false;
  return true;
}

export class NetflowDecoder {
  readonly stats: ParseStats;
  readonly loss: NetflowLoss = { v5Flows: 0, v9Packets: 0, ipfixRecords: 0 };
  /** Export packets (or IPFIX messages) handed to `decode`. */
  packets = 0;
  /** Flow records written to sinks. */
  flows = 0;
  readonly #domains = new Map<string, Map<number, ExporterDomain>>();
  #domainCount = 0;
  readonly #pending: Pending[] = [];
  readonly #pendingMax: number;
  readonly #pendingAge: number;
  readonly #maxDomains: number;
  readonly #ifNames: string[] = [];
  readonly #values = new RecordValues();
  #lastIf = -1;
  #lastIfName = '';
  #lastIfIdx = -1;
  /** Flow records (not options records) of the message being decoded, held-back sets excluded. */
  #messageFlows = 0;
  // Where the packet being decoded came from, for problem locations.
  #exporter = '';
  #seq = 0;
  #file: string | undefined;
  #fileOffset = 0;

  constructor(options: NetflowDecoderOptions = {}) {
    this.stats = options.stats ?? new ParseStats();
    this.#pendingMax = options.pendingMaxSets ?? 1024;
    this.#pendingAge = options.pendingMaxAgeMs ?? 60_000;
    this.#maxDomains = options.maxDomains ?? 65536;
  }

  /** Data sets waiting for their template. */
  get pendingSets(): number {
    return this.#pending.length;
  }

  /** Every (exporter, version, domain) seen so far. */
  *domains(): IterableIterator<ExporterDomain> {
    for (const m of this.#domains.values()) yield* m.values();
  }

  /**
   * Decodes one export packet. `exporter` is the sender's address (the template cache key), `receivedAt` the
   * arrival time in epoch ms (the clock for holding data sets). With `file`, problem locations read
   * `file@offset` (`fileOffset` being where the packet starts in it), else `exporter <addr> seq <n>`.
   * Returns the number of flow records written.
   */
  decode(
    packet: Uint8Array,
    exporter: string,
    receivedAt: number,
    sink: BatchSink,
    file?: string,
    fileOffset = 0,
  ): number {
    this.packets++;
    if (this.#pending.length > 0) this.expire(receivedAt);
    this.#exporter = exporter;
    this.#seq = 0;
    this.#file = file;
    this.#fileOffset = fileOffset;
    const before = this.flows;
    if (packet.length < 4) {
      this.#problem('truncated-packet', 0, `${packet.length} bytes`);
      return 0;
    }
    const dv = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
    const version = u16(packet, 0);
    if (version === 10) this.#ipfix(packet, dv, exporter, receivedAt, sink);
    else if (version === 9) this.#v9(packet, dv, exporter, receivedAt, sink);
    else if (version === 5) this.#v5(packet, dv, exporter, sink);
    else this.#problem('bad-version', 0, `version ${version}`);
    return this.flows - before;
  }

  /** Drops held data sets older than the age bound, counting each as `no-template`. */
  expire(now: number): void {
    const limit = now - this.#pendingAge;
    while (this.#pending.length > 0 && (this.#pending[0] as Pending).receivedAt < limit) {
      this.#dropPending(this.#pending.shift() as Pending);
    }
  }

  /** Ends the input: every data set still waiting for its template is counted as `no-template`. */
  flush(): void {
    for (let p = this.#pending.shift(); p; p = this.#pending.shift()) this.#dropPending(p);
  }

  /** Counts a held data set as `no-template`, located where it was received. */
  #dropPending(p: Pending): void {
    this.stats.reject({
      reason: 'no-template',
      location: where(p.file, p.fileOffset, p.dom.exporter, p.seq),
      detail: `template ${p.templateId} never arrived (domain ${p.dom.domain})`,
    });
  }

  #problem(reason: string, pos: number, detail?: string): void {
    const location = where(this.#file, this.#fileOffset + pos, this.#exporter, this.#seq);
    this.stats.reject(detail === undefined ? { reason, location } : { reason, location, detail });
  }

  #domain(version: number, exporter: string, id: number): ExporterDomain | undefined {
    const key = version === 10 ? exporter : `${version}|${exporter}`;
    let byId = this.#domains.get(key);
    let d = byId?.get(id);
    if (d) return d;
    if (this.#domainCount >= this.#maxDomains) {
      this.#problem('too-many-exporters', 0, `limit ${this.#maxDomains}`);
      return undefined;
    }
    if (!byId) {
      byId = new Map();
      this.#domains.set(key, byId);
    }
    d = {
      exporter,
      version,
      domain: id,
      templates: new Map(),
      nextSeq: -1,
      nextSeqFlows: -1,
      lastSeq: -1,
      seqIncludesOwn: false,
      lost: 0,
      sampling: 1,
      samplers: new Map(),
      sysInitMs: -1,
    };
    byId.set(id, d);
    this.#domainCount++;
    return d;
  }

  /**
   * A sequence number that is not the expected one: a forward jump is loss, a small backward one a late packet
   * (its units, counted lost before, are given back), a large backward one a restart. Returns false for a late
   * packet, whose number must not move the expectation.
   */
  #gap(d: ExporterDomain, seq: number, expected: number, units: number, unit: keyof NetflowLoss): boolean {
    const ahead = (seq - expected) >>> 0;
    if (ahead < 0x80000000) {
      d.lost += ahead;
      this.loss[unit] += ahead;
      this.#problem('sequence-gap', 0, `${ahead} missing (${unit}), expected seq ${expected}`);
      return true;
    }
    if (TWO32 - ahead <= REORDER_WINDOW) {
      const back = Math.min(units, d.lost);
      d.lost -= back;
      this.loss[unit] -= back;
      return false;
    }
    this.#problem('sequence-reset', 0, `expected seq ${expected}`);
    return true;
  }

  /** v5 (flows) and v9 (packets): the next number is this one plus the units of this packet. */
  #sequence(d: ExporterDomain, seq: number, units: number, next: number, unit: keyof NetflowLoss): void {
    if (d.nextSeq >= 0 && seq !== d.nextSeq && !this.#gap(d, seq, d.nextSeq, units, unit)) return;
    d.nextSeq = next;
  }

  /**
   * IPFIX: `records` data records in this message (-1 when some wait for a template), `flows` of them flow
   * records. Accepts exporters that leave options records out, and those that count their own records.
   */
  #ipfixSequence(d: ExporterDomain, seq: number, records: number, flows: number): void {
    const known = records >= 0;
    const fromLast = known && d.lastSeq >= 0;
    const own = fromLast ? (d.lastSeq + records) >>> 0 : -1;
    const ownFlows = fromLast ? (d.lastSeq + flows) >>> 0 : -1;
    const expected = d.seqIncludesOwn ? own : d.nextSeq;
    const alt = d.seqIncludesOwn ? ownFlows : d.nextSeqFlows;
    if (expected >= 0 && seq !== expected && seq !== alt) {
      if (!d.seqIncludesOwn && fromLast && (seq === own || seq === ownFlows)) d.seqIncludesOwn = true;
      else if (!this.#gap(d, seq, expected, Math.max(records, 0), 'ipfixRecords')) return;
    }
    d.lastSeq = seq;
    d.nextSeq = known ? (seq + records) >>> 0 : -1;
    d.nextSeqFlows = known ? (seq + flows) >>> 0 : -1;
  }

  // ---- NetFlow v5: fixed header and records (Cisco NetFlow export datagram format, version 5) ----

  #v5(p: Uint8Array, dv: DataView, exporter: string, sink: BatchSink): void {
    if (p.length < V5_HEADER) {
      this.#problem('truncated-packet', 0, `v5 header needs ${V5_HEADER} bytes, got ${p.length}`);
      return;
    }
    const count = u16(p, 2);
    const uptime = dv.getUint32(4);
    const exportMs = dv.getUint32(8) * 1000 + Math.floor(dv.getUint32(12) / 1e6);
    const seq = dv.getUint32(16);
    this.#seq = seq;
    const interval = u16(p, 22) & 0x3fff;
    const rate = Math.max(interval, 1);
    const d = this.#domain(5, exporter, u16(p, 20));
    if (!d) return;
    let n = count;
    if (V5_HEADER + count * V5_RECORD > p.length) {
      n = Math.floor((p.length - V5_HEADER) / V5_RECORD);
      this.#problem(
        'truncated-packet',
        p.length,
        `count ${count} needs ${V5_HEADER + count * V5_RECORD} bytes`,
      );
    }
    this.stats.records += n;
    let originIdx = -1;
    for (let r = 0; r < n; r++) {
      const o = V5_HEADER + r * V5_RECORD;
      const i = sink.claim();
      const b = sink.batch;
      const input = u16(p, o + 12);
      if (b.strings[originIdx] !== exporter) originIdx = b.intern(exporter);
      b.start[i] = exportMs + ((dv.getUint32(o + 24) - uptime) | 0);
      b.end[i] = exportMs + ((dv.getUint32(o + 28) - uptime) | 0);
      b.family[i] = 4;
      b.src4[i] = dv.getUint32(o);
      b.dst4[i] = dv.getUint32(o + 4);
      sink.clearAddresses6(i);
      b.srcPort[i] = u16(p, o + 32);
      b.dstPort[i] = u16(p, o + 34);
      b.protocol[i] = p[o + 38] as number;
      b.packets[i] = dv.getUint32(o + 16) * rate;
      b.bytes[i] = dv.getUint32(o + 20) * rate;
      b.action[i] = ACTION.unknown;
      b.direction[i] = DIRECTION.unknown;
      b.tcpFlags[i] = p[o + 37] as number;
      b.logStatus[i] = LOG_STATUS.ok;
      b.iface[i] = input !== 0 ? this.#ifIndex(b, input) : -1;
      b.origin[i] = originIdx;
    }
    this.flows += n;
    this.stats.accepted += n;
    this.#sequence(d, seq, n, (seq + count) >>> 0, 'v5Flows');
  }

  // ---- NetFlow v9 (RFC 3954) ----

  #v9(p: Uint8Array, dv: DataView, exporter: string, receivedAt: number, sink: BatchSink): void {
    if (p.length < V9_HEADER) {
      this.#problem('truncated-packet', 0, `v9 header needs ${V9_HEADER} bytes, got ${p.length}`);
      return;
    }
    const uptime = dv.getUint32(4);
    const exportMs = dv.getUint32(8) * 1000;
    const seq = dv.getUint32(12);
    this.#seq = seq;
    const d = this.#domain(9, exporter, dv.getUint32(16));
    if (!d) return;
    this.#sets(p, dv, V9_HEADER, p.length, d, exportMs, uptime, receivedAt, sink, false);
    this.#sequence(d, seq, 1, (seq + 1) >>> 0, 'v9Packets');
  }

  // ---- IPFIX (RFC 7011) ----

  #ipfix(p: Uint8Array, dv: DataView, exporter: string, receivedAt: number, sink: BatchSink): void {
    if (p.length < IPFIX_HEADER) {
      this.#problem('truncated-packet', 0, `IPFIX header needs ${IPFIX_HEADER} bytes, got ${p.length}`);
      return;
    }
    const length = u16(p, 2);
    const seq = dv.getUint32(8);
    this.#seq = seq;
    if (length < IPFIX_HEADER) {
      this.#problem('bad-length', 2, `message length ${length}`);
      return;
    }
    if (length > p.length) {
      this.#problem('truncated-packet', p.length, `message length ${length}, got ${p.length} bytes`);
      return;
    }
    const d = this.#domain(10, exporter, dv.getUint32(12));
    if (!d) return;
    const exportMs = dv.getUint32(4) * 1000;
    this.#messageFlows = 0;
    const records = this.#sets(p, dv, IPFIX_HEADER, length, d, exportMs, -1, receivedAt, sink, true);
    this.#ipfixSequence(d, seq, records, this.#messageFlows);
  }

  /**
   * Walks the sets (v9 FlowSets) of one message. Returns the number of data records (flows and options), or -1
   * when some data set waits for its template so the count is not known.
   */
  #sets(
    p: Uint8Array,
    dv: DataView,
    pos: number,
    end: number,
    d: ExporterDomain,
    exportMs: number,
    uptime: number,
    receivedAt: number,
    sink: BatchSink,
    ipfix: boolean,
  ): number {
    const templateSet = ipfix ? 2 : 0;
    const optionsSet = ipfix ? 3 : 1;
    let records = 0;
    let unknown = false;
    while (end - pos >= 4) {
      const id = u16(p, pos);
      const len = u16(p, pos + 2);
      if (len < 4) {
        this.#problem('bad-set-length', pos, `set ${id} length ${len}`);
        break;
      }
      if (pos + len > end) {
        this.#problem(
          'set-beyond-packet',
          pos,
          `set ${id} length ${len} runs ${pos + len - end} bytes past the end`,
        );
        break;
      }
      const body = pos + 4;
      const setEnd = pos + len;
      if (id >= 256) {
        const tpl = d.templates.get(id);
        if (tpl) {
          const n = this.#dataSet(p, dv, body, setEnd, tpl, d, exportMs, uptime, sink);
          records += n;
          if (!tpl.options) this.#messageFlows += n;
        } else {
          this.#hold(d, id, p.slice(body, setEnd), exportMs, uptime, receivedAt, body);
          unknown = true;
        }
      } else if (id === templateSet) {
        this.#templates(p, body, setEnd, d, false, ipfix, sink);
      } else if (id === optionsSet) {
        if (ipfix) this.#templates(p, body, setEnd, d, true, true, sink);
        else this.#v9OptionsTemplates(p, body, setEnd, d, sink);
      } else {
        this.#problem('reserved-set-id', pos, `set id ${id}`);
      }
      pos = setEnd;
    }
    return unknown ? -1 : records;
  }

  #hold(
    d: ExporterDomain,
    templateId: number,
    data: Uint8Array,
    exportMs: number,
    uptime: number,
    receivedAt: number,
    pos: number,
  ): void {
    if (this.#pending.length >= this.#pendingMax) this.#dropPending(this.#pending.shift() as Pending);
    this.#pending.push({
      dom: d,
      templateId,
      data,
      exportMs,
      uptime,
      receivedAt,
      seq: this.#seq,
      file: this.#file,
      fileOffset: this.#fileOffset + pos,
    });
  }

  /** Decodes the held data sets of a template that has just arrived, oldest first. */
  #release(d: ExporterDomain, tpl: Template, sink: BatchSink): void {
    if (this.#pending.length === 0) return;
    const exporter = this.#exporter;
    const seq = this.#seq;
    const file = this.#file;
    const fileOffset = this.#fileOffset;
    for (let k = 0; k < this.#pending.length; ) {
      const h = this.#pending[k] as Pending;
      if (h.dom !== d || h.templateId !== tpl.id) {
        k++;
        continue;
      }
      this.#pending.splice(k, 1);
      this.#exporter = h.dom.exporter;
      this.#seq = h.seq;
      this.#file = h.file;
      this.#fileOffset = h.fileOffset;
      const dv = new DataView(h.data.buffer, h.data.byteOffset, h.data.byteLength);
      this.#dataSet(h.data, dv, 0, h.data.length, tpl, d, h.exportMs, h.uptime, sink);
    }
    this.#exporter = exporter;
    this.#seq = seq;
    this.#file = file;
    this.#fileOffset = fileOffset;
  }

  /** Template records (v9 FlowSet 0, IPFIX Set 2) and IPFIX options template records (Set 3). */
  #templates(
    p: Uint8Array,
    pos: number,
    end: number,
    d: ExporterDomain,
    options: boolean,
    ipfix: boolean,
    sink: BatchSink,
  ): void {
    const setId = ipfix ? (options ? 3 : 2) : 0;
    while (end - pos >= 4) {
      const id = u16(p, pos);
      const count = u16(p, pos + 2);
      if (ipfix && count === 0) {
        this.#withdraw(d, id, setId, options);
        pos += 4;
        continue;
      }
      if (id < 256) {
        if (!allZero(p, pos, end)) this.#problem('bad-template-id', pos, `template id ${id}`);
        return;
      }
      if (count === 0) {
        this.#problem('bad-field-count', pos, `template ${id} has no fields`);
        return;
      }
      const head = options ? 6 : 4;
      if (count * 4 > end - pos - head) {
        this.#problem(
          'bad-field-count',
          pos,
          `template ${id} declares ${count} fields in ${end - pos} bytes`,
        );
        return;
      }
      const scope = options ? u16(p, pos + 4) : 0;
      if (options && (scope === 0 || scope > count)) {
        this.#problem('bad-scope-count', pos, `template ${id}: ${scope} scope fields of ${count}`);
        return;
      }
      const start = pos;
      pos += head;
      const fields: TemplateField[] = [];
      for (let k = 0; k < count; k++) {
        if (end - pos < 4) break;
        let fid = u16(p, pos);
        const length = u16(p, pos + 2);
        pos += 4;
        let enterprise = 0;
        if (ipfix && fid & 0x8000) {
          if (end - pos < 4) break;
          fid &= 0x7fff;
          enterprise =
            ((p[pos] as number) * 0x1000000 + u16(p, pos + 1) * 256 + (p[pos + 3] as number)) >>> 0;
          pos += 4;
        }
        fields.push({ id: fid, length, enterprise });
      }
      if (fields.length < count) {
        this.#problem(
          'truncated-template',
          start,
          `template ${id}: ${fields.length} of ${count} fields present`,
        );
        return;
      }
      this.#learn(d, compileTemplate(id, fields, options, scope, !ipfix), start, sink);
    }
  }

  /** v9 options template records (FlowSet 1): scope and option lengths are in bytes (RFC 3954 §6.1). */
  #v9OptionsTemplates(p: Uint8Array, pos: number, end: number, d: ExporterDomain, sink: BatchSink): void {
    while (end - pos >= 6) {
      const id = u16(p, pos);
      const scopeLen = u16(p, pos + 2);
      const optionLen = u16(p, pos + 4);
      if (id < 256) {
        if (!allZero(p, pos, end)) this.#problem('bad-template-id', pos, `options template id ${id}`);
        return;
      }
      if (scopeLen % 4 !== 0 || optionLen % 4 !== 0 || scopeLen + optionLen === 0) {
        this.#problem(
          'bad-field-count',
          pos,
          `options template ${id}: scope ${scopeLen} / option ${optionLen} bytes`,
        );
        return;
      }
      if (pos + 6 + scopeLen + optionLen > end) {
        this.#problem('truncated-template', pos, `options template ${id} runs past its FlowSet`);
        return;
      }
      const fields: TemplateField[] = [];
      for (let q = pos + 6; q < pos + 6 + scopeLen + optionLen; q += 4) {
        fields.push({ id: u16(p, q), length: u16(p, q + 2), enterprise: 0 });
      }
      this.#learn(d, compileTemplate(id, fields, true, scopeLen / 4, true), pos, sink);
      pos += 6 + scopeLen + optionLen;
    }
  }

  #learn(d: ExporterDomain, tpl: Template, pos: number, sink: BatchSink): void {
    if (tpl.minLength === 0) {
      this.#problem('bad-template', pos, `template ${tpl.id} describes empty records`);
      return;
    }
    d.templates.set(tpl.id, tpl);
    this.#release(d, tpl, sink);
  }

  /** IPFIX template withdrawal (RFC 7011 §8.1): one template, or all of a kind when the id is the set id. */
  #withdraw(d: ExporterDomain, id: number, setId: number, options: boolean): void {
    if (id === setId) {
      for (const [tid, t] of d.templates) if (t.options === options) d.templates.delete(tid);
    } else {
      d.templates.delete(id);
    }
  }

  /** Record layout of a template with variable-length fields; returns the record length, -1 if truncated. */
  #layout(p: Uint8Array, pos: number, end: number, tpl: Template): number {
    const fields = tpl.fields;
    const offsets = tpl.offsets;
    let o = 0;
    for (let k = 0; k < fields.length; k++) {
      offsets[k] = o;
      let len = (fields[k] as TemplateField).length;
      if (len === VARIABLE_LENGTH) {
        if (pos + o >= end) return -1;
        len = p[pos + o] as number;
        o += 1;
        if (len === 255) {
          if (pos + o + 2 > end) return -1;
          len = u16(p, pos + o);
          o += 2;
        }
        offsets[k] = o;
      }
      o += len;
      if (pos + o > end) return -1;
    }
    return o;
  }

  #dataSet(
    p: Uint8Array,
    dv: DataView,
    pos: number,
    end: number,
    tpl: Template,
    d: ExporterDomain,
    exportMs: number,
    uptime: number,
    sink: BatchSink,
  ): number {
    if (tpl.options) return this.#optionRecords(p, dv, pos, end, tpl, d);
    const read = tpl.read;
    const offsets = tpl.offsets;
    const fixed = tpl.fixedLength;
    const minLength = tpl.minLength;
    const exporter = d.exporter;
    const v9 = uptime >= 0;
    const r = this.#values;
    let originIdx = -1;
    let n = 0;
    while (end - pos >= minLength) {
      let recLen = fixed;
      if (fixed < 0) {
        recLen = this.#layout(p, pos, end, tpl);
        if (recLen < 0) {
          // Fewer bytes than a record needs: padding if zero, else a cut record.
          if (!allZero(p, pos, end)) this.#problem('truncated-record', pos, `template ${tpl.id}`);
          break;
        }
      }
      r.reset();
      read(p, dv, pos, offsets, r);
      let rate = r.samplingRate;
      if (rate <= 1) {
        if (r.samplingPacketInterval > 0)
          rate = (r.samplingPacketInterval + r.samplingPacketSpace) / r.samplingPacketInterval;
        else if (r.samplerId >= 0) rate = d.samplers.get(r.samplerId) ?? d.sampling;
        else rate = d.sampling;
      }
      let start = r.startAbs;
      let stop = r.endAbs;
      if (r.startDeltaUs >= 0) start = exportMs - r.startDeltaUs / 1000;
      if (r.endDeltaUs >= 0) stop = exportMs - r.endDeltaUs / 1000;
      if (r.startUptime >= 0) {
        if (v9) start = exportMs + ((r.startUptime - uptime) | 0);
        else if (d.sysInitMs >= 0) start = sinceInit(d.sysInitMs, r.startUptime, exportMs);
      }
      if (r.endUptime >= 0) {
        if (v9) stop = exportMs + ((r.endUptime - uptime) | 0);
        else if (d.sysInitMs >= 0) stop = sinceInit(d.sysInitMs, r.endUptime, exportMs);
      }
      if (Number.isNaN(stop)) stop = Number.isNaN(start) ? exportMs : start;
      const family = r.family;
      const fwd = r.forwarding;
      // Every column of the record is written here (the sink does not reset them).
      const i = sink.claim();
      const b = sink.batch;
      if (b.strings[originIdx] !== exporter) originIdx = b.intern(exporter);
      b.start[i] = Number.isNaN(start) ? stop : start;
      b.end[i] = stop;
      b.family[i] = family;
      b.src4[i] = family === 4 ? r.src4 : 0;
      b.dst4[i] = family === 4 ? r.dst4 : 0;
      if (family === 6) sink.setAddresses6(i, p, r.src6At, r.dst6At);
      else sink.clearAddresses6(i);
      b.srcPort[i] = r.srcPort;
      // ICMP type and code go where NetFlow v5 puts them: the destination port, type * 256 + code.
      b.dstPort[i] = r.dstPort === 0 ? r.icmpTypeCode : r.dstPort;
      b.protocol[i] = r.protocol;
      b.packets[i] = (r.packets >= 0 ? r.packets : r.packetsTotal) * rate;
      b.bytes[i] = (r.bytes >= 0 ? r.bytes : r.bytesTotal) * rate;
      // forwardingStatus (RFC 7270 §4.12): 1 forwarded, 2 dropped, 3 consumed (delivered to the device).
      b.action[i] = fwd === 2 ? ACTION.reject : fwd === 1 || fwd === 3 ? ACTION.accept : ACTION.unknown;
      b.direction[i] =
        r.direction === 0 ? DIRECTION.ingress : r.direction === 1 ? DIRECTION.egress : DIRECTION.unknown;
      b.tcpFlags[i] = r.tcpFlags;
      b.logStatus[i] = LOG_STATUS.ok;
      b.iface[i] = r.ifIndex !== 0 ? this.#ifIndex(b, r.ifIndex) : -1;
      b.origin[i] = originIdx;
      pos += recLen;
      n++;
    }
    this.flows += n;
    this.stats.records += n;
    this.stats.accepted += n;
    return n;
  }

  /** Options data records: the sampling rate per sampler (or for the domain) and the exporter's boot time. */
  #optionRecords(
    p: Uint8Array,
    dv: DataView,
    pos: number,
    end: number,
    tpl: Template,
    d: ExporterDomain,
  ): number {
    const r = this.#values;
    let n = 0;
    while (end - pos >= tpl.minLength) {
      let recLen = tpl.fixedLength;
      if (recLen < 0) {
        recLen = this.#layout(p, pos, end, tpl);
        if (recLen < 0) break;
      }
      r.reset();
      tpl.read(p, dv, pos, tpl.offsets, r);
      if (r.sysInitMs >= 0) d.sysInitMs = r.sysInitMs;
      let rate = r.samplingRate;
      if (rate === 0 && r.samplingPacketInterval > 0) {
        rate = (r.samplingPacketInterval + r.samplingPacketSpace) / r.samplingPacketInterval;
      }
      if (rate > 0) {
        if (r.samplerId >= 0) d.samplers.set(r.samplerId, rate);
        else d.sampling = rate;
      }
      pos += recLen;
      n++;
    }
    return n;
  }

  /** The interned name of an interface index (its decimal form); the last one is remembered per batch. */
  #ifIndex(b: FlowBatch, index: number): number {
    if (index === this.#lastIf && b.strings[this.#lastIfIdx] === this.#lastIfName) return this.#lastIfIdx;
    let name = index < 65536 ? this.#ifNames[index] : undefined;
    if (name === undefined) {
      name = String(index);
      if (index < 65536) this.#ifNames[index] = name;
    }
    this.#lastIf = index;
    this.#lastIfName = name;
    this.#lastIfIdx = b.intern(name);
    return this.#lastIfIdx;
  }
}
