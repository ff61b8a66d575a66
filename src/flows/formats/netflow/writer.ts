/**
 * Builders for NetFlow v5 / v9 and IPFIX export packets, written from RFC 3954 and RFC 7011: used by the tests,
 * the conformance cases and the benchmark to make packets whose decoded values are known in advance.
 */

/** A growable big-endian byte writer. */
export class ByteWriter {
  #buf: Uint8Array;
  #dv: DataView;
  length = 0;

  constructor(capacity = 256) {
    this.#buf = new Uint8Array(capacity);
    this.#dv = new DataView(this.#buf.buffer);
  }

  #room(n: number): number {
    const at = this.length;
    if (at + n > this.#buf.length) {
      const next = new Uint8Array(Math.max(this.#buf.length * 2, at + n));
      next.set(this.#buf.subarray(0, at));
      this.#buf = next;
      this.#dv = new DataView(next.buffer);
    }
    this.length += n;
    return at;
  }

  u8(v: number): this {
    const at = this.#room(1);
    this.#buf[at] = v;
    return this;
  }

  u16(v: number): this {
    const at = this.#room(2);
    this.#dv.setUint16(at, v);
    return this;
  }

  u32(v: number): this {
    const at = this.#room(4);
    this.#dv.setUint32(at, v >>> 0);
    return this;
  }

  u64(v: number | bigint): this {
    const at = this.#room(8);
    this.#dv.setBigUint64(at, BigInt(v));
    return this;
  }

  /** Unsigned integer in `n` octets (1 to 8), big-endian. */
  uint(v: number | bigint, n: number): this {
    let x = BigInt(v);
    const at = this.#room(n);
    for (let k = n - 1; k >= 0; k--) {
      this.#buf[at + k] = Number(x & 0xffn);
      x >>= 8n;
    }
    return this;
  }

  u16le(v: number): this {
    const at = this.#room(2);
    this.#dv.setUint16(at, v, true);
    return this;
  }

  u32le(v: number): this {
    const at = this.#room(4);
    this.#dv.setUint32(at, v >>> 0, true);
    return this;
  }

  bytes(b: Uint8Array | readonly number[]): this {
    const at = this.#room(b.length);
    this.#buf.set(b, at);
    return this;
  }

  zeros(n: number): this {
    const at = this.#room(n);
    this.#buf.fill(0, at, this.length);
    return this;
  }

  ipv4(a: string): this {
    return this.u32(parseIPv4(a));
  }

  ipv6(a: string): this {
    return this.bytes(parseIPv6(a));
  }

  setU16(at: number, v: number): this {
    this.#dv.setUint16(at, v);
    return this;
  }

  setU32(at: number, v: number): this {
    this.#dv.setUint32(at, v >>> 0);
    return this;
  }

  /** A copy of what was written. */
  finish(): Uint8Array {
    return this.#buf.slice(0, this.length);
  }
}

export function parseIPv4(a: string): number {
  const parts = a.split('.').map(Number);
  if (parts.length !== 4 || parts.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) {
    throw new Error(`not an IPv4 address: ${a}`);
  }
  return (
    (((parts[0] as number) << 24) |
      ((parts[1] as number) << 16) |
      ((parts[2] as number) << 8) |
      (parts[3] as number)) >>>
    0
  );
}

export function parseIPv6(a: string): Uint8Array {
  const out = new Uint8Array(16);
  const [head, tail, extra] = a.split('::');
  if (extra !== undefined) throw new Error(`not an IPv6 address: ${a}`);
  const groups = (s: string | undefined) => (s ? s.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const h = groups(head);
  const t = groups(tail);
  if (tail === undefined ? h.length !== 8 : h.length + t.length > 7)
    throw new Error(`not an IPv6 address: ${a}`);
  const all = [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t];
  all.forEach((g, k) => {
    if (!Number.isInteger(g) || g < 0 || g > 0xffff) throw new Error(`not an IPv6 address: ${a}`);
    out[k * 2] = g >> 8;
    out[k * 2 + 1] = g & 255;
  });
  return out;
}

// ---- NetFlow v5 ----

export interface V5Header {
  uptime: number;
  secs: number;
  nsecs?: number;
  seq: number;
  engineType?: number;
  engineId?: number;
  /** The raw 16-bit field: mode in the two high bits, interval in the low 14. */
  sampling?: number;
}

export interface V5Flow {
  src: string;
  dst: string;
  nextHop?: string;
  input?: number;
  output?: number;
  packets: number;
  bytes: number;
  /** sysUptime (ms) at the flow's first and last packet. */
  first: number;
  last: number;
  srcPort: number;
  dstPort: number;
  tcpFlags?: number;
  protocol: number;
  tos?: number;
}

/** A v5 datagram: 24-byte header, then 48-byte records. */
export function encodeV5(h: V5Header, flows: readonly V5Flow[], count = flows.length): Uint8Array {
  const w = new ByteWriter(24 + flows.length * 48);
  w.u16(5)
    .u16(count)
    .u32(h.uptime)
    .u32(h.secs)
    .u32(h.nsecs ?? 0)
    .u32(h.seq);
  w.u8(h.engineType ?? 0)
    .u8(h.engineId ?? 0)
    .u16(h.sampling ?? 0);
  for (const f of flows) {
    w.ipv4(f.src)
      .ipv4(f.dst)
      .ipv4(f.nextHop ?? '0.0.0.0')
      .u16(f.input ?? 0)
      .u16(f.output ?? 0);
    w.u32(f.packets).u32(f.bytes).u32(f.first).u32(f.last).u16(f.srcPort).u16(f.dstPort);
    w.u8(0)
      .u8(f.tcpFlags ?? 0)
      .u8(f.protocol)
      .u8(f.tos ?? 0)
      .u16(0)
      .u16(0)
      .u8(0)
      .u8(0)
      .u16(0);
  }
  return w.finish();
}

// ---- Templates, sets and records (v9 and IPFIX) ----

export interface FieldSpec {
  id: number;
  /** Octets; 65535 for an IPFIX variable-length field. */
  length: number;
  /** Private enterprise number (IPFIX only): sets the enterprise bit. */
  enterprise?: number;
}

/** A value for one field: a number / bigint (unsigned), an address text (4 or 16 octets), text or raw bytes. */
export type FieldValue = number | bigint | string | Uint8Array;

function fieldSpecs(w: ByteWriter, fields: readonly FieldSpec[]): void {
  for (const f of fields) {
    if (f.enterprise !== undefined)
      w.u16(f.id | 0x8000)
        .u16(f.length)
        .u32(f.enterprise);
    else w.u16(f.id).u16(f.length);
  }
}

/** A template record (v9 FlowSet 0 / IPFIX Set 2). */
export function templateRecord(id: number, fields: readonly FieldSpec[]): Uint8Array {
  const w = new ByteWriter();
  w.u16(id).u16(fields.length);
  fieldSpecs(w, fields);
  return w.finish();
}

/** An IPFIX template withdrawal: the template id (or the set id, for all) with field count 0. */
export function withdrawalRecord(id: number): Uint8Array {
  return new ByteWriter(4).u16(id).u16(0).finish();
}

/** A v9 options template record (FlowSet 1): scope and option lengths in bytes. */
export function v9OptionsTemplateRecord(
  id: number,
  scope: readonly FieldSpec[],
  options: readonly FieldSpec[],
): Uint8Array {
  const w = new ByteWriter();
  w.u16(id)
    .u16(scope.length * 4)
    .u16(options.length * 4);
  fieldSpecs(w, scope);
  fieldSpecs(w, options);
  return w.finish();
}

/** An IPFIX options template record (Set 3): field count, scope field count, then the fields. */
export function ipfixOptionsTemplateRecord(
  id: number,
  scope: readonly FieldSpec[],
  options: readonly FieldSpec[],
): Uint8Array {
  const w = new ByteWriter();
  w.u16(id)
    .u16(scope.length + options.length)
    .u16(scope.length);
  fieldSpecs(w, scope);
  fieldSpecs(w, options);
  return w.finish();
}

/** A data record for `fields`, one value per field. */
export function dataRecord(fields: readonly FieldSpec[], values: readonly FieldValue[]): Uint8Array {
  const w = new ByteWriter();
  fields.forEach((f, k) => {
    const v = values[k] ?? 0;
    if (f.length === 65535) {
      const raw =
        typeof v === 'string' ? new TextEncoder().encode(v) : v instanceof Uint8Array ? v : new Uint8Array(0);
      if (raw.length < 255) w.u8(raw.length);
      else w.u8(255).u16(raw.length);
      w.bytes(raw);
    } else if (v instanceof Uint8Array) {
      w.bytes(v.subarray(0, f.length)).zeros(Math.max(0, f.length - v.length));
    } else if (typeof v === 'string') {
      if (f.length === 4) w.ipv4(v);
      else if (f.length === 16) w.ipv6(v);
      else w.bytes(new TextEncoder().encode(v.padEnd(f.length, '\0').slice(0, f.length)));
    } else {
      w.uint(v, f.length);
    }
  });
  return w.finish();
}

/** A set / FlowSet: id, length, records, then `pad` zero octets. */
export function set(id: number, records: readonly Uint8Array[], pad = 0): Uint8Array {
  const w = new ByteWriter();
  w.u16(id).u16(0);
  for (const r of records) w.bytes(r);
  w.zeros(pad);
  w.setU16(2, w.length);
  return w.finish();
}

export interface V9Header {
  uptime: number;
  secs: number;
  seq: number;
  sourceId: number;
  /** Records in the packet (templates and data); computed by callers that care. */
  count?: number;
}

/** A v9 export packet: 20-byte header and FlowSets. */
export function encodeV9(h: V9Header, sets: readonly Uint8Array[]): Uint8Array {
  const w = new ByteWriter();
  w.u16(9)
    .u16(h.count ?? sets.length)
    .u32(h.uptime)
    .u32(h.secs)
    .u32(h.seq)
    .u32(h.sourceId);
  for (const s of sets) w.bytes(s);
  return w.finish();
}

export interface IpfixHeader {
  exportTime: number;
  seq: number;
  domain: number;
}

/** An IPFIX message: 16-byte header (its length filled in) and sets. */
export function encodeIpfix(h: IpfixHeader, sets: readonly Uint8Array[]): Uint8Array {
  const w = new ByteWriter();
  w.u16(10).u16(0).u32(h.exportTime).u32(h.seq).u32(h.domain);
  for (const s of sets) w.bytes(s);
  w.setU16(2, w.length);
  return w.finish();
}
