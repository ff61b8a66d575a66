/**
 * Builders for capture files and the frames inside them (classic pcap, pcapng; Ethernet, Linux cooked; IPv4,
 * IPv6, TCP, UDP, ICMP), written from the format documents: used by tests, conformance cases and benchmarks.
 * Checksums are left zero: readers of captures do not verify them.
 */
import { ByteWriter } from '../netflow/writer.js';

export const LINKTYPE = {
  null: 0,
  ethernet: 1,
  raw: 101,
  loop: 108,
  linuxSll: 113,
  ipv4: 228,
  ipv6: 229,
  linuxSll2: 276,
} as const;

export const ETHERTYPE = { ipv4: 0x0800, ipv6: 0x86dd, vlan: 0x8100, qinq: 0x88a8, arp: 0x0806 } as const;

// ---- Transport ----

export interface TcpOptions {
  seq?: number;
  ack?: number;
  window?: number;
}

export function tcpSegment(
  srcPort: number,
  dstPort: number,
  flags: number,
  payload: Uint8Array = new Uint8Array(0),
  o: TcpOptions = {},
): Uint8Array {
  const w = new ByteWriter(20 + payload.length);
  w.u16(srcPort)
    .u16(dstPort)
    .u32(o.seq ?? 0)
    .u32(o.ack ?? 0);
  w.u8(5 << 4)
    .u8(flags & 0xff)
    .u16(o.window ?? 65535)
    .u16(0)
    .u16(0);
  return w.bytes(payload).finish();
}

export function udpDatagram(srcPort: number, dstPort: number, payload: Uint8Array): Uint8Array {
  const w = new ByteWriter(8 + payload.length);
  return w
    .u16(srcPort)
    .u16(dstPort)
    .u16(8 + payload.length)
    .u16(0)
    .bytes(payload)
    .finish();
}

export function icmpMessage(type: number, code: number, body: Uint8Array = new Uint8Array(4)): Uint8Array {
  return new ByteWriter(4 + body.length).u8(type).u8(code).u16(0).bytes(body).finish();
}

// ---- Network ----

export interface Ipv4Options {
  ttl?: number;
  id?: number;
  /** Fragment offset in 8-octet units. */
  fragmentOffset?: number;
  moreFragments?: boolean;
  /** Option bytes (a multiple of 4). */
  options?: Uint8Array;
}

export function ipv4Packet(
  src: string,
  dst: string,
  protocol: number,
  payload: Uint8Array,
  o: Ipv4Options = {},
): Uint8Array {
  const opt = o.options ?? new Uint8Array(0);
  const ihl = 5 + opt.length / 4;
  const w = new ByteWriter(ihl * 4 + payload.length);
  w.u8(0x40 | ihl)
    .u8(0)
    .u16(ihl * 4 + payload.length)
    .u16(o.id ?? 0);
  w.u16((o.moreFragments ? 0x2000 : 0) | (o.fragmentOffset ?? 0));
  w.u8(o.ttl ?? 64)
    .u8(protocol)
    .u16(0)
    .ipv4(src)
    .ipv4(dst)
    .bytes(opt);
  return w.bytes(payload).finish();
}

/** An IPv6 extension header: its type number and its body (after next-header and length, padded to 8n-2). */
export interface Ipv6Extension {
  type: number;
  body?: Uint8Array;
}

export function ipv6Packet(
  src: string,
  dst: string,
  nextHeader: number,
  payload: Uint8Array,
  extensions: readonly Ipv6Extension[] = [],
): Uint8Array {
  const ext = new ByteWriter();
  extensions.forEach((e, k) => {
    const next = k + 1 < extensions.length ? (extensions[k + 1] as Ipv6Extension).type : nextHeader;
    const body = e.body ?? new Uint8Array(6);
    if (e.type === 44) {
      ext
        .u8(next)
        .u8(0)
        .bytes(body.subarray(0, 6))
        .zeros(Math.max(0, 6 - body.length));
    } else if (e.type === 51) {
      const len = Math.ceil((body.length + 2) / 4) * 4;
      ext
        .u8(next)
        .u8(len / 4 - 2)
        .bytes(body)
        .zeros(len - 2 - body.length);
    } else {
      const len = Math.ceil((body.length + 2) / 8) * 8;
      ext
        .u8(next)
        .u8(len / 8 - 1)
        .bytes(body)
        .zeros(len - 2 - body.length);
    }
  });
  const first = extensions.length > 0 ? (extensions[0] as Ipv6Extension).type : nextHeader;
  const w = new ByteWriter(40 + ext.length + payload.length);
  w.u32(0x60000000)
    .u16(ext.length + payload.length)
    .u8(first)
    .u8(64)
    .ipv6(src)
    .ipv6(dst);
  return w.bytes(ext.finish()).bytes(payload).finish();
}

// ---- Link ----

/** An Ethernet II frame, with 802.1Q tags (outermost first) when `vlans` is given. */
export function ethernetFrame(
  etherType: number,
  payload: Uint8Array,
  vlans: readonly number[] = [],
): Uint8Array {
  const w = new ByteWriter(14 + vlans.length * 4 + payload.length);
  w.bytes([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1]);
  for (const [k, vid] of vlans.entries()) {
    w.u16(k === 0 && vlans.length > 1 ? ETHERTYPE.qinq : ETHERTYPE.vlan).u16(vid & 0xfff);
  }
  return w.u16(etherType).bytes(payload).finish();
}

/** A Linux cooked (SLL) frame: packet type, ARPHRD type, address, protocol. */
export function sllFrame(protocol: number, payload: Uint8Array): Uint8Array {
  const w = new ByteWriter(16 + payload.length);
  w.u16(0).u16(1).u16(6).bytes([2, 0, 0, 0, 0, 1, 0, 0]).u16(protocol);
  return w.bytes(payload).finish();
}

/** A Linux cooked v2 (SLL2) frame: protocol, reserved, interface index, ARPHRD, packet type, address. */
export function sll2Frame(protocol: number, payload: Uint8Array, ifIndex = 2): Uint8Array {
  const w = new ByteWriter(20 + payload.length);
  w.u16(protocol).u16(0).u32(ifIndex).u16(1).u8(0).u8(6).bytes([2, 0, 0, 0, 0, 1, 0, 0]);
  return w.bytes(payload).finish();
}

// ---- Files ----

export interface CapturedPacket {
  /** Capture time in epoch milliseconds (fractions allowed). */
  ts: number;
  data: Uint8Array;
  /** Length on the wire when the capture cut the packet. */
  origLen?: number;
  /** pcapng interface index (default 0). */
  iface?: number;
  /** pcapng: write a Simple Packet Block instead of an Enhanced one. */
  simple?: boolean;
}

export interface PcapOptions {
  littleEndian?: boolean;
  nanoseconds?: boolean;
  linkType?: number;
  snaplen?: number;
}

function writeU32(w: ByteWriter, v: number, le: boolean): void {
  if (le) w.u32le(v);
  else w.u32(v);
}

function writeU16(w: ByteWriter, v: number, le: boolean): void {
  if (le) w.u16le(v);
  else w.u16(v);
}

/** A classic pcap file (magic 0xa1b2c3d4 for µs, 0xa1b23c4d for ns) in either byte order. */
export function pcapFile(packets: readonly CapturedPacket[], o: PcapOptions = {}): Uint8Array {
  const le = o.littleEndian ?? true;
  const w = new ByteWriter();
  writeU32(w, o.nanoseconds ? 0xa1b23c4d : 0xa1b2c3d4, le);
  writeU16(w, 2, le);
  writeU16(w, 4, le);
  writeU32(w, 0, le);
  writeU32(w, 0, le);
  writeU32(w, o.snaplen ?? 262144, le);
  writeU32(w, o.linkType ?? LINKTYPE.ethernet, le);
  for (const p of packets) {
    const sec = Math.floor(p.ts / 1000);
    const frac = o.nanoseconds
      ? Math.round((p.ts - sec * 1000) * 1e6)
      : Math.round((p.ts - sec * 1000) * 1000);
    writeU32(w, sec, le);
    writeU32(w, frac, le);
    writeU32(w, p.data.length, le);
    writeU32(w, p.origLen ?? p.data.length, le);
    w.bytes(p.data);
  }
  return w.finish();
}

export interface PcapngInterface {
  linkType: number;
  snaplen?: number;
  name?: string;
  /** if_tsresol: 10^-n seconds (default 6), or with the high bit set 2^-n. */
  tsresol?: number;
}

export interface PcapngOptions {
  littleEndian?: boolean;
  interfaces: readonly PcapngInterface[];
}

function block(w: ByteWriter, type: number, body: Uint8Array, le: boolean): void {
  const padded = Math.ceil(body.length / 4) * 4;
  writeU32(w, type, le);
  writeU32(w, 12 + padded, le);
  w.bytes(body).zeros(padded - body.length);
  writeU32(w, 12 + padded, le);
}

function option(w: ByteWriter, code: number, value: Uint8Array, le: boolean): void {
  writeU16(w, code, le);
  writeU16(w, value.length, le);
  w.bytes(value).zeros((4 - (value.length % 4)) % 4);
}

/** Timestamp units per second of an if_tsresol value. */
function unitsPerSecond(tsresol: number): number {
  return tsresol & 0x80 ? 2 ** (tsresol & 0x7f) : 10 ** tsresol;
}

/** A pcapng file: one section (SHB), its interfaces (IDB), then EPB / SPB packets. */
export function pcapngFile(packets: readonly CapturedPacket[], o: PcapngOptions): Uint8Array {
  const le = o.littleEndian ?? true;
  const w = new ByteWriter();
  const shb = new ByteWriter();
  writeU32(shb, 0x1a2b3c4d, le);
  writeU16(shb, 1, le);
  writeU16(shb, 0, le);
  shb.u32(0xffffffff).u32(0xffffffff);
  block(w, 0x0a0d0d0a, shb.finish(), le);
  for (const i of o.interfaces) {
    const idb = new ByteWriter();
    writeU16(idb, i.linkType, le);
    writeU16(idb, 0, le);
    writeU32(idb, i.snaplen ?? 0, le);
    if (i.name !== undefined) option(idb, 2, new TextEncoder().encode(i.name), le);
    if (i.tsresol !== undefined) option(idb, 9, new Uint8Array([i.tsresol]), le);
    if (i.name !== undefined || i.tsresol !== undefined) option(idb, 0, new Uint8Array(0), le);
    block(w, 1, idb.finish(), le);
  }
  for (const p of packets) {
    const b = new ByteWriter();
    if (p.simple) {
      writeU32(b, p.origLen ?? p.data.length, le);
      b.bytes(p.data);
      block(w, 3, b.finish(), le);
      continue;
    }
    const iface = o.interfaces[p.iface ?? 0];
    // Whole microseconds scaled to the interface's units, in BigInt so nanosecond values stay exact.
    const micros = BigInt(Math.round(p.ts * 1000));
    const ups = unitsPerSecond(iface?.tsresol ?? 6);
    const units =
      Number.isInteger(ups) && ups >= 1e6
        ? (micros * BigInt(ups)) / 1_000_000n
        : BigInt(Math.round((p.ts / 1000) * ups));
    writeU32(b, p.iface ?? 0, le);
    writeU32(b, Number(units >> 32n), le);
    writeU32(b, Number(units & 0xffffffffn), le);
    writeU32(b, p.data.length, le);
    writeU32(b, p.origLen ?? p.data.length, le);
    b.bytes(p.data).zeros((4 - (p.data.length % 4)) % 4);
    block(w, 6, b.finish(), le);
  }
  return w.finish();
}
