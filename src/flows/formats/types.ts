import type { FlowBatch, ParseStats } from '../batch.js';

/** The flow formats Verity reads. Each has a parser folder beside this file. */
export const FLOW_FORMATS = [
  'aws-vpc',
  'azure-nsg',
  'azure-vnet',
  'gcp-vpc',
  'zeek',
  'netflow',
  'pcap',
] as const;
export type FlowFormatId = (typeof FLOW_FORMATS)[number];

/** What a parser is given: where the bytes come from, where batches go, where problems are counted. */
export interface ParseContext {
  /** File path (or `udp://exporter`) used in problem locations. */
  source: string;
  /** Receives each full batch, and the last partial one. The batch is reused after the promise settles. */
  emit: (batch: FlowBatch) => void | Promise<void>;
  stats: ParseStats;
  /** Records per batch (default 8192). */
  batchSize?: number;
}

/**
 * A flow parser. It reads the input as a stream of byte chunks (any chunk boundaries), never holds the whole
 * input, never throws on bad data (it counts it in `stats` and goes on), and calls `emit` with full batches.
 */
export interface FlowParser {
  readonly format: FlowFormatId;
  /** Whether the start of an input (first KiB or so, already gunzipped) looks like this format. */
  sniff(head: Uint8Array, name: string): boolean;
  parse(chunks: AsyncIterable<Uint8Array>, ctx: ParseContext): Promise<void>;
}

/**
 * One case of the shared conformance suite: input bytes, and what must come out, written from the format's
 * specification (not from running the parser).
 */
export interface ConformanceCase {
  name: string;
  input: Uint8Array | (() => Uint8Array);
  /** Expected records, in order; only the listed fields are compared. */
  expected: Partial<import('../batch.js').FlowRecord>[];
  /** Expected rejections by reason. */
  rejected?: Record<string, number>;
}
