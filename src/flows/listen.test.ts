import { createSocket } from 'node:dgram';
import { describe, expect, it } from 'vitest';
import type { FlowBatch } from './batch.js';
import {
  dataRecord,
  encodeIpfix,
  encodeV5,
  type FieldSpec,
  set,
  templateRecord,
} from './formats/netflow/writer.js';
import { type CollectorStats, startCollector } from './listen.js';

const SECS = 1_700_000_000;
const FIELDS: FieldSpec[] = [
  { id: 8, length: 4 },
  { id: 12, length: 4 },
  { id: 7, length: 2 },
  { id: 11, length: 2 },
  { id: 4, length: 1 },
  { id: 1, length: 8 },
  { id: 2, length: 8 },
];

describe('UDP collector', () => {
  it('receives every flow of a few hundred NetFlow v5 and IPFIX packets on loopback', async () => {
    const seen = new Set<string>();
    let bytes = 0;
    const statsSeen: CollectorStats[] = [];
    const collector = await startCollector({
      netflow: '127.0.0.1:0',
      ipfix: '127.0.0.1:0',
      batchSize: 1000,
      flushIntervalMs: 20,
      onBatch: (b: FlowBatch) => {
        for (let i = 0; i < b.length; i++) {
          const r = b.record(i);
          seen.add(`${r.src}:${r.srcPort}`);
          bytes += r.bytes;
        }
      },
      onStats: (s) => statsSeen.push(s),
    });
    const nfPort = collector.netflow?.port ?? 0;
    const ipfixPort = collector.ipfix?.port ?? 0;
    expect(nfPort).toBeGreaterThan(0);
    expect(ipfixPort).toBeGreaterThan(0);

    const sender = createSocket('udp4');
    const send = (pkt: Uint8Array, port: number) =>
      new Promise<void>((resolve, reject) =>
        sender.send(pkt, port, '127.0.0.1', (err) => (err ? reject(err) : resolve())),
      );
    const expected = new Set<string>();
    let expectedBytes = 0;
    let ipfixSeq = 0;
    for (let k = 0; k < 150; k++) {
      const v5flows = Array.from({ length: 30 }, (_, j) => {
        expected.add(`10.5.${k}.1:${1000 + j}`);
        expectedBytes += 100 + j;
        return {
          src: `10.5.${k}.1`,
          dst: '10.0.0.1',
          packets: 1,
          bytes: 100 + j,
          first: 0,
          last: 0,
          srcPort: 1000 + j,
          dstPort: 80,
          protocol: 6,
        };
      });
      await send(encodeV5({ uptime: 0, secs: SECS, seq: k * 30 }, v5flows), nfPort);
      const records = Array.from({ length: 20 }, (_, j) => {
        expected.add(`10.10.${k}.2:${2000 + j}`);
        expectedBytes += 1000 + j;
        return dataRecord(FIELDS, [`10.10.${k}.2`, '10.0.0.1', 2000 + j, 443, 6, 1000 + j, 3]);
      });
      // Exporters over UDP repeat their templates; this one does in every message.
      await send(
        encodeIpfix({ exportTime: SECS, seq: ipfixSeq, domain: 1 }, [
          set(2, [templateRecord(256, FIELDS)]),
          set(256, records),
        ]),
        ipfixPort,
      );
      ipfixSeq += 20;
    }
    sender.close();

    const deadline = Date.now() + 10_000;
    while (collector.stats().flows < expected.size && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    await collector.stop();

    expect(seen.size).toBe(expected.size);
    for (const key of expected) expect(seen.has(key), key).toBe(true);
    expect(bytes).toBe(expectedBytes);
    const last = statsSeen.at(-1);
    expect(last).toMatchObject({
      packets: 300,
      flows: 7500,
      loss: { v5Flows: 0, v9Packets: 0, ipfixRecords: 0 },
      rejected: {},
    });
    expect(last?.recvBufferSize.every((n) => n > 0)).toBe(true);
  });

  it('refuses a bad address', async () => {
    await expect(startCollector({ netflow: 'nonsense', onBatch: () => {} })).rejects.toThrow(/host:port/);
    await expect(startCollector({ onBatch: () => {} })).rejects.toThrow(/netflow or ipfix/);
  });
});
