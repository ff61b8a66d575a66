/** Runs a FlowParser over bytes in memory, in chunks of a chosen size: for tests and conformance cases. */
import { type FlowRecord, ParseStats } from '../../batch.js';
import type { FlowParser } from '../types.js';

export interface ParseResult {
  records: FlowRecord[];
  stats: ParseStats;
  rejected: Record<string, number>;
}

export async function parseBytes(
  parser: FlowParser,
  bytes: Uint8Array,
  source = 'input',
  chunkSize = 65536,
  batchSize = 8192,
): Promise<ParseResult> {
  const stats = new ParseStats();
  const records: FlowRecord[] = [];
  async function* chunks() {
    for (let k = 0; k < bytes.length; k += chunkSize) yield bytes.subarray(k, k + chunkSize);
  }
  await parser.parse(chunks(), {
    source,
    stats,
    batchSize,
    emit: (b) => {
      for (let i = 0; i < b.length; i++) records.push(b.record(i));
    },
  });
  const rejected = Object.fromEntries([...stats.rejected].map(([k, e]) => [k, e.count]));
  return { records, stats, rejected };
}
