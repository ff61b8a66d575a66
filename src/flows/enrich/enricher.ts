/**
 * Fills per-record entity and internal columns for a {@link FlowBatch}, walking the address columns once.
 * No allocation per record: the output columns are allocated once per capacity and reused.
 */
import type { FlowBatch } from '../batch.js';
import type { InventoryIndex } from './inventory.js';
import { mappedIpv4 } from './lpm.js';

/** Bits of {@link EnrichedBatch.internal}. */
export const INTERNAL = { src: 1, dst: 2 } as const;

export class EnrichedBatch {
  length = 0;
  /** Index into {@link InventoryIndex.entities}, -1 when the address is not in the inventory. */
  readonly srcEntity: Int32Array;
  readonly dstEntity: Int32Array;
  /** Bit 1 ({@link INTERNAL.src}): source internal; bit 2: destination internal. */
  readonly internal: Uint8Array;

  constructor(
    readonly index: InventoryIndex,
    readonly capacity: number,
  ) {
    this.srcEntity = new Int32Array(capacity);
    this.dstEntity = new Int32Array(capacity);
    this.internal = new Uint8Array(capacity);
  }
}

/** RFC 1918 (10/8, 172.16/12, 192.168/16) and RFC 6598 shared address space (100.64/10). */
export function isPrivate4(a: number): boolean {
  return (
    a >>> 24 === 10 || a >>> 20 === 0xac1 || a >>> 16 === 0xc0a8 || a >>> 22 === 0x191 // 100.64.0.0/10
  );
}

/** RFC 4193 unique local addresses, fc00::/7. */
export function isUla6(b: Uint8Array, off: number): boolean {
  return ((b[off] as number) & 0xfe) === 0xfc;
}

export class Enricher {
  constructor(readonly index: InventoryIndex) {}

  /** Enriches `batch` into `out` (reused when its capacity suffices) and returns it. */
  enrich(batch: FlowBatch, out?: EnrichedBatch): EnrichedBatch {
    const o = out && out.capacity >= batch.length ? out : new EnrichedBatch(this.index, batch.capacity);
    const n = batch.length;
    const v4 = this.index.lpm.v4;
    const v6 = this.index.lpm.v6;
    const { family, src4, dst4, src6, dst6 } = batch;
    const se = o.srcEntity;
    const de = o.dstEntity;
    const internal = o.internal;
    for (let i = 0; i < n; i++) {
      const fam = family[i];
      let s = -1;
      let d = -1;
      let flags = 0;
      if (fam === 4) {
        const a = src4[i] as number;
        const b = dst4[i] as number;
        s = v4.lookup(a);
        d = v4.lookup(b);
        if (s >= 0 || isPrivate4(a)) flags |= 1;
        if (d >= 0 || isPrivate4(b)) flags |= 2;
      } else if (fam === 6) {
        const off = i * 16;
        const ms = mappedIpv4(src6, off);
        const md = mappedIpv4(dst6, off);
        if (ms >= 0) {
          s = v4.lookup(ms);
          if (s >= 0 || isPrivate4(ms)) flags |= 1;
        } else {
          s = v6.lookup(src6, off);
          if (s >= 0 || isUla6(src6, off)) flags |= 1;
        }
        if (md >= 0) {
          d = v4.lookup(md);
          if (d >= 0 || isPrivate4(md)) flags |= 2;
        } else {
          d = v6.lookup(dst6, off);
          if (d >= 0 || isUla6(dst6, off)) flags |= 2;
        }
      }
      se[i] = s;
      de[i] = d;
      internal[i] = flags;
    }
    o.length = n;
    return o;
  }
}
