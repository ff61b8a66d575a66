/**
 * Shared pieces of the flow detectors: the Alert and Detector types, numeric address keys (no per-record
 * strings) and capped per-window tables that count what they had to drop.
 */
import { type FlowBatch, type FlowRecord, ipv4ToString, ipv6ToString } from '../batch.js';
import type { EnrichedBatch } from '../enrich/enricher.js';
import { mappedIpv4 } from '../enrich/lpm.js';

export type Severity = 'low' | 'medium' | 'high' | 'critical';

export interface Alert {
  detector: string;
  severity: Severity;
  /** Resource id when the address is in the inventory, else the address. */
  entity: string;
  /** Other side(s): resource ids or addresses (a sample, at most 10). */
  peers: string[];
  windowStart: number;
  windowEnd: number;
  counts: Record<string, number>;
  /** At most 5 records that contributed. */
  samples: FlowRecord[];
  explanation: string;
}

export interface DetectorStats {
  /** Keys not tracked because a table was full, by table. */
  dropped: Record<string, number>;
}

export interface Detector {
  readonly name: string;
  /** Accumulates one batch; walks the columns, allocates only for new keys. */
  observe(batch: FlowBatch, enriched: EnrichedBatch): void;
  /** Closes the current window at `now` (epoch ms) and returns its alerts. */
  flush(now: number): Alert[];
  stats(): DetectorStats;
}

export const MAX_SAMPLES = 5;
export const MAX_PEERS = 10;
const TWO32 = 2 ** 32;

/**
 * A number identifying an address: IPv4 (and IPv4-mapped IPv6) as its 32-bit value; other IPv6 as 2^32 plus a
 * 48-bit hash of its bytes (two FNV-1a variants). Hash collisions between IPv6 addresses are possible (about
 * n²/2^49 for n addresses) and would merge their counts; -1 when the record has no address.
 */
export function addressKey(batch: FlowBatch, i: number, dst: boolean): number {
  const fam = batch.family[i];
  if (fam === 4) return (dst ? batch.dst4[i] : batch.src4[i]) as number;
  if (fam !== 6) return -1;
  const b = dst ? batch.dst6 : batch.src6;
  const off = i * 16;
  const m = mappedIpv4(b, off);
  if (m >= 0) return m;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let k = 0; k < 16; k++) {
    const x = b[off + k] as number;
    h1 = Math.imul(h1 ^ x, 0x01000193);
    h2 = Math.imul(h2 ^ x, 0x5bd1e995) ^ (h2 >>> 13);
  }
  return TWO32 + (h1 >>> 0) * 65536 + (h2 & 0xffff);
}

/** Address text for keys; IPv6 texts are remembered (capped) when first seen through {@link remember}. */
export class AddressNames {
  readonly #v6 = new Map<number, string>();
  dropped = 0;
  constructor(readonly cap = 100_000) {}

  remember(key: number, batch: FlowBatch, i: number, dst: boolean): void {
    if (key < TWO32 || this.#v6.has(key)) return;
    if (this.#v6.size >= this.cap) {
      this.dropped++;
      return;
    }
    this.#v6.set(key, ipv6ToString(dst ? batch.dst6 : batch.src6, i * 16));
  }

  text(key: number): string {
    if (key < 0) return '';
    if (key < TWO32) return ipv4ToString(key);
    return this.#v6.get(key) ?? `ipv6#${(key - TWO32).toString(16)}`;
  }
}

/** Resource id for a non-segment-level entity, else the address. */
export function label(enriched: EnrichedBatch, entity: number, addressText: string): string {
  const e = entity >= 0 ? enriched.index.entities[entity] : undefined;
  return e && !e.segmentLevel ? e.id : addressText;
}

/** Dense ids (0..cap-1) for numeric keys within one window; new keys past the cap get -1 and are counted. */
export class Interner {
  readonly #ids = new Map<number, number>();
  readonly keys: number[] = [];
  dropped = 0;
  constructor(readonly cap: number) {}

  id(key: number): number {
    const id = this.#ids.get(key);
    if (id !== undefined) return id;
    if (this.keys.length >= this.cap) {
      this.dropped++;
      return -1;
    }
    const n = this.keys.length;
    this.#ids.set(key, n);
    this.keys.push(key);
    return n;
  }

  get size(): number {
    return this.keys.length;
  }

  clear(): void {
    this.#ids.clear();
    this.keys.length = 0;
  }
}

/** A growable Float64Array column indexed by slot. */
export class Column {
  data: Float64Array;
  constructor(
    initial = 1024,
    readonly fill = 0,
  ) {
    this.data = new Float64Array(initial).fill(fill);
  }
  ensure(n: number): Float64Array {
    if (n > this.data.length) {
      let cap = this.data.length * 2;
      while (cap < n) cap *= 2;
      const d = new Float64Array(cap).fill(this.fill);
      d.set(this.data);
      this.data = d;
    }
    return this.data;
  }
  reset(n: number): void {
    this.data.fill(this.fill, 0, Math.min(n, this.data.length));
  }
}

/** Exponentially weighted mean and variance (West's incremental form). */
export class Ewma {
  readonly #slots = new Map<number, number>();
  readonly mean = new Column();
  readonly variance = new Column();
  readonly seen = new Column();
  dropped = 0;
  constructor(
    readonly alpha: number,
    readonly cap: number,
  ) {}

  slot(key: number): number {
    let s = this.#slots.get(key);
    if (s === undefined) {
      if (this.#slots.size >= this.cap) {
        this.dropped++;
        return -1;
      }
      s = this.#slots.size;
      this.#slots.set(key, s);
      this.mean.ensure(s + 1);
      this.variance.ensure(s + 1);
      this.seen.ensure(s + 1);
    }
    return s;
  }

  keys(): IterableIterator<[number, number]> {
    return this.#slots.entries();
  }

  update(slot: number, x: number): void {
    const n = this.seen.data[slot] as number;
    if (n === 0) {
      this.mean.data[slot] = x;
      this.variance.data[slot] = 0;
    } else {
      const m = this.mean.data[slot] as number;
      const diff = x - m;
      const incr = this.alpha * diff;
      this.mean.data[slot] = m + incr;
      this.variance.data[slot] = (1 - this.alpha) * ((this.variance.data[slot] as number) + diff * incr);
    }
    this.seen.data[slot] = n + 1;
  }
}
