/**
 * Longest-prefix match over flat typed arrays.
 *
 * IPv4: the prefixes are flattened once into a table of disjoint intervals covering 0.0.0.0–255.255.255.255
 * (`starts[k]` is where interval k begins, `values[k]` its value or -1); a lookup is a binary search for the
 * last start at or below the address, with a 65,536-entry first-level index on the top 16 bits narrowing the
 * search. IPv6: a binary trie (one bit per level) in growable Int32Arrays; lookups walk at most 128 levels.
 * Neither allocates on lookup.
 */
import { parseIPv4Text, parseIPv6Text } from '../formats/lines.js';

export type Cidr = { family: 4; addr: number; len: number } | { family: 6; bytes: Uint8Array; len: number };

/** `10.0.0.0/8`, `10.0.0.1` (= /32), `fd00::/8`, `2001:db8::1` (= /128); host bits are masked off. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  const ip = (slash < 0 ? text : text.slice(0, slash)).trim();
  const lenText = slash < 0 ? undefined : text.slice(slash + 1).trim();
  if (lenText !== undefined && !/^\d{1,3}$/.test(lenText)) return undefined;
  if (ip.includes(':')) {
    const bytes = new Uint8Array(16);
    if (!parseIPv6Text(ip, bytes, 0)) return undefined;
    const len = lenText === undefined ? 128 : Number(lenText);
    if (len > 128) return undefined;
    for (let bit = len; bit < 128; bit++) bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) & ~(0x80 >> (bit & 7));
    return { family: 6, bytes, len };
  }
  const v = parseIPv4Text(ip);
  if (v < 0) return undefined;
  const len = lenText === undefined ? 32 : Number(lenText);
  if (len > 32) return undefined;
  return { family: 4, addr: (v & mask4(len)) >>> 0, len };
}

export function mask4(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}

/** If the 16 bytes at `off` are an IPv4-mapped IPv6 address (::ffff:a.b.c.d), the IPv4 address; else -1. */
export function mappedIpv4(b: Uint8Array, off: number): number {
  for (let k = 0; k < 10; k++) if (b[off + k] !== 0) return -1;
  if (b[off + 10] !== 0xff || b[off + 11] !== 0xff) return -1;
  return (
    (((b[off + 12] ?? 0) << 24) |
      ((b[off + 13] ?? 0) << 16) |
      ((b[off + 14] ?? 0) << 8) |
      (b[off + 15] ?? 0)) >>>
    0
  );
}

/** Collects IPv4 prefixes, then {@link build}s an {@link Ipv4Lpm}. Equal prefixes: the last added wins. */
export class Ipv4LpmBuilder {
  #addr: number[] = [];
  #len: number[] = [];
  #value: number[] = [];

  add(addr: number, len: number, value: number): void {
    this.#addr.push((addr & mask4(len)) >>> 0);
    this.#len.push(len);
    this.#value.push(value);
  }

  get size(): number {
    return this.#addr.length;
  }

  build(): Ipv4Lpm {
    const n = this.#addr.length;
    const order = Array.from({ length: n }, (_, i) => i);
    const A = this.#addr;
    const L = this.#len;
    // By start, then shorter (wider) first, then insertion order so a later equal prefix sits on top.
    order.sort((x, y) => (A[x] as number) - (A[y] as number) || (L[x] as number) - (L[y] as number) || x - y);
    const starts: number[] = [];
    const values: number[] = [];
    const emit = (from: number, value: number): void => {
      if (values.length > 0 && values[values.length - 1] === value) return;
      if (starts.length > 0 && starts[starts.length - 1] === from) {
        values[values.length - 1] = value;
        if (values.length > 1 && values[values.length - 2] === value) {
          starts.pop();
          values.pop();
        }
        return;
      }
      starts.push(from);
      values.push(value);
    };
    const stackEnd: number[] = [];
    const stackValue: number[] = [];
    let cursor = 0; // first address not yet emitted
    const popUntil = (s: number): void => {
      while (stackEnd.length > 0 && (stackEnd[stackEnd.length - 1] as number) < s) {
        const end = stackEnd.pop() as number;
        const value = stackValue.pop() as number;
        if (cursor <= end) {
          emit(cursor, value);
          cursor = end + 1;
        }
      }
    };
    for (const i of order) {
      const s = A[i] as number;
      const e = s + 2 ** (32 - (L[i] as number)) - 1;
      popUntil(s);
      if (cursor < s) {
        emit(cursor, stackValue.length > 0 ? (stackValue[stackValue.length - 1] as number) : -1);
        cursor = s;
      }
      stackEnd.push(e);
      stackValue.push(this.#value[i] as number);
    }
    popUntil(2 ** 32);
    if (cursor <= 0xffffffff) emit(cursor, -1);
    return new Ipv4Lpm(Uint32Array.from(starts), Int32Array.from(values));
  }
}

export class Ipv4Lpm {
  /** For each top-16-bit block, the index of the interval holding its first address. */
  readonly #first: Int32Array;

  constructor(
    readonly starts: Uint32Array,
    readonly values: Int32Array,
  ) {
    this.#first = new Int32Array(65537);
    let k = 0;
    for (let b = 0; b < 65536; b++) {
      const a = b * 65536;
      while (k + 1 < starts.length && (starts[k + 1] as number) <= a) k++;
      this.#first[b] = k;
    }
    this.#first[65536] = starts.length - 1;
  }

  /** The value of the longest prefix containing `addr` (host-order uint32), or -1. */
  lookup(addr: number): number {
    const b = addr >>> 16;
    let lo = this.#first[b] as number;
    let hi = this.#first[b + 1] as number;
    const starts = this.starts;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= addr) lo = mid;
      else hi = mid - 1;
    }
    return this.values[lo] as number;
  }

  get intervals(): number {
    return this.starts.length;
  }
}

/** IPv6 binary trie; equal prefixes: the last inserted wins. */
export class Ipv6Lpm {
  #zero = new Int32Array(64);
  #one = new Int32Array(64);
  #value = new Int32Array(64).fill(-1);
  #nodes = 1;

  #grow(): void {
    const cap = this.#zero.length * 2;
    const z = new Int32Array(cap);
    z.set(this.#zero);
    const o = new Int32Array(cap);
    o.set(this.#one);
    const v = new Int32Array(cap).fill(-1);
    v.set(this.#value);
    this.#zero = z;
    this.#one = o;
    this.#value = v;
  }

  insert(bytes: Uint8Array, off: number, len: number, value: number): void {
    let node = 0;
    for (let bit = 0; bit < len; bit++) {
      const set = ((bytes[off + (bit >> 3)] ?? 0) >> (7 - (bit & 7))) & 1;
      const arr = set ? this.#one : this.#zero;
      let next = arr[node] as number;
      if (next === 0) {
        if (this.#nodes >= this.#zero.length) this.#grow();
        next = this.#nodes++;
        (set ? this.#one : this.#zero)[node] = next;
      }
      node = next;
    }
    this.#value[node] = value;
  }

  /** The value of the longest prefix containing the 16 bytes at `off`, or -1. */
  lookup(bytes: Uint8Array, off: number): number {
    let node = 0;
    let best = this.#value[0] as number;
    const zero = this.#zero;
    const one = this.#one;
    const val = this.#value;
    for (let bit = 0; bit < 128; bit++) {
      const set = ((bytes[off + (bit >> 3)] as number) >> (7 - (bit & 7))) & 1;
      node = (set ? one[node] : zero[node]) as number;
      if (node === 0) break;
      const v = val[node] as number;
      if (v >= 0) best = v;
    }
    return best;
  }

  get nodes(): number {
    return this.#nodes;
  }
}

/** IPv4 and IPv6 tables together; IPv4-mapped IPv6 addresses are looked up in the IPv4 table. */
export class DualLpm {
  constructor(
    readonly v4: Ipv4Lpm,
    readonly v6: Ipv6Lpm,
  ) {}

  static from(entries: readonly { cidr: Cidr; value: number }[]): DualLpm {
    const b4 = new Ipv4LpmBuilder();
    const v6 = new Ipv6Lpm();
    for (const { cidr, value } of entries) {
      if (cidr.family === 4) b4.add(cidr.addr, cidr.len, value);
      else v6.insert(cidr.bytes, 0, cidr.len, value);
    }
    return new DualLpm(b4.build(), v6);
  }

  lookup6(bytes: Uint8Array, off: number): number {
    const m = mappedIpv4(bytes, off);
    return m >= 0 ? this.v4.lookup(m) : this.v6.lookup(bytes, off);
  }
}
