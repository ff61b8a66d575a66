/**
 * Google Cloud VPC Flow Logs as Cloud Logging entries (JSON lines, a JSON array, or an `{"entries": [...]}`
 * response), per Google's "VPC Flow Logs records" format:
 *
 *   { "jsonPayload": { "connection": { "src_ip", "dest_ip", "src_port", "dest_port", "protocol" },
 *       "bytes_sent": "1234", "packets_sent": "5", "start_time", "end_time", "reporter": "SRC" | "DEST",
 *       "src_instance": { "vm_name", ... }, "dest_instance": { ... } }, "timestamp", ... }
 *
 * int64 values arrive as decimal strings (Cloud Logging's JSON mapping); numbers are accepted too. Times are
 * RFC 3339. The reporter's side gives the direction (SRC: egress from the reporting VM, DEST: ingress) and
 * its VM name the interface. VPC Flow Logs record allowed traffic, so a record is an accept unless a
 * `disposition` field says the traffic was denied or dropped.
 *
 * When both ends of a flow are VMs with flow logs on, the flow is reported twice (reporter SRC and DEST,
 * same 5-tuple, overlapping intervals). The first report is kept and the second dropped. Pending reports
 * live in a map bounded in time (`dedupWindowMs` of flow end time behind the newest seen) and in size
 * (`maxPending`, oldest evicted first). A dropped duplicate counts in `stats.records` (read) but is neither
 * accepted nor rejected.
 */

import { ACTION, DIRECTION } from '../../batch.js';
import { Addr, headText, isObject, jsonUint, parseRfc3339, writeAddrs } from '../common.js';
import { type JsonRecordSink, parseJsonRecords } from '../json-parse.js';
import type { FlowParser, ParseContext } from '../types.js';

export interface GcpVpcOptions {
  /** How far behind the newest flow end time a report still waits for its other half (default 15 min). */
  dedupWindowMs?: number;
  /** At most this many reports wait for their other half; beyond, the oldest are dropped (default 200,000). */
  maxPending?: number;
  /** Slack when comparing the two reports' intervals (default 1 s: the two VMs' clocks and windows differ). */
  slackMs?: number;
}

enum Side {
  Source = 1,
  Dest = 2,
}

interface Pending {
  key: string;
  side: Side;
  start: number;
  end: number;
  live: boolean;
}

/** Remembers single-side reports for a while, to recognise the other end's report of the same flow. */
export class FlowDeduper {
  readonly #byKey = new Map<string, Pending[]>();
  #queue: Pending[] = [];
  #head = 0;
  #live = 0;
  #newestEnd = Number.NEGATIVE_INFINITY;

  constructor(
    readonly windowMs = 15 * 60_000,
    readonly maxPending = 200_000,
    readonly slackMs = 1000,
  ) {}

  /** Reports waiting for their other half. */
  get pending(): number {
    return this.#live;
  }

  /** True if this report duplicates one already seen from the other side (which is then forgotten). */
  isDuplicate(key: string, side: Side, start: number, end: number): boolean {
    if (end > this.#newestEnd) this.#newestEnd = end;
    const list = this.#byKey.get(key);
    if (list !== undefined) {
      for (let k = 0; k < list.length; k++) {
        const p = list[k] as Pending;
        if (p.side !== side && p.start <= end + this.slackMs && start <= p.end + this.slackMs) {
          this.#forget(p, list, k);
          this.#evict();
          return true;
        }
      }
    }
    const p: Pending = { key, side, start, end, live: true };
    if (list === undefined) this.#byKey.set(key, [p]);
    else list.push(p);
    this.#queue.push(p);
    this.#live++;
    this.#evict();
    return false;
  }

  #forget(p: Pending, list: Pending[], index: number): void {
    p.live = false;
    this.#live--;
    list.splice(index, 1);
    if (list.length === 0) this.#byKey.delete(p.key);
  }

  #evict(): void {
    const cutoff = this.#newestEnd - this.windowMs;
    const q = this.#queue;
    while (this.#head < q.length) {
      const p = q[this.#head] as Pending;
      if (p.live && p.end >= cutoff && this.#live <= this.maxPending) break;
      if (p.live) {
        const list = this.#byKey.get(p.key);
        if (list !== undefined) this.#forget(p, list, list.indexOf(p));
      }
      this.#head++;
    }
    if (this.#head > 4096 && this.#head * 2 > q.length) {
      this.#queue = q.slice(this.#head);
      this.#head = 0;
    }
  }
}

class GcpParse {
  readonly src = new Addr();
  readonly dst = new Addr();
  readonly dedup: FlowDeduper;

  constructor(options: GcpVpcOptions) {
    this.dedup = new FlowDeduper(options.dedupWindowMs, options.maxPending, options.slackMs);
  }

  async record(entry: unknown, sink: JsonRecordSink): Promise<void> {
    await sink.room();
    const { src, dst } = this;
    const p = isObject(entry) ? entry.jsonPayload : undefined;
    if (!isObject(p)) return sink.reject('not a flow log entry', 'no jsonPayload');
    const c = p.connection;
    if (!isObject(c)) return sink.reject('not a flow log entry', 'no jsonPayload.connection');
    src.clear();
    dst.clear();
    if (
      typeof c.src_ip !== 'string' ||
      typeof c.dest_ip !== 'string' ||
      !src.parseText(c.src_ip) ||
      !dst.parseText(c.dest_ip)
    ) {
      return sink.reject('bad address', JSON.stringify([c.src_ip, c.dest_ip]));
    }
    const sport = c.src_port === undefined ? 0 : jsonUint(c.src_port, 65535);
    const dport = c.dest_port === undefined ? 0 : jsonUint(c.dest_port, 65535);
    if (Number.isNaN(sport) || Number.isNaN(dport))
      return sink.reject('bad port', JSON.stringify([c.src_port, c.dest_port]));
    const protocol = jsonUint(c.protocol, 255);
    if (Number.isNaN(protocol)) return sink.reject('bad protocol', JSON.stringify(c.protocol));
    const bytes = p.bytes_sent === undefined ? 0 : jsonUint(p.bytes_sent);
    const packets = p.packets_sent === undefined ? 0 : jsonUint(p.packets_sent);
    if (Number.isNaN(bytes) || Number.isNaN(packets)) {
      return sink.reject('bad counter', JSON.stringify([p.bytes_sent, p.packets_sent]));
    }
    const fallback = isObject(entry) && typeof entry.timestamp === 'string' ? entry.timestamp : undefined;
    const startText = typeof p.start_time === 'string' ? p.start_time : fallback;
    const endText = typeof p.end_time === 'string' ? p.end_time : fallback;
    const start = startText === undefined ? Number.NaN : parseRfc3339(startText);
    const end = endText === undefined ? Number.NaN : parseRfc3339(endText);
    if (Number.isNaN(start) || Number.isNaN(end))
      return sink.reject('bad time', JSON.stringify([p.start_time, p.end_time]));

    let action: number = ACTION.accept;
    if (typeof p.disposition === 'string') {
      const d = p.disposition.toUpperCase();
      if (d === 'DENIED' || d === 'DROPPED' || d === 'BLOCKED') action = ACTION.reject;
      else if (d !== 'ALLOWED') action = ACTION.unknown;
    }

    const reporter = typeof p.reporter === 'string' ? p.reporter : '';
    const side =
      reporter === 'SRC' || reporter === 'SRC_GATEWAY'
        ? Side.Source
        : reporter === 'DEST' || reporter === 'DEST_GATEWAY'
          ? Side.Dest
          : 0;
    if (side !== 0) {
      const key = `${protocol} ${c.src_ip} ${sport} ${c.dest_ip} ${dport}`;
      if (this.dedup.isDuplicate(key, side, start, end)) {
        sink.stats.records++;
        return;
      }
    }
    const instance = side === Side.Source ? p.src_instance : side === Side.Dest ? p.dest_instance : undefined;
    const vm = isObject(instance) && typeof instance.vm_name === 'string' ? instance.vm_name : undefined;

    const i = sink.add();
    const b = sink.writer.batch;
    b.start[i] = start;
    b.end[i] = end;
    writeAddrs(b, i, src, dst);
    b.srcPort[i] = sport;
    b.dstPort[i] = dport;
    b.protocol[i] = protocol;
    b.packets[i] = packets;
    b.bytes[i] = bytes;
    b.action[i] = action;
    b.direction[i] =
      side === Side.Source ? DIRECTION.egress : side === Side.Dest ? DIRECTION.ingress : DIRECTION.unknown;
    if (vm !== undefined && vm !== '') b.iface[i] = b.intern(vm);
  }
}

/** A GCP VPC Flow Logs parser with its own de-duplication settings. */
export function createGcpVpcParser(options: GcpVpcOptions = {}): FlowParser {
  return {
    format: 'gcp-vpc',

    sniff(head: Uint8Array, _name: string): boolean {
      const text = headText(head);
      if (text.includes('vpc_flows')) return true;
      return text.includes('"jsonPayload"') && text.includes('"connection"') && text.includes('"src_ip"');
    },

    parse(chunks: AsyncIterable<Uint8Array>, ctx: ParseContext): Promise<void> {
      const st = new GcpParse(options);
      return parseJsonRecords(chunks, ctx, (entry, sink) => st.record(entry, sink), ['entries']);
    },
  };
}

export const gcpVpcParser: FlowParser = createGcpVpcParser();

export default gcpVpcParser;
