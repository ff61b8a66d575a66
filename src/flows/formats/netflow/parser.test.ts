import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FlowRecord } from '../../batch.js';
import { pcapParser } from '../pcap/parser.js';
import { parseBytes } from '../pcap/testing.js';
import {
  type CapturedPacket,
  ETHERTYPE,
  ethernetFrame,
  ipv4Packet,
  ipv6Packet,
  pcapFile,
  pcapngFile,
  udpDatagram,
} from '../pcap/writer.js';
import { NetflowParser, netflowParser } from './parser.js';
import {
  dataRecord,
  encodeIpfix,
  encodeV5,
  encodeV9,
  type FieldSpec,
  set,
  templateRecord,
} from './writer.js';

const SECS = 1_700_000_000;
const T0 = SECS * 1000;
const FIELDS: FieldSpec[] = [
  { id: 8, length: 4 },
  { id: 12, length: 4 },
  { id: 7, length: 2 },
  { id: 11, length: 2 },
  { id: 4, length: 1 },
  { id: 1, length: 4 },
  { id: 2, length: 4 },
  { id: 150, length: 4 },
  { id: 151, length: 4 },
];
const flow = (src: string, sport: number) =>
  dataRecord(FIELDS, [src, '10.9.0.1', sport, 443, 6, 1000, 4, SECS - 5, SECS - 1]);

const udpTo = (exporter: string, port: number, payload: Uint8Array) =>
  exporter.includes(':')
    ? ethernetFrame(
        ETHERTYPE.ipv6,
        ipv6Packet(exporter, '2001:db8::c', 17, udpDatagram(50000, port, payload)),
      )
    : ethernetFrame(
        ETHERTYPE.ipv4,
        ipv4Packet(exporter, '192.0.2.100', 17, udpDatagram(50000, port, payload)),
      );

const v5 = encodeV5({ uptime: 60_000, secs: SECS, seq: 0 }, [
  {
    src: '10.1.0.1',
    dst: '10.9.0.1',
    packets: 3,
    bytes: 300,
    first: 50_000,
    last: 59_000,
    srcPort: 1111,
    dstPort: 80,
    protocol: 6,
  },
]);
const ipfix = encodeIpfix({ exportTime: SECS, seq: 0, domain: 7 }, [
  set(2, [templateRecord(256, FIELDS)]),
  set(256, [flow('10.2.0.1', 2222), flow('10.2.0.2', 2223)]),
]);
const v9 = encodeV9({ uptime: 1, secs: SECS, seq: 0, sourceId: 0 }, [
  set(0, [templateRecord(256, FIELDS)]),
  set(256, [flow('10.3.0.1', 3333)]),
]);
const odd = encodeIpfix({ exportTime: SECS, seq: 0, domain: 1 }, [
  set(2, [templateRecord(256, FIELDS)]),
  set(256, [flow('10.4.0.1', 4444)]),
]);

const capture: CapturedPacket[] = [
  { ts: T0, data: udpTo('192.0.2.1', 2055, v5) },
  { ts: T0 + 1, data: udpTo('192.0.2.2', 4739, ipfix) },
  { ts: T0 + 2, data: udpTo('2001:db8::9', 9995, v9) },
  { ts: T0 + 3, data: udpTo('192.0.2.4', 5000, odd) },
  { ts: T0 + 4, data: udpTo('192.0.2.5', 53, new Uint8Array(30)) },
];

describe('netflow parser: files', () => {
  it('decodes export packets to the collector ports of a pcap, keyed by exporter address', async () => {
    const { records, rejected } = await parseBytes(netflowParser, pcapFile(capture), 'exports.pcap', 100);
    expect(rejected).toEqual({});
    expect(records.map((r) => [r.src, r.srcPort, r.origin])).toEqual([
      ['10.1.0.1', 1111, '192.0.2.1'],
      ['10.2.0.1', 2222, '192.0.2.2'],
      ['10.2.0.2', 2223, '192.0.2.2'],
      ['10.3.0.1', 3333, '2001:db8::9'],
    ]);
    expect(records[0]).toMatchObject({ start: T0 - 10_000, end: T0 - 1_000, packets: 3, bytes: 300 });
    expect(records[1]).toMatchObject({
      start: T0 - 5000,
      end: T0 - 1000,
      packets: 4,
      bytes: 1000,
      dstPort: 443,
    });
  });

  it('decodes every UDP port when asked, from pcapng too', async () => {
    const parser = new NetflowParser({ ports: 'any' });
    const { records } = await parseBytes(parser, pcapngFile(capture, { interfaces: [{ linkType: 1 }] }));
    expect(records.map((r) => r.srcPort)).toEqual([1111, 2222, 2223, 3333, 4444]);
  });

  it('locates problems at their byte offset in the file', async () => {
    const bad = ipfix.slice();
    bad[16 + 3] = 2; // the template set now claims 2 bytes
    const { rejected, stats } = await parseBytes(
      netflowParser,
      pcapFile([{ ts: T0, data: udpTo('192.0.2.2', 4739, bad) }]),
      'x.pcap',
    );
    expect(rejected).toEqual({ 'bad-set-length': 1 });
    // pcap header 24 + record header 16 + Ethernet 14 + IPv4 20 + UDP 8, then 16 into the message.
    expect(stats.rejected.get('bad-set-length')?.samples[0]?.location).toBe(
      `x.pcap@${24 + 16 + 14 + 20 + 8 + 16}`,
    );
  });

  it('counts export packets cut by the capture length', async () => {
    const frame = udpTo('192.0.2.2', 4739, ipfix);
    const { rejected, records } = await parseBytes(
      netflowParser,
      pcapFile([{ ts: T0, data: frame.subarray(0, 60), origLen: frame.length }]),
    );
    expect(records).toEqual([]);
    expect(rejected).toEqual({ 'truncated-packet': 1 });
  });

  it('reads an IPFIX file (RFC 5655): messages back to back, in any chunking', async () => {
    const second = encodeIpfix({ exportTime: SECS + 1, seq: 2, domain: 7 }, [
      set(256, [flow('10.2.0.3', 2224)]),
    ]);
    const file = Uint8Array.from([...ipfix, ...second]);
    for (const chunk of [1, 7, 4096]) {
      const { records, rejected } = await parseBytes(netflowParser, file, 'flows.ipfix', chunk);
      expect(rejected).toEqual({});
      expect(records.map((r) => [r.srcPort, r.origin])).toEqual([
        [2222, 'flows.ipfix'],
        [2223, 'flows.ipfix'],
        [2224, 'flows.ipfix'],
      ]);
    }
    const cut = await parseBytes(netflowParser, file.subarray(0, file.length - 5), 'flows.ipfix');
    expect(cut.rejected).toEqual({ 'truncated-file': 1 });
    expect(cut.records).toHaveLength(2);
  });

  it('refuses input that is neither a capture nor IPFIX', async () => {
    const { rejected } = await parseBytes(netflowParser, new TextEncoder().encode('version,count\n5,1\n'));
    expect(rejected).toEqual({ 'unknown-format': 1 });
  });

  it('sniffs captures of export traffic and IPFIX files; the pcap parser takes other captures', () => {
    const exports = pcapFile(capture).subarray(0, 1024);
    const web = pcapFile([{ ts: T0, data: udpTo('192.0.2.5', 53, new Uint8Array(30)) }]);
    expect(netflowParser.sniff(exports, 'a.pcap')).toBe(true);
    expect(pcapParser.sniff(exports, 'a.pcap')).toBe(false);
    expect(netflowParser.sniff(web, 'b.pcap')).toBe(false);
    expect(pcapParser.sniff(web, 'b.pcap')).toBe(true);
    expect(netflowParser.sniff(ipfix, 'c.ipfix')).toBe(true);
    expect(netflowParser.sniff(new TextEncoder().encode('{"a":1}'), 'd.json')).toBe(false);
  });
});

// Real exports from softflowd with nfdump's decoding (see shared/reference/flows/netflow-softflowd/README.md).
const REF = fileURLToPath(
  new URL('../../../../../shared/reference/flows/netflow-softflowd/', import.meta.url),
);
const TWO32 = 2 ** 32;

function nfdumpCsv(path: string) {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const cols = (head ?? '').split(',');
  const proto: Record<string, number> = { TCP: 6, UDP: 17, ICMP: 1, ICMP6: 58 };
  return lines.map((line) => {
    const v = Object.fromEntries(line.split(',').map((x, k) => [cols[k], x.trim()]));
    const time = (s: string | undefined) => Date.parse(`${(s ?? '').replace(' ', 'T')}Z`);
    return {
      src: v.sa,
      dst: v.da,
      srcPort: Number(v.sp),
      dstPort: Number(v.dp),
      protocol: proto[v.pr ?? ''] ?? Number(v.pr),
      packets: Number(v.ipkt),
      bytes: Number(v.ibyt),
      tcpFlags: v.flg ?? '',
      start: time(v.ts),
      end: time(v.te),
    };
  });
}

/** nfdump's flag text (`...AP.SF`: CWR ECE URG ACK PSH RST SYN FIN) as bits. */
function flagBits(text: string): number {
  let bits = 0;
  for (let k = 0; k < 8; k++) if (text[k] !== '.') bits |= 1 << (7 - k);
  return bits;
}

async function decodeRef(version: number) {
  const path = `${REF}softflowd-v${version}.pcap`;
  return parseBytes(new NetflowParser({ ports: 'any' }), readFileSync(path), path);
}

describe.skipIf(!existsSync(REF))('netflow parser: softflowd exports against nfdump', () => {
  // softflowd reading a pcap stamps flows before its own boot, so v9 / IPFIX sysUpTime values sit just below
  // 2^32. nfdump reads them as 49.7 days after the export packet; Verity as the previous lap of the 32-bit
  // clock, i.e. seconds before the export, which is when the traffic was captured. So nfdump's times are ours
  // plus 2^32 ms for v9 and IPFIX (v5 agrees as is). nfdump prints whole seconds, and is 1 ms under in places.
  const lap = (version: number) => (version === 5 ? 0 : TWO32);
  const near = (ours: number, theirs: number) => ours - theirs >= -1 && ours - theirs <= 1000;

  for (const version of [5, 9, 10]) {
    it(`NetFlow ${version === 10 ? 'IPFIX' : `v${version}`}: every record as nfdump has it`, async () => {
      const expected = nfdumpCsv(`${REF}softflowd-v${version}.nfdump.csv`);
      const { records, rejected, stats } = await decodeRef(version);
      expect(rejected).toEqual({});
      expect(records).toHaveLength(expected.length);
      expect(stats.accepted).toBe(expected.length);
      records.forEach((r: FlowRecord, k) => {
        const e = expected[k];
        if (!e) throw new Error(`no nfdump row ${k}`);
        const icmp = e.protocol === 1 || e.protocol === 58;
        expect({ ...r, dstPort: icmp && version === 9 ? 0 : r.dstPort }, `record ${k}`).toMatchObject({
          src: e.src,
          dst: e.dst,
          srcPort: e.srcPort,
          // nfdump leaves v9's icmpTypeCodeIPv6 out of the port; IPFIX and Verity put type * 256 + code there.
          dstPort: e.dstPort,
          protocol: e.protocol,
          packets: e.packets,
          bytes: e.bytes,
          tcpFlags: flagBits(e.tcpFlags),
        });
        // For IPFIX records lasting about a second nfdump prints the end before the start; compare sorted.
        const [start, end] = e.start <= e.end ? [e.start, e.end] : [e.end, e.start];
        expect(near(r.start + lap(version), start), `record ${k} start`).toBe(true);
        expect(near(r.end + lap(version), end), `record ${k} end`).toBe(true);
        expect(r.origin).toBe('127.0.0.1');
      });
    });
  }

  it('IPFIX flow times fall inside the capture the flows were metered from', async () => {
    const { records } = await decodeRef(10);
    const traffic = await parseBytes(pcapParser, readFileSync(`${REF}traffic.pcap`), 'traffic.pcap');
    const first = Math.min(...traffic.records.map((r) => r.start));
    const last = Math.max(...traffic.records.map((r) => r.end));
    for (const r of records) {
      expect(r.start).toBeGreaterThanOrEqual(Math.floor(first));
      expect(r.end).toBeLessThanOrEqual(Math.ceil(last));
    }
  });
});
