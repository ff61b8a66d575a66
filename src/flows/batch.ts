/**
 * The flow record, carried in columnar batches on the hot path: one typed array per field, so parsers write
 * numbers straight from bytes and enrichment and detectors walk columns without a per-record object.
 *
 * Addresses: IPv4 in `src4`/`dst4` (host byte order as an unsigned 32-bit number, 10.0.0.1 = 0x0a000001);
 * IPv6 in `src6`/`dst6` (16 bytes per record, network order) with `family` saying which is set.
 */

export const ACTION = { unknown: 0, accept: 1, reject: 2 } as const;
export const DIRECTION = { unknown: 0, ingress: 1, egress: 2 } as const;
/** Why a record has no traffic data (AWS NODATA / SKIPDATA); `ok` for a normal record. */
export const LOG_STATUS = { ok: 0, nodata: 1, skipdata: 2 } as const;

export type Action = keyof typeof ACTION;
export type Direction = keyof typeof DIRECTION;

/** TCP flag bits as carried by IPFIX/NetFlow and AWS tcp-flags (OR-ed over the flow). */
export const TCP = {
  FIN: 0x01,
  SYN: 0x02,
  RST: 0x04,
  PSH: 0x08,
  ACK: 0x10,
  URG: 0x20,
  ECE: 0x40,
  CWR: 0x80,
} as const;

export class FlowBatch {
  length = 0;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly family: Uint8Array;
  readonly src4: Uint32Array;
  readonly dst4: Uint32Array;
  readonly src6: Uint8Array;
  readonly dst6: Uint8Array;
  readonly srcPort: Uint16Array;
  readonly dstPort: Uint16Array;
  readonly protocol: Uint8Array;
  readonly packets: Float64Array;
  readonly bytes: Float64Array;
  readonly action: Uint8Array;
  readonly direction: Uint8Array;
  readonly tcpFlags: Uint16Array;
  readonly logStatus: Uint8Array;
  /** Index into `strings` of the interface / ENI / NIC / exporter interface id; -1 when absent. */
  readonly iface: Int32Array;
  /** Index into `strings` of the flow source (file path, exporter address), -1 when absent. */
  readonly origin: Int32Array;
  /** Interned strings referenced by `iface` and `origin`, shared by the whole batch. */
  readonly strings: string[] = [];
  readonly #stringIndex = new Map<string, number>();

  constructor(readonly capacity = 8192) {
    this.start = new Float64Array(capacity);
    this.end = new Float64Array(capacity);
    this.family = new Uint8Array(capacity);
    this.src4 = new Uint32Array(capacity);
    this.dst4 = new Uint32Array(capacity);
    this.src6 = new Uint8Array(capacity * 16);
    this.dst6 = new Uint8Array(capacity * 16);
    this.srcPort = new Uint16Array(capacity);
    this.dstPort = new Uint16Array(capacity);
    this.protocol = new Uint8Array(capacity);
    this.packets = new Float64Array(capacity);
    this.bytes = new Float64Array(capacity);
    this.action = new Uint8Array(capacity);
    this.direction = new Uint8Array(capacity);
    this.tcpFlags = new Uint16Array(capacity);
    this.logStatus = new Uint8Array(capacity);
    this.iface = new Int32Array(capacity);
    this.origin = new Int32Array(capacity);
  }

  get full(): boolean {
    return this.length >= this.capacity;
  }

  /** Interns a string, returning its index for `iface` / `origin`. */
  intern(s: string): number {
    let i = this.#stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.#stringIndex.set(s, i);
    }
    return i;
  }

  /**
   * Starts a new record at index `length` with every field reset, and returns its index. The caller sets the
   * fields it knows, then nothing else is needed: the record counts from here on.
   */
  add(): number {
    const i = this.length++;
    this.start[i] = 0;
    this.end[i] = 0;
    this.family[i] = 0;
    this.src4[i] = 0;
    this.dst4[i] = 0;
    this.src6.fill(0, i * 16, i * 16 + 16);
    this.dst6.fill(0, i * 16, i * 16 + 16);
    this.srcPort[i] = 0;
    this.dstPort[i] = 0;
    this.protocol[i] = 0;
    this.packets[i] = 0;
    this.bytes[i] = 0;
    this.action[i] = ACTION.unknown;
    this.direction[i] = DIRECTION.unknown;
    this.tcpFlags[i] = 0;
    this.logStatus[i] = LOG_STATUS.ok;
    this.iface[i] = -1;
    this.origin[i] = -1;
    return i;
  }

  /** Empties the batch for reuse; the arrays are kept. */
  clear(): void {
    this.length = 0;
    this.strings.length = 0;
    this.#stringIndex.clear();
  }

  /** One record as a plain object: for tests, samples in alerts and debugging, never the hot path. */
  record(i: number): FlowRecord {
    const fam = this.family[i] ?? 0;
    return {
      start: this.start[i] ?? 0,
      end: this.end[i] ?? 0,
      src: fam === 6 ? ipv6ToString(this.src6, i * 16) : fam === 4 ? ipv4ToString(this.src4[i] ?? 0) : '',
      dst: fam === 6 ? ipv6ToString(this.dst6, i * 16) : fam === 4 ? ipv4ToString(this.dst4[i] ?? 0) : '',
      srcPort: this.srcPort[i] ?? 0,
      dstPort: this.dstPort[i] ?? 0,
      protocol: this.protocol[i] ?? 0,
      packets: this.packets[i] ?? 0,
      bytes: this.bytes[i] ?? 0,
      action: (Object.keys(ACTION) as Action[])[this.action[i] ?? 0] ?? 'unknown',
      direction: (Object.keys(DIRECTION) as Direction[])[this.direction[i] ?? 0] ?? 'unknown',
      tcpFlags: this.tcpFlags[i] ?? 0,
      logStatus: (['ok', 'nodata', 'skipdata'] as const)[this.logStatus[i] ?? 0] ?? 'ok',
      ...((this.iface[i] ?? -1) >= 0 ? { iface: this.strings[this.iface[i] ?? 0] } : {}),
      ...((this.origin[i] ?? -1) >= 0 ? { origin: this.strings[this.origin[i] ?? 0] } : {}),
    };
  }
}

/** A flow as a plain object (times in epoch milliseconds). */
export interface FlowRecord {
  start: number;
  end: number;
  src: string;
  dst: string;
  srcPort: number;
  dstPort: number;
  protocol: number;
  packets: number;
  bytes: number;
  action: Action;
  direction: Direction;
  tcpFlags: number;
  logStatus: 'ok' | 'nodata' | 'skipdata';
  iface?: string | undefined;
  origin?: string | undefined;
}

export function ipv4ToString(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** RFC 5952 text form: lower case, longest run of zero groups compressed. */
export function ipv6ToString(bytes: Uint8Array, offset: number): string {
  const groups: number[] = [];
  for (let g = 0; g < 8; g++)
    groups.push(((bytes[offset + g * 2] ?? 0) << 8) | (bytes[offset + g * 2 + 1] ?? 0));
  let bestStart = -1;
  let bestLen = 0;
  for (let g = 0; g < 8; ) {
    if (groups[g] !== 0) {
      g++;
      continue;
    }
    let e = g;
    while (e < 8 && groups[e] === 0) e++;
    if (e - g > bestLen && e - g >= 2) {
      bestStart = g;
      bestLen = e - g;
    }
    g = e;
  }
  const hex = groups.map((x) => x.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** A problem with one record or packet: counted per reason, with the first few locations kept as samples. */
export interface ParseProblem {
  reason: string;
  /** `file:line`, `file@byteOffset`, or `exporter 192.0.2.1 seq 1234`. */
  location: string;
  detail?: string;
}

/** Tallies of what a parser read, accepted and rejected, by reason with sample locations. */
export class ParseStats {
  records = 0;
  accepted = 0;
  readonly rejected = new Map<string, { count: number; samples: ParseProblem[] }>();
  constructor(readonly maxSamples = 5) {}

  reject(problem: ParseProblem): void {
    let entry = this.rejected.get(problem.reason);
    if (!entry) {
      entry = { count: 0, samples: [] };
      this.rejected.set(problem.reason, entry);
    }
    entry.count++;
    if (entry.samples.length < this.maxSamples) entry.samples.push(problem);
  }

  get rejectedCount(): number {
    let n = 0;
    for (const e of this.rejected.values()) n += e.count;
    return n;
  }

  merge(other: ParseStats): void {
    this.records += other.records;
    this.accepted += other.accepted;
    for (const [reason, e] of other.rejected) {
      const mine = this.rejected.get(reason) ?? { count: 0, samples: [] };
      mine.count += e.count;
      for (const s of e.samples) if (mine.samples.length < this.maxSamples) mine.samples.push(s);
      this.rejected.set(reason, mine);
    }
  }
}
