/**
 * The shared conformance suite for the text flow parsers:
 * (a) each parser's own cases, written from its format's public specification;
 * (b) properties every parser must have, whatever the format: chunking does not change the result, a
 *     truncated final record is counted and never thrown, garbage yields no records and counted rejections,
 *     batches never exceed batchSize, gzip is transparent;
 * (c) the public reference samples in ../shared/reference/flows/, compared against the source project's own
 *     decoding (skipped when ../shared is absent).
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type FlowRecord, ParseStats } from '../batch.js';
import { cases as awsCases } from './aws-vpc/cases.js';
import { cases as nsgCases } from './azure-nsg/cases.js';
import { cases as vnetCases } from './azure-vnet/cases.js';
import { cases as gcpCases } from './gcp-vpc/cases.js';
import { type TextFlowFormatId, textParsers } from './text-registry.js';
import type { ConformanceCase, FlowParser } from './types.js';
import { cases as zeekCases } from './zeek/cases.js';

const SUITES: Record<TextFlowFormatId, ConformanceCase[]> = {
  'aws-vpc': awsCases,
  'azure-nsg': nsgCases,
  'azure-vnet': vnetCases,
  'gcp-vpc': gcpCases,
  zeek: zeekCases,
};

const FORMATS = Object.keys(SUITES) as TextFlowFormatId[];

interface Result {
  records: FlowRecord[];
  stats: ParseStats;
  batchLengths: number[];
}

function bytesOf(c: ConformanceCase): Uint8Array {
  return typeof c.input === 'function' ? c.input() : c.input;
}

async function* inChunks(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let off = 0; off < data.length; off += size)
    yield data.subarray(off, Math.min(data.length, off + size));
}

async function run(
  parser: FlowParser,
  data: Uint8Array,
  chunkSize = data.length || 1,
  batchSize?: number,
): Promise<Result> {
  const stats = new ParseStats();
  const records: FlowRecord[] = [];
  const batchLengths: number[] = [];
  await parser.parse(inChunks(data, chunkSize), {
    source: 'input.log',
    stats,
    ...(batchSize === undefined ? {} : { batchSize }),
    emit: async (batch) => {
      batchLengths.push(batch.length);
      for (let i = 0; i < batch.length; i++) records.push(batch.record(i));
      // Let the parser continue only after a turn of the event loop, as a real consumer might.
      await new Promise((r) => setImmediate(r));
    },
  });
  return { records, stats, batchLengths };
}

function rejections(stats: ParseStats): Record<string, number> {
  return Object.fromEntries([...stats.rejected].map(([reason, e]) => [reason, e.count]));
}

/** Everything comparable about a result, for "same output" checks. */
function summary(r: Result) {
  return {
    records: r.records,
    read: r.stats.records,
    accepted: r.stats.accepted,
    rejected: rejections(r.stats),
  };
}

// --------------------------------------------------------------------------------------------------------
// (a) Each parser's own cases.

describe.each(FORMATS)('%s: specification cases', (format) => {
  const parser = textParsers[format];
  it.each(SUITES[format].map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await run(parser, bytesOf(c));
    expect(r.records).toHaveLength(c.expected.length);
    c.expected.forEach((want, i) => {
      expect(r.records[i], `record ${i}`).toMatchObject(want);
    });
    expect(rejections(r.stats)).toEqual(c.rejected ?? {});
    // Every record read is either accepted or rejected (GCP duplicates aside, and these cases have none).
    if (format !== 'gcp-vpc') expect(r.stats.records).toBe(r.stats.accepted + r.stats.rejectedCount);
    expect(r.stats.accepted).toBe(c.expected.length);
    // Problem locations are file:line.
    for (const e of r.stats.rejected.values())
      for (const s of e.samples) expect(s.location).toMatch(/^input\.log:\d+$/);
  });

  it('has cases for good records and for malformed ones', () => {
    const suite = SUITES[format];
    expect(suite.some((c) => c.expected.length > 0 && !c.rejected)).toBe(true);
    expect(suite.some((c) => c.rejected && Object.keys(c.rejected).length > 0)).toBe(true);
  });
});

// --------------------------------------------------------------------------------------------------------
// (b) Properties every parser must have.

/** Seeded PRNG, so a failure is reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function garbageInputs(): [string, Uint8Array][] {
  const rand = rng(1234);
  const binary = new Uint8Array(20_000);
  for (let i = 0; i < binary.length; i++) binary[i] = Math.floor(rand() * 256);
  binary[0] = 0x42; // not gzip magic
  const words = [
    'lorem',
    'ipsum',
    '-',
    '{',
    '}',
    '[',
    ']',
    '"',
    ',',
    ':',
    '#fields',
    '12',
    '10.0.0',
    'ACCEPT',
    'T',
    '\t',
  ];
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) {
    const n = 1 + Math.floor(rand() * 20);
    lines.push(Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(' '));
  }
  return [
    ['random bytes', binary],
    ['random words and JSON punctuation', Buffer.from(lines.join('\n'))],
    [
      'JSON of the wrong shape',
      Buffer.from('{"foo": 1}\n[1, 2, "three"]\n"just a string"\n{"records": [1, {"a": []}]}\n'),
    ],
    [
      'a gzip header followed by junk',
      Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]),
    ],
    ['unterminated JSON', Buffer.from('{"records": [{"properties": {"flows": [')],
  ];
}

/** The input cut in the middle of its last substantial line (not a `#` header line), dropping the rest. */
function truncate(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data);
  let end = text.length;
  for (;;) {
    const nl = text.lastIndexOf(10, end - 1);
    const start = nl + 1;
    const line = text.subarray(start, end).toString('utf8').trim();
    if (line.length >= 8 && !line.startsWith('#'))
      return text.subarray(0, start + Math.floor((end - start) / 2));
    if (nl < 0) return text.subarray(0, Math.floor(text.length / 2));
    end = nl;
  }
}

describe.each(FORMATS)('%s: generic properties', (format) => {
  const parser = textParsers[format];
  const suite = SUITES[format];

  it.each(suite.map((c) => [c.name, c] as const))(
    'chunks of 1, 7 and 4096 bytes give the same result: %s',
    async (_n, c) => {
      const data = bytesOf(c);
      const whole = summary(await run(parser, data));
      for (const size of [1, 7, 4096])
        expect(summary(await run(parser, data, size)), `chunks of ${size}`).toEqual(whole);
    },
  );

  it.each(suite.map((c) => [c.name, c] as const))('gzip is transparent: %s', async (_n, c) => {
    const data = bytesOf(c);
    const whole = summary(await run(parser, data));
    const gz = gzipSync(data);
    expect(summary(await run(parser, gz, 7))).toEqual(whole);
    // Two gzip members one after the other read as one stream.
    const half = Math.floor(data.length / 2);
    const twoMembers = Buffer.concat([gzipSync(data.subarray(0, half)), gzipSync(data.subarray(half))]);
    expect(summary(await run(parser, twoMembers, 4096))).toEqual(whole);
  });

  it.each(suite.filter((c) => c.expected.length > 0 && !c.rejected).map((c) => [c.name, c] as const))(
    'a truncated final record is counted, not thrown: %s',
    async (_n, c) => {
      const data = bytesOf(c);
      const full = await run(parser, data);
      const cut = truncate(data);
      expect(cut.length).toBeLessThan(data.length);
      for (const size of [cut.length || 1, 7]) {
        const r = await run(parser, cut, size);
        expect(r.stats.rejectedCount).toBeGreaterThanOrEqual(1);
        expect(r.records.length).toBeLessThanOrEqual(full.records.length);
        expect(r.records).toEqual(full.records.slice(0, r.records.length));
      }
    },
  );

  it.each(garbageInputs())('garbage yields zero records and counted rejections: %s', async (_n, data) => {
    for (const size of [data.length, 7]) {
      const r = await run(parser, data, size);
      expect(r.records).toEqual([]);
      expect(r.stats.accepted).toBe(0);
      expect(r.stats.rejectedCount).toBeGreaterThanOrEqual(1);
    }
  });

  it('an empty input yields nothing, and no problem', async () => {
    const r = await run(parser, new Uint8Array(0));
    expect(r.records).toEqual([]);
    expect(r.batchLengths).toEqual([]);
    expect(r.stats.rejectedCount).toBe(0);
  });

  it.each(suite.map((c) => [c.name, c] as const))('batches never exceed batchSize: %s', async (_n, c) => {
    const data = bytesOf(c);
    const whole = await run(parser, data);
    for (const batchSize of [1, 2, 3]) {
      const r = await run(parser, data, 7, batchSize);
      for (const n of r.batchLengths) {
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThanOrEqual(batchSize);
      }
      expect(r.batchLengths.slice(0, -1).every((n) => n === batchSize)).toBe(true);
      expect(r.records).toEqual(whole.records);
    }
  });

  it('recognises its own input and no other parser claims it', () => {
    const c = suite[0] as ConformanceCase;
    const head = bytesOf(c).subarray(0, 1024);
    expect(parser.sniff(head, 'input.log')).toBe(true);
    for (const other of FORMATS.filter((f) => f !== format)) {
      expect(textParsers[other].sniff(head, 'input.log'), `${other} sniffing ${format}`).toBe(false);
    }
  });
});

describe('aws-vpc at volume', () => {
  it('fills and emits full batches over a larger input, records in order', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      lines.push(
        `2 123456789010 eni-${(i % 300).toString(16).padStart(17, '0')} 10.${(i >> 8) & 255}.${i & 255}.1 172.31.0.${i % 250} ${1024 + (i % 60000)} 443 6 ${i + 1} ${(i + 1) * 100} 1700000000 1700000060 ${i % 7 === 0 ? 'REJECT' : 'ACCEPT'} OK`,
      );
    }
    const data = Buffer.from(`${lines.join('\n')}\n`);
    const r = await run(textParsers['aws-vpc'], data, 65536, 1000);
    expect(r.batchLengths).toEqual(Array(20).fill(1000));
    expect(r.stats.accepted).toBe(20_000);
    expect(r.records.map((x) => x.packets)).toEqual(lines.map((_, i) => i + 1));
    expect(r.records[7]).toMatchObject({
      action: 'reject',
      src: '10.0.7.1',
      srcPort: 1031,
      iface: 'eni-00000000000000007',
    });
    expect(r.records[19_999]).toMatchObject({
      bytes: 2_000_000,
      iface: `eni-${(19_999 % 300).toString(16).padStart(17, '0')}`,
    });
  });
});

// --------------------------------------------------------------------------------------------------------
// (c) The public reference samples and the source project's decoding of them.

const REF = new URL('../../../../shared/reference/flows/', import.meta.url);
const refDir = (name: string) => new URL(`${name}/`, REF);

type Json = Record<string, unknown>;
const get = (o: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Json)[k] : undefined), o);

const IANA: Record<string, number> = { tcp: 6, udp: 17, icmp: 1, TCP: 6, UDP: 17 };

/** `::ffff:a.b.c.d` as Verity prints it (hex groups) back to the IPv4 text, for mixed-family pairs. */
function unmapped(ip: string): string {
  const m = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ip);
  if (!m) return ip;
  const hi = Number.parseInt(m[1] as string, 16);
  const lo = Number.parseInt(m[2] as string, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

const isoMs = (v: unknown) => (typeof v === 'string' ? Date.parse(v) : undefined);

function logs(dir: URL): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.log')) : [];
}

async function parseFile(format: TextFlowFormatId, dir: URL, file: string) {
  const data = readFileSync(new URL(file, dir));
  // Recognised by its parser, and by no other.
  const claimed = FORMATS.filter((f) => textParsers[f].sniff(data.subarray(0, 1024), file));
  expect(claimed, `sniffing ${file}`).toEqual([format]);
  const r = await run(textParsers[format], data, 4096);
  const expected = (
    JSON.parse(readFileSync(new URL(`${file}-expected.json`, dir), 'utf8')) as { expected: Json[] }
  ).expected;
  return { r, expected };
}

describe('reference samples: AWS VPC Flow Logs', () => {
  const dir = refDir('aws-vpc');
  it.skipIf(!existsSync(dir))('the folder holds samples', () => expect(logs(dir).length).toBeGreaterThan(0));
  it.skipIf(!existsSync(dir)).each(logs(dir))('%s', async (file) => {
    const { r, expected } = await parseFile('aws-vpc', dir, file);
    expect(r.stats.rejectedCount).toBe(0);
    expect(r.records).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const got = r.records[i] as FlowRecord;
      const action = get(e, 'aws.vpcflow.action');
      const status = get(e, 'aws.vpcflow.log_status');
      const srcIp = get(e, 'source.ip');
      expect(
        {
          src: unmapped(got.src),
          dst: unmapped(got.dst),
          srcPort: got.srcPort,
          dstPort: got.dstPort,
          protocol: got.protocol,
          packets: got.packets,
          bytes: got.bytes,
          action: got.action,
          logStatus: got.logStatus,
          start: got.start,
          end: got.end,
        },
        `record ${i}: ${String(get(e, 'event.original'))}`,
      ).toEqual({
        src: srcIp ?? '',
        dst: get(e, 'destination.ip') ?? '',
        srcPort: get(e, 'source.port') ?? 0,
        dstPort: get(e, 'destination.port') ?? 0,
        protocol: Number(get(e, 'network.iana_number') ?? 0),
        packets: get(e, 'network.packets') ?? 0,
        bytes: get(e, 'network.bytes') ?? 0,
        action: action === 'ACCEPT' ? 'accept' : action === 'REJECT' ? 'reject' : 'unknown',
        logStatus: String(status).toLowerCase() === 'ok' ? 'ok' : String(status).toLowerCase(),
        start: isoMs(get(e, 'event.start')),
        end: isoMs(get(e, 'event.end')),
      });
      const dir = get(e, 'network.direction');
      if (dir === 'ingress' || dir === 'egress') expect(got.direction).toBe(dir);
      const iface = get(e, 'aws.vpcflow.interface_id') ?? get(e, 'aws.vpcflow.tgw_attachment_id');
      if (typeof iface === 'string') expect(got.iface).toBe(iface);
    });
  });
});

/** Flattens the tuples an Azure decoding lists under `path` (rule groups, then tuples). */
function azureTuples(e: Json, path: string, groups: string): Json[] {
  const flows = (get(e, path) as Json[] | undefined) ?? [];
  return flows.flatMap((f) =>
    ((f[groups] as Json[] | undefined) ?? []).flatMap((g) => (g.tuples as Json[]) ?? []),
  );
}

function expectAzureTuple(got: FlowRecord | undefined, t: Json, action: string, direction: string) {
  expect(got).toBeDefined();
  expect({
    start: got?.start,
    src: got?.src,
    dst: got?.dst,
    srcPort: got?.srcPort,
    dstPort: got?.dstPort,
    protocol: got?.protocol,
    packets: got?.packets,
    bytes: got?.bytes,
    action: got?.action,
    direction: got?.direction,
  }).toEqual({
    start: isoMs(t.timestamp),
    src: get(t, 'source.ip'),
    dst: get(t, 'destination.ip'),
    srcPort: get(t, 'source.port'),
    dstPort: get(t, 'destination.port'),
    protocol: IANA[String(t.protocol)] ?? Number(t.protocol),
    packets: Number(get(t, 'packets.sent') ?? 0) + Number(get(t, 'packets.received') ?? 0),
    bytes: Number(get(t, 'bytes.sent') ?? 0) + Number(get(t, 'bytes.received') ?? 0),
    action,
    direction,
  });
}

describe('reference samples: Azure NSG flow logs', () => {
  const dir = refDir('azure-nsg');
  it.skipIf(!existsSync(dir))('the folder holds samples', () => expect(logs(dir).length).toBeGreaterThan(0));
  it.skipIf(!existsSync(dir)).each(logs(dir))('%s', async (file) => {
    const { r, expected } = await parseFile('azure-nsg', dir, file);
    expect(r.stats.rejectedCount).toBe(0);
    const tuples = expected.flatMap((e) =>
      azureTuples(e, 'azure_network_watcher_nsg.log.properties.flows', 'flows'),
    );
    expect(tuples.length).toBeGreaterThan(0);
    expect(r.records).toHaveLength(tuples.length);
    tuples.forEach((t, i) => {
      const decision = get(t, 'traffic.decision');
      const flow = get(t, 'traffic.flow');
      expectAzureTuple(
        r.records[i],
        t,
        decision === 'Allowed' ? 'accept' : decision === 'Denied' ? 'reject' : '?',
        flow === 'Inbound' ? 'ingress' : flow === 'Outbound' ? 'egress' : '?',
      );
    });
  });
});

describe('reference samples: Azure VNet flow logs', () => {
  const dir = refDir('azure-vnet');
  it.skipIf(!existsSync(dir))('the folder holds samples', () => expect(logs(dir).length).toBeGreaterThan(0));
  it.skipIf(!existsSync(dir)).each(logs(dir))('%s', async (file) => {
    const { r, expected } = await parseFile('azure-vnet', dir, file);
    expect(r.stats.rejectedCount).toBe(0);
    const tuples = expected.flatMap((e) =>
      azureTuples(e, 'azure_network_watcher_vnet.log.records.flows', 'groups'),
    );
    expect(tuples.length).toBeGreaterThan(0);
    expect(r.records).toHaveLength(tuples.length);
    tuples.forEach((t, i) => {
      const state = get(t, 'flow.state');
      const dirn = get(t, 'flow.direction');
      expectAzureTuple(
        r.records[i],
        t,
        state === 'Deny' || state === 'D' ? 'reject' : 'accept',
        dirn === 'Inbound' ? 'ingress' : dirn === 'Outbound' ? 'egress' : '?',
      );
    });
  });
});

describe('reference samples: Zeek conn.log', () => {
  const dir = refDir('zeek-conn');
  it.skipIf(!existsSync(dir))('the folder holds samples', () => expect(logs(dir).length).toBeGreaterThan(0));
  it.skipIf(!existsSync(dir)).each(logs(dir))('%s', async (file) => {
    const { r, expected } = await parseFile('zeek', dir, file);
    expect(r.stats.rejectedCount).toBe(0);
    expect(r.records).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const got = r.records[i] as FlowRecord;
      const icmp = get(e, 'zeek.connection.icmp') as { type: number; code: number } | undefined;
      const transport = String(get(e, 'network.transport'));
      expect(
        {
          src: got.src,
          dst: got.dst,
          srcPort: got.srcPort,
          dstPort: got.dstPort,
          protocol: got.protocol,
          packets: got.packets,
          bytes: got.bytes,
          action: got.action,
        },
        `record ${i}`,
      ).toEqual({
        src: get(e, 'source.ip'),
        dst: get(e, 'destination.ip'),
        srcPort: icmp ? 0 : get(e, 'source.port'),
        dstPort: icmp ? icmp.type * 256 + icmp.code : get(e, 'destination.port'),
        protocol: IANA[transport],
        packets: get(e, 'network.packets'),
        bytes: get(e, 'network.bytes'),
        action: get(e, 'zeek.connection.state') === 'REJ' ? 'reject' : 'accept',
      });
      // The decoding keeps milliseconds and gives the duration in nanoseconds.
      const start = isoMs(get(e, '@timestamp')) as number;
      expect(Math.abs(got.start - start)).toBeLessThan(1);
      const durationMs = Number(get(e, 'event.duration') ?? 0) / 1e6;
      expect(Math.abs(got.end - got.start - durationMs)).toBeLessThan(0.001);
    });
  });
});
