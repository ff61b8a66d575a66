/**
 * The binary parsers' conformance cases, and the properties the shared suite asks of every parser: same
 * result whatever the chunking, batch size or gzip; garbage and empty input handled without a throw.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type BinaryFlowFormatId, binaryCases, binaryParsers } from './binary-registry.js';
import { parseBytes } from './pcap/testing.js';
import type { ConformanceCase } from './types.js';

const FORMATS = Object.keys(binaryParsers) as BinaryFlowFormatId[];
const bytesOf = (c: ConformanceCase) => (typeof c.input === 'function' ? c.input() : c.input);

describe.each(FORMATS)('%s', (format) => {
  const parser = binaryParsers[format];
  const cases = binaryCases[format].map((c) => [c.name, c] as const);

  it.each(cases)('case: %s', async (_name, c) => {
    const input = bytesOf(c);
    const { records, rejected, stats } = await parseBytes(parser, input, 'input.bin');
    expect(records).toHaveLength(c.expected.length);
    for (const [k, e] of c.expected.entries()) expect(records[k], `record ${k}`).toMatchObject(e);
    expect(rejected).toEqual(c.rejected ?? {});
    expect(stats.accepted).toBe(c.expected.length);
    for (const e of stats.rejected.values())
      for (const s of e.samples) expect(s.location).toMatch(/^input\.bin@\d+$/);
  });

  it.each(cases)('chunks, batch sizes and gzip do not change the result: %s', async (_name, c) => {
    const input = bytesOf(c);
    const whole = await parseBytes(parser, input);
    const summary = (r: typeof whole) => ({
      records: r.records,
      read: r.stats.records,
      accepted: r.stats.accepted,
      rejected: r.rejected,
    });
    for (const chunk of [1, 7, 4096])
      expect(summary(await parseBytes(parser, input, 'input', chunk))).toEqual(summary(whole));
    for (const batch of [1, 2, 3])
      expect((await parseBytes(parser, input, 'input', 7, batch)).records).toEqual(whole.records);
    expect(summary(await parseBytes(parser, gzipSync(input), 'input', 7))).toEqual(summary(whole));
  });

  it('sniffs its first case, and the other binary parser does not', () => {
    const head = bytesOf(binaryCases[format][0] as ConformanceCase).subarray(0, 1024);
    expect(parser.sniff(head, 'input')).toBe(true);
    for (const other of FORMATS.filter((f) => f !== format))
      expect(binaryParsers[other].sniff(head, 'input')).toBe(false);
  });

  it('has cases for good input and for malformed input', () => {
    expect(binaryCases[format].some((c) => c.expected.length > 0 && !c.rejected)).toBe(true);
    expect(binaryCases[format].some((c) => c.rejected && Object.keys(c.rejected).length > 0)).toBe(true);
  });

  it('turns garbage into counted rejections and empty input into nothing', async () => {
    let seed = 99;
    const random = Uint8Array.from({ length: 20_000 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 16;
    });
    random[0] = 0x42;
    for (const junk of [
      random,
      new TextEncoder().encode('lorem ipsum\n'),
      Uint8Array.from([0x1f, 0x8b, 8, 0, 1, 2, 3]),
    ]) {
      const r = await parseBytes(parser, junk, 'input', 7);
      expect(r.records).toEqual([]);
      expect(r.stats.rejectedCount).toBeGreaterThanOrEqual(1);
    }
    const empty = await parseBytes(parser, new Uint8Array(0));
    expect([empty.records, empty.stats.rejectedCount]).toEqual([[], 0]);
  });
});
