/**
 * A push reader for capture files: classic pcap (both byte orders, microsecond and nanosecond magic) and pcapng
 * (Section Header, Interface Description, Enhanced / Simple / obsolete Packet blocks, both byte orders, per-
 * interface link type and timestamp resolution). Bytes arrive in chunks of any size; each complete packet is
 * handed to a callback as a view that is only valid during the call.
 */
import type { ParseStats } from '../../batch.js';

export interface CaptureInterface {
  linkType: number;
  snaplen: number;
  /** Timestamp units per second (pcapng if_tsresol; 1e6 or 1e9 for classic pcap). */
  unitsPerSecond: number;
  /** if_tsoffset, seconds added to every timestamp. */
  offsetSeconds: number;
  /** if_name, when the capture gives one. */
  name?: string;
}

/**
 * Receives one packet: its interface, capture time in epoch ms, the captured bytes (a view, only valid during
 * the call), the length on the wire, and the file offset where the captured bytes start.
 */
export type PacketCallback = (
  iface: CaptureInterface,
  tsMs: number,
  data: Uint8Array,
  origLen: number,
  fileOffset: number,
) => void;

export type CaptureFormat = 'pcap' | 'pcapng';

/** Largest record or block accepted; anything larger means the file is corrupt (no resynchronising). */
const MAX_BLOCK = 64 * 1024 * 1024;
const TWO32 = 4294967296;

const PCAP_US = 0xa1b2c3d4;
const PCAP_NS = 0xa1b23c4d;
const PCAPNG_SHB = 0x0a0d0d0a;
const PCAPNG_BOM = 0x1a2b3c4d;

/** What the first four bytes of an input say it is. */
export function captureFormat(head: Uint8Array): CaptureFormat | undefined {
  if (head.length < 4) return undefined;
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const be = dv.getUint32(0);
  const le = dv.getUint32(0, true);
  if (be === PCAPNG_SHB) return 'pcapng';
  if (be === PCAP_US || be === PCAP_NS || le === PCAP_US || le === PCAP_NS) return 'pcap';
  return undefined;
}

/**
 * A pcapng timestamp (64 bits of interface units) in epoch ms. Below 2^53 units a double is exact; above (ns
 * resolution) the integer division is done in BigInt so whole milliseconds stay whole.
 */
function timestampMs(hi: number, lo: number, iface: CaptureInterface): number {
  const ups = iface.unitsPerSecond;
  const offset = iface.offsetSeconds * 1000;
  if (hi < 0x200000 || ups % 1000 !== 0) return ((hi * TWO32 + lo) / ups) * 1000 + offset;
  const units = (BigInt(hi) << 32n) | BigInt(lo);
  const perMs = BigInt(ups / 1000);
  return Number(units / perMs) + Number(units % perMs) / (ups / 1000) + offset;
}

export class CaptureReader {
  format: CaptureFormat | undefined;
  /** Interfaces of the current pcapng section (one for classic pcap). */
  interfaces: CaptureInterface[] = [];
  packets = 0;
  #rest: Uint8Array = new Uint8Array(0);
  /** File offset of `#rest[0]`. */
  #base = 0;
  #le = true;
  #stopped = false;
  #headerDone = false;
  readonly #source: string;
  readonly #stats: ParseStats;
  readonly #onPacket: PacketCallback;

  constructor(source: string, stats: ParseStats, onPacket: PacketCallback) {
    this.#source = source;
    this.#stats = stats;
    this.#onPacket = onPacket;
  }

  /** Whether reading stopped at corrupt data (the rest of the input is ignored). */
  get stopped(): boolean {
    return this.#stopped;
  }

  push(chunk: Uint8Array): void {
    if (this.#stopped || chunk.length === 0) return;
    let data = chunk;
    if (this.#rest.length > 0) {
      data = new Uint8Array(this.#rest.length + chunk.length);
      data.set(this.#rest);
      data.set(chunk, this.#rest.length);
    }
    const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
    let pos = 0;
    for (;;) {
      const next = this.#step(data, dv, pos);
      if (next < 0) break;
      pos = next;
      if (this.#stopped) return;
    }
    this.#base += pos;
    this.#rest = data.slice(pos);
  }

  /** Ends the input; a partial record left over is counted as `truncated-file`. */
  end(): void {
    if (!this.#stopped && this.#rest.length > 0) {
      this.#problem('truncated-file', 0, `${this.#rest.length} bytes of an incomplete record at the end`);
    }
    this.#rest = new Uint8Array(0);
  }

  #problem(reason: string, pos: number, detail: string): void {
    this.#stats.reject({ reason, location: `${this.#source}@${this.#base + pos}`, detail });
  }

  #stop(reason: string, pos: number, detail: string): number {
    this.#problem(reason, pos, detail);
    this.#stopped = true;
    return pos;
  }

  #u32(dv: DataView, o: number): number {
    return dv.getUint32(o, this.#le);
  }

  #u16(dv: DataView, o: number): number {
    return dv.getUint16(o, this.#le);
  }

  /** Consumes one header, record or block at `pos`; returns the position after it, or -1 for more input. */
  #step(data: Uint8Array, dv: DataView, pos: number): number {
    const avail = data.length - pos;
    if (!this.#headerDone) {
      if (avail < 4) return -1;
      this.format = captureFormat(data.subarray(pos, pos + 4));
      if (this.format === undefined)
        return this.#stop('not-a-capture', pos, 'no pcap or pcapng magic number');
      if (this.format === 'pcapng') {
        this.#headerDone = true;
        return pos;
      }
      if (avail < 24) return -1;
      const magic = dv.getUint32(pos);
      this.#le = !(magic === PCAP_US || magic === PCAP_NS);
      const nano = this.#u32(dv, pos) === PCAP_NS;
      this.interfaces = [
        {
          linkType: this.#u32(dv, pos + 20) & 0x03ffffff,
          snaplen: this.#u32(dv, pos + 16),
          unitsPerSecond: nano ? 1e9 : 1e6,
          offsetSeconds: 0,
        },
      ];
      this.#headerDone = true;
      return pos + 24;
    }
    return this.format === 'pcap'
      ? this.#pcapRecord(data, dv, pos, avail)
      : this.#pcapngBlock(data, dv, pos, avail);
  }

  #pcapRecord(data: Uint8Array, dv: DataView, pos: number, avail: number): number {
    if (avail < 16) return -1;
    const caplen = this.#u32(dv, pos + 8);
    if (caplen > MAX_BLOCK) return this.#stop('corrupt-record', pos, `captured length ${caplen}`);
    if (avail < 16 + caplen) return -1;
    const iface = this.interfaces[0] as CaptureInterface;
    const ts = this.#u32(dv, pos) * 1000 + (this.#u32(dv, pos + 4) * 1000) / iface.unitsPerSecond;
    this.packets++;
    this.#onPacket(
      iface,
      ts,
      data.subarray(pos + 16, pos + 16 + caplen),
      this.#u32(dv, pos + 12),
      this.#base + pos + 16,
    );
    return pos + 16 + caplen;
  }

  #pcapngBlock(data: Uint8Array, dv: DataView, pos: number, avail: number): number {
    if (avail < 12) return -1;
    const type = dv.getUint32(pos, this.#le);
    if (type === PCAPNG_SHB) {
      const bom = dv.getUint32(pos + 8);
      if (bom === PCAPNG_BOM) this.#le = false;
      else if (bom === 0x4d3c2b1a) this.#le = true;
      else return this.#stop('corrupt-block', pos, 'section header without a byte-order magic');
    }
    const len = this.#u32(dv, pos + 4);
    if (len < 12 || len % 4 !== 0 || len > MAX_BLOCK)
      return this.#stop('corrupt-block', pos, `block length ${len}`);
    if (avail < len) return -1;
    if (this.#u32(dv, pos + len - 4) !== len)
      return this.#stop('corrupt-block', pos, 'trailing block length differs');
    const body = pos + 8;
    const bodyEnd = pos + len - 4;
    switch (type) {
      case PCAPNG_SHB:
        this.interfaces = [];
        break;
      case 1:
        this.#interface(data, dv, body, bodyEnd);
        break;
      case 6:
      case 2: {
        // Enhanced Packet Block; type 2 is the obsolete Packet Block (16-bit interface id, 16-bit drops).
        if (bodyEnd - body < 20) return this.#stop('corrupt-block', pos, 'packet block too short');
        const ifId = type === 6 ? this.#u32(dv, body) : this.#u16(dv, body);
        const caplen = this.#u32(dv, body + 12);
        if (caplen > bodyEnd - body - 20)
          return this.#stop('corrupt-block', pos, `captured length ${caplen}`);
        const iface = this.interfaces[ifId];
        if (!iface) {
          this.#problem('unknown-interface', pos, `interface ${ifId} not described`);
          break;
        }
        const ts = timestampMs(this.#u32(dv, body + 4), this.#u32(dv, body + 8), iface);
        this.packets++;
        this.#onPacket(
          iface,
          ts,
          data.subarray(body + 20, body + 20 + caplen),
          this.#u32(dv, body + 16),
          this.#base + body + 20,
        );
        break;
      }
      case 3: {
        const iface = this.interfaces[0];
        if (!iface) {
          this.#problem('unknown-interface', pos, 'simple packet block before any interface');
          break;
        }
        const orig = this.#u32(dv, body);
        let caplen = Math.min(orig, bodyEnd - body - 4);
        if (iface.snaplen > 0) caplen = Math.min(caplen, iface.snaplen);
        this.packets++;
        // A Simple Packet Block carries no timestamp.
        this.#onPacket(
          iface,
          Number.NaN,
          data.subarray(body + 4, body + 4 + caplen),
          orig,
          this.#base + body + 4,
        );
        break;
      }
      default:
        break;
    }
    return pos + len;
  }

  #interface(data: Uint8Array, dv: DataView, body: number, end: number): void {
    const iface: CaptureInterface = {
      linkType: this.#u16(dv, body),
      snaplen: this.#u32(dv, body + 4),
      unitsPerSecond: 1e6,
      offsetSeconds: 0,
    };
    for (let o = body + 8; o + 4 <= end; ) {
      const code = this.#u16(dv, o);
      const len = this.#u16(dv, o + 2);
      if (code === 0 || o + 4 + len > end) break;
      if (code === 2) iface.name = new TextDecoder().decode(data.subarray(o + 4, o + 4 + len));
      else if (code === 9 && len >= 1) {
        const r = data[o + 4] as number;
        iface.unitsPerSecond = r & 0x80 ? 2 ** (r & 0x7f) : 10 ** r;
      } else if (code === 14 && len >= 8) {
        iface.offsetSeconds = Number(dv.getBigInt64(o + 4, this.#le));
      }
      o += 4 + Math.ceil(len / 4) * 4;
    }
    this.interfaces.push(iface);
  }
}
