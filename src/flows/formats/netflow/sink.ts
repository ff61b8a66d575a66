import { FlowBatch } from '../../batch.js';
import type { ParseContext } from '../types.js';

/**
 * Where binary decoders write records. `add()` returns the index of a fresh record in `batch`; when the batch is
 * full it is handed to `onFull`, which returns the (empty) batch to go on with. Decoders re-read `batch` after
 * every `add()`, since it may have changed.
 */
export class BatchSink {
  batch: FlowBatch;
  readonly #onFull: (full: FlowBatch) => FlowBatch;
  // The IPv6 columns seen as 8-byte words, to zero an address in two stores.
  #src6w: Float64Array;
  #dst6w: Float64Array;

  constructor(onFull: (full: FlowBatch) => FlowBatch, capacity = 8192) {
    this.batch = new FlowBatch(capacity);
    this.#onFull = onFull;
    this.#src6w = new Float64Array(
      this.batch.src6.buffer,
      this.batch.src6.byteOffset,
      this.batch.capacity * 2,
    );
    this.#dst6w = new Float64Array(
      this.batch.dst6.buffer,
      this.batch.dst6.byteOffset,
      this.batch.capacity * 2,
    );
  }

  #next(): FlowBatch {
    const b = this.#onFull(this.batch);
    this.batch = b;
    this.#src6w = new Float64Array(b.src6.buffer, b.src6.byteOffset, b.capacity * 2);
    this.#dst6w = new Float64Array(b.dst6.buffer, b.dst6.byteOffset, b.capacity * 2);
    return b;
  }

  /** A new record with every field reset ({@link FlowBatch.add}). */
  add(): number {
    if (this.batch.length >= this.batch.capacity) this.#next();
    return this.batch.add();
  }

  /**
   * A new record whose columns are *not* reset: for decoders on the hot path that write every column of
   * {@link FlowBatch} themselves (IPv6 ones through {@link setAddresses6} or {@link clearAddresses6}).
   */
  claim(): number {
    const b = this.batch.length >= this.batch.capacity ? this.#next() : this.batch;
    return b.length++;
  }

  /** Zeroes both IPv6 address columns of record `i`. */
  clearAddresses6(i: number): void {
    const w = i * 2;
    this.#src6w[w] = 0;
    this.#src6w[w + 1] = 0;
    this.#dst6w[w] = 0;
    this.#dst6w[w + 1] = 0;
  }

  /** Copies IPv6 source and destination addresses of record `i` from `p` (-1: that address is zero). */
  setAddresses6(i: number, p: Uint8Array, srcAt: number, dstAt: number): void {
    const b = this.batch;
    const t = i * 16;
    if (srcAt >= 0) for (let q = 0; q < 16; q++) b.src6[t + q] = p[srcAt + q] as number;
    else b.src6.fill(0, t, t + 16);
    if (dstAt >= 0) for (let q = 0; q < 16; q++) b.dst6[t + q] = p[dstAt + q] as number;
    else b.dst6.fill(0, t, t + 16);
  }

  /** A sink for a synchronous consumer: the batch is cleared and reused as soon as `consume` returns. */
  static sync(consume: (batch: FlowBatch) => void, capacity = 8192): BatchSink {
    return new BatchSink((full) => {
      consume(full);
      full.clear();
      return full;
    }, capacity);
  }
}

/**
 * A sink feeding a {@link ParseContext}: full batches queue up while a synchronous decoder runs, and `drain()`
 * awaits `ctx.emit` for each in order (a parser calls it between input chunks), recycling them afterwards.
 */
export class ContextSink {
  readonly sink: BatchSink;
  readonly #ready: FlowBatch[] = [];
  readonly #free: FlowBatch[] = [];
  readonly #ctx: ParseContext;

  constructor(ctx: ParseContext) {
    const capacity = ctx.batchSize ?? 8192;
    this.#ctx = ctx;
    this.sink = new BatchSink((full) => {
      this.#ready.push(full);
      return this.#free.pop() ?? new FlowBatch(capacity);
    }, capacity);
  }

  async drain(): Promise<void> {
    for (let b = this.#ready.shift(); b; b = this.#ready.shift()) {
      await this.#ctx.emit(b);
      b.clear();
      this.#free.push(b);
    }
  }

  /** Emits what is queued and then the last partial batch. */
  async finish(): Promise<void> {
    await this.drain();
    const last = this.sink.batch;
    if (last.length > 0) {
      await this.#ctx.emit(last);
      last.clear();
    }
  }
}
