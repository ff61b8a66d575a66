/**
 * Verity's flow meter for packet captures: packets become bidirectional flows keyed by the normalized 5-tuple,
 * so both directions meet in one record whose source is the initiator. A flow ends on idle timeout, active
 * timeout, TCP close (both FINs, or a RST; late packets of the close still join it for a short linger) or a new
 * SYN after a close. Packets and bytes (IP length) are counted over both directions and TCP flags OR-ed.
 */
import type { FlowBatch } from '../../batch.js';
import type { BatchSink } from '../netflow/sink.js';
import type { PacketInfo } from './packet.js';

export interface FlowMeterOptions {
  /** A flow with no packet for this long ends (default 15 s). */
  idleTimeoutMs?: number;
  /** A flow lasting this long is cut and a new one started (default 30 min). */
  activeTimeoutMs?: number;
  /** How long a closed TCP flow still takes late packets (final ACK, retransmitted FIN) (default 5 s). */
  tcpCloseLingerMs?: number;
  /** Flows held at once; beyond this the least recently active is ended (default 1,000,000). */
  maxFlows?: number;
}

interface Flow {
  family: number;
  src4: number;
  dst4: number;
  src6: Uint8Array | undefined;
  dst6: Uint8Array | undefined;
  srcPort: number;
  dstPort: number;
  protocol: number;
  start: number;
  end: number;
  packets: number;
  bytes: number;
  flags: number;
  finFromSrc: boolean;
  finFromDst: boolean;
  closed: boolean;
  iface: string | undefined;
}

const FIN = 0x01;
const SYN = 0x02;
const RST = 0x04;
const ACK = 0x10;

/** ICMP replies and their requests: a reply meets the request's flow (echo, timestamp, information, mask). */
const ICMP4_REQUEST: Record<number, number> = { 0: 8, 14: 13, 16: 15, 18: 17 };
const ICMP6_REQUEST: Record<number, number> = { 129: 128 };

/** An (address, port) as a short string of 16-bit code units, for flow keys: 3 units for IPv4, 9 for IPv6. */
function endpoint4(a: number, port: number): string {
  return String.fromCharCode(a >>> 16, a & 0xffff, port);
}

function endpoint6(a: Uint8Array, port: number): string {
  const w = (k: number) => ((a[k] as number) << 8) | (a[k + 1] as number);
  return String.fromCharCode(w(0), w(2), w(4), w(6), w(8), w(10), w(12), w(14), port);
}

function compare6(a: Uint8Array, b: Uint8Array): number {
  for (let k = 0; k < 16; k++) {
    const d = (a[k] as number) - (b[k] as number);
    if (d !== 0) return d;
  }
  return 0;
}

export class FlowMeter {
  /** Open flows, least recently active first: each packet moves its flow to the end. */
  readonly #flows = new Map<string, Flow>();
  /** Closed TCP flows waiting out their linger (they may sit anywhere in `#flows`). */
  #closing: [string, Flow][] = [];
  readonly #sink: BatchSink;
  readonly #origin: string;
  readonly #idle: number;
  readonly #active: number;
  readonly #linger: number;
  readonly #maxFlows: number;
  #nextSweep = Number.NEGATIVE_INFINITY;
  #lastTs = 0;
  /** Flows written to the sink. */
  emitted = 0;

  constructor(sink: BatchSink, origin: string, options: FlowMeterOptions = {}) {
    this.#sink = sink;
    this.#origin = origin;
    this.#idle = options.idleTimeoutMs ?? 15_000;
    this.#active = options.activeTimeoutMs ?? 30 * 60_000;
    this.#linger = options.tcpCloseLingerMs ?? 5_000;
    this.#maxFlows = options.maxFlows ?? 1_000_000;
  }

  /** Flows still open. */
  get open(): number {
    return this.#flows.size;
  }

  /** Accounts one decoded packet captured at `tsMs` (NaN: no timestamp, the previous one is used). */
  add(pkt: PacketInfo, tsMs: number, iface?: string): void {
    const ts = Number.isNaN(tsMs) ? this.#lastTs : tsMs;
    this.#lastTs = ts;
    if (ts >= this.#nextSweep) {
      this.#sweep(ts);
      this.#nextSweep = ts + Math.min(this.#idle, this.#linger, 1000);
    }
    const tcp = pkt.protocol === 6;
    const flags = pkt.tcpFlags;
    const v6 = pkt.family === 6;
    // The (address, port) pairs of this packet, and the request type an ICMP reply answers.
    let sPort = pkt.srcPort;
    let dPort = pkt.dstPort;
    let replyOf = -1;
    const icmp = pkt.icmpType >= 0;
    if (icmp) {
      replyOf = (pkt.protocol === 1 ? ICMP4_REQUEST[pkt.icmpType] : ICMP6_REQUEST[pkt.icmpType]) ?? -1;
      sPort = 0;
      dPort = ((replyOf >= 0 ? replyOf : pkt.icmpType) << 8) | pkt.icmpCode;
    }
    let order = v6 ? compare6(pkt.src6, pkt.dst6) : pkt.src4 - pkt.dst4;
    if (order === 0 && !icmp) order = sPort - dPort;
    // ICMP has no ports: both directions share the request's type and code, appended after the addresses.
    const a = v6 ? endpoint6(pkt.src6, icmp ? 0 : sPort) : endpoint4(pkt.src4, icmp ? 0 : sPort);
    const b = v6 ? endpoint6(pkt.dst6, icmp ? 0 : dPort) : endpoint4(pkt.dst4, icmp ? 0 : dPort);
    const key =
      String.fromCharCode(pkt.protocol) +
      (order <= 0 ? a + b : b + a) +
      (icmp ? String.fromCharCode(dPort) : '');

    let f = this.#flows.get(key);
    let carry: Flow | undefined;
    if (f) {
      const idle = ts - f.end > this.#idle;
      const active = ts - f.start >= this.#active;
      const reopened = f.closed && (ts - f.end > this.#linger || (tcp && (flags & (SYN | ACK)) === SYN));
      if (idle || active || reopened) {
        this.#emit(f);
        this.#flows.delete(key);
        if (active && !idle && !reopened) carry = f;
        f = undefined;
      }
    }
    const fromSrc = f
      ? v6
        ? compare6(pkt.src6, f.src6 as Uint8Array) === 0 && (icmp || sPort === f.srcPort)
        : pkt.src4 === f.src4 && (icmp || sPort === f.srcPort)
      : true;
    if (!f) {
      // The initiator is the first packet's source, unless that packet is an answer (SYN+ACK, ICMP reply).
      const reversed = carry
        ? v6
          ? compare6(pkt.src6, carry.src6 as Uint8Array) !== 0
          : pkt.src4 !== carry.src4 || sPort !== carry.srcPort
        : (tcp && (flags & (SYN | ACK)) === (SYN | ACK)) || replyOf >= 0;
      f = {
        family: pkt.family,
        src4: reversed ? pkt.dst4 : pkt.src4,
        dst4: reversed ? pkt.src4 : pkt.dst4,
        src6: v6 ? (reversed ? pkt.dst6 : pkt.src6).slice() : undefined,
        dst6: v6 ? (reversed ? pkt.src6 : pkt.dst6).slice() : undefined,
        srcPort: icmp ? 0 : reversed ? dPort : sPort,
        dstPort: icmp ? dPort : reversed ? sPort : dPort,
        protocol: pkt.protocol,
        start: ts,
        end: ts,
        packets: 0,
        bytes: 0,
        flags: 0,
        finFromSrc: false,
        finFromDst: false,
        closed: false,
        iface,
      };
      if (this.#flows.size >= this.#maxFlows) this.#evictOldest();
      this.#flows.set(key, f);
      if (this.#account(f, pkt, ts, !reversed)) this.#closing.push([key, f]);
      return;
    }
    this.#flows.delete(key);
    this.#flows.set(key, f);
    if (this.#account(f, pkt, ts, fromSrc)) this.#closing.push([key, f]);
  }

  /** Adds a packet to a flow; true when this packet closed it. */
  #account(f: Flow, pkt: PacketInfo, ts: number, fromSrc: boolean): boolean {
    f.packets++;
    f.bytes += pkt.ipLength;
    if (ts > f.end) f.end = ts;
    if (ts < f.start) f.start = ts;
    if (pkt.protocol !== 6) return false;
    const flags = pkt.tcpFlags;
    f.flags |= flags;
    if (flags & FIN) {
      if (fromSrc) f.finFromSrc = true;
      else f.finFromDst = true;
    }
    if (f.closed || !(flags & RST || (f.finFromSrc && f.finFromDst))) return false;
    f.closed = true;
    return true;
  }

  /** Makes room by ending the least recently active flow. */
  #evictOldest(): void {
    for (const [key, f] of this.#flows) {
      this.#emit(f);
      this.#flows.delete(key);
      return;
    }
  }

  /** Ends idle flows (from the least recently active, up to the first still live) and lingered closed ones. */
  #sweep(now: number): void {
    for (const [key, f] of this.#flows) {
      if (now - f.end <= this.#idle) break;
      this.#emit(f);
      this.#flows.delete(key);
    }
    if (this.#closing.length === 0) return;
    const waiting: [string, Flow][] = [];
    for (const entry of this.#closing) {
      const [key, f] = entry;
      if (this.#flows.get(key) !== f) continue;
      if (now - f.end > this.#linger) {
        this.#emit(f);
        this.#flows.delete(key);
      } else {
        waiting.push(entry);
      }
    }
    this.#closing = waiting;
  }

  /** Ends every open flow (end of input), least recently active first. */
  flush(): void {
    for (const f of this.#flows.values()) this.#emit(f);
    this.#flows.clear();
    this.#closing = [];
  }

  #emit(f: Flow): void {
    const i = this.#sink.add();
    const b: FlowBatch = this.#sink.batch;
    b.start[i] = f.start;
    b.end[i] = f.end;
    b.family[i] = f.family;
    if (f.family === 6) {
      b.src6.set(f.src6 as Uint8Array, i * 16);
      b.dst6.set(f.dst6 as Uint8Array, i * 16);
    } else {
      b.src4[i] = f.src4;
      b.dst4[i] = f.dst4;
    }
    b.srcPort[i] = f.srcPort;
    b.dstPort[i] = f.dstPort;
    b.protocol[i] = f.protocol;
    b.packets[i] = f.packets;
    b.bytes[i] = f.bytes;
    b.tcpFlags[i] = f.flags;
    b.origin[i] = b.intern(this.#origin);
    if (f.iface !== undefined) b.iface[i] = b.intern(f.iface);
    this.emitted++;
  }
}
