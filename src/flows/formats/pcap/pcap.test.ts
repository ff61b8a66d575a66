import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParseStats, TCP } from '../../batch.js';
import { decodeFrame, FRAME, PacketInfo } from './packet.js';
import { PcapParser, pcapParser } from './parser.js';
import { type CaptureInterface, CaptureReader } from './reader.js';
import { parseBytes } from './testing.js';
import {
  type CapturedPacket,
  ETHERTYPE,
  ethernetFrame,
  icmpMessage,
  ipv4Packet,
  ipv6Packet,
  LINKTYPE,
  pcapFile,
  pcapngFile,
  sll2Frame,
  sllFrame,
  tcpSegment,
  udpDatagram,
} from './writer.js';

const T0 = 1_700_000_000_000;
const CLIENT = '10.0.0.1';
const SERVER = '10.0.0.2';

const tcp4 = (src: string, dst: string, sp: number, dp: number, flags: number, payload = 0) =>
  ethernetFrame(ETHERTYPE.ipv4, ipv4Packet(src, dst, 6, tcpSegment(sp, dp, flags, new Uint8Array(payload))));
const udp4 = (src: string, dst: string, sp: number, dp: number, payload = 10) =>
  ethernetFrame(ETHERTYPE.ipv4, ipv4Packet(src, dst, 17, udpDatagram(sp, dp, new Uint8Array(payload))));

/** Reads a file with the reader alone, returning (timestamp, frame length, link type) per packet. */
function readAll(bytes: Uint8Array, chunk = bytes.length) {
  const stats = new ParseStats();
  const seen: {
    ts: number;
    len: number;
    orig: number;
    link: number;
    name: string | undefined;
    offset: number;
  }[] = [];
  const r = new CaptureReader('f', stats, (iface: CaptureInterface, ts, data, orig, offset) =>
    seen.push({ ts, len: data.length, orig, link: iface.linkType, name: iface.name, offset }),
  );
  for (let k = 0; k < bytes.length; k += chunk) r.push(bytes.subarray(k, k + chunk));
  r.end();
  return { seen, stats, rejected: Object.fromEntries([...stats.rejected].map(([k, e]) => [k, e.count])) };
}

describe('capture reader', () => {
  const packets: CapturedPacket[] = [
    { ts: T0 + 0.123, data: udp4(CLIENT, SERVER, 1000, 53) },
    { ts: T0 + 1500.5, data: udp4(SERVER, CLIENT, 53, 1000, 30), origLen: 2000 },
  ];

  for (const littleEndian of [true, false]) {
    for (const nanoseconds of [false, true]) {
      it(`reads classic pcap, ${littleEndian ? 'little' : 'big'}-endian, ${nanoseconds ? 'ns' : 'µs'}`, () => {
        const file = pcapFile(packets, { littleEndian, nanoseconds });
        const { seen, rejected } = readAll(file, 7);
        expect(rejected).toEqual({});
        expect(seen.map((p) => [p.len, p.orig, p.link])).toEqual([
          [packets[0]?.data.length, packets[0]?.data.length, 1],
          [packets[1]?.data.length, 2000, 1],
        ]);
        expect(seen[0]?.ts).toBeCloseTo(T0 + 0.123, 6);
        expect(seen[1]?.ts).toBeCloseTo(T0 + 1500.5, 6);
        expect(seen[0]?.offset).toBe(24 + 16);
      });
    }
  }

  for (const littleEndian of [true, false]) {
    it(`reads pcapng, ${littleEndian ? 'little' : 'big'}-endian: interfaces, resolutions, EPB and SPB`, () => {
      const v6 = ipv6Packet('2001:db8::1', '2001:db8::2', 17, udpDatagram(5000, 53, new Uint8Array(4)));
      const file = pcapngFile(
        [
          { ts: T0 + 1, data: udp4(CLIENT, SERVER, 1000, 53), iface: 0 },
          { ts: T0 + 2.000001, data: v6, iface: 1 },
          { ts: 0, data: udp4(CLIENT, SERVER, 1000, 53), simple: true },
        ],
        {
          littleEndian,
          interfaces: [
            { linkType: LINKTYPE.ethernet, name: 'eth0' },
            { linkType: LINKTYPE.raw, tsresol: 9 },
          ],
        },
      );
      const { seen, rejected } = readAll(file, 5);
      expect(rejected).toEqual({});
      expect(seen.map((p) => [p.link, p.name])).toEqual([
        [1, 'eth0'],
        [101, undefined],
        [1, 'eth0'],
      ]);
      expect(seen[0]?.ts).toBeCloseTo(T0 + 1, 3);
      expect(seen[1]?.ts).toBeCloseTo(T0 + 2.000001, 3);
      expect(seen[2]?.ts).toBeNaN();
    });
  }

  it('counts a truncated end, an absurd record length and a non-capture', () => {
    const file = pcapFile([{ ts: T0, data: udp4(CLIENT, SERVER, 1, 2) }]);
    expect(readAll(file.subarray(0, file.length - 3)).rejected).toEqual({ 'truncated-file': 1 });
    const bad = file.slice();
    new DataView(bad.buffer).setUint32(24 + 8, 0x7fffffff, true);
    expect(readAll(bad).rejected).toEqual({ 'corrupt-record': 1 });
    expect(readAll(new TextEncoder().encode('hello, world')).rejected).toEqual({ 'not-a-capture': 1 });
    const ng = pcapngFile([{ ts: T0, data: udp4(CLIENT, SERVER, 1, 2) }], { interfaces: [{ linkType: 1 }] });
    const badNg = ng.slice();
    new DataView(badNg.buffer).setUint32(4, 13, true);
    expect(readAll(badNg).rejected).toEqual({ 'corrupt-block': 1 });
  });
});

describe('frame decoding', () => {
  const payload = tcpSegment(40000, 443, TCP.SYN);
  const v4 = ipv4Packet(CLIENT, SERVER, 6, payload);

  const cases: [string, number, Uint8Array][] = [
    ['Ethernet', LINKTYPE.ethernet, ethernetFrame(ETHERTYPE.ipv4, v4)],
    ['802.1Q', LINKTYPE.ethernet, ethernetFrame(ETHERTYPE.ipv4, v4, [42])],
    ['802.1ad + 802.1Q', LINKTYPE.ethernet, ethernetFrame(ETHERTYPE.ipv4, v4, [100, 42])],
    ['raw IP', LINKTYPE.raw, v4],
    ['raw IPv4', LINKTYPE.ipv4, v4],
    ['Linux SLL', LINKTYPE.linuxSll, sllFrame(ETHERTYPE.ipv4, v4)],
    ['Linux SLL2', LINKTYPE.linuxSll2, sll2Frame(ETHERTYPE.ipv4, v4)],
    ['BSD loopback', LINKTYPE.null, Uint8Array.from([2, 0, 0, 0, ...v4])],
  ];
  for (const [name, link, frame] of cases) {
    it(`reads IPv4 / TCP over ${name}`, () => {
      const info = new PacketInfo();
      expect(decodeFrame(link, frame, info)).toBe(FRAME.ok);
      expect([
        info.family,
        info.src4,
        info.dst4,
        info.protocol,
        info.srcPort,
        info.dstPort,
        info.tcpFlags,
      ]).toEqual([4, 0x0a000001, 0x0a000002, 6, 40000, 443, TCP.SYN]);
      expect(info.ipLength).toBe(40);
      if (name.includes('802.1Q')) expect(info.vlan).toBe(42);
    });
  }

  it('skips IPv6 extension headers (hop-by-hop, destination options, fragment, AH)', () => {
    const info = new PacketInfo();
    const pkt = ipv6Packet('2001:db8::1', '2001:db8::2', 6, payload, [
      { type: 0 },
      { type: 60, body: new Uint8Array(14) },
      { type: 44 },
      { type: 51, body: new Uint8Array(10) },
    ]);
    expect(decodeFrame(LINKTYPE.ethernet, ethernetFrame(ETHERTYPE.ipv6, pkt), info)).toBe(FRAME.ok);
    expect([info.family, info.protocol, info.srcPort, info.dstPort, info.fragment]).toEqual([
      6,
      6,
      40000,
      443,
      false,
    ]);
    expect(info.ipLength).toBe(pkt.length);
  });

  it('marks later fragments, ignores Ethernet padding, and tells non-IP and cut frames apart', () => {
    const info = new PacketInfo();
    const frag = ipv4Packet(CLIENT, SERVER, 17, new Uint8Array(16), { fragmentOffset: 185 });
    expect(decodeFrame(LINKTYPE.raw, frag, info)).toBe(FRAME.ok);
    expect([info.fragment, info.srcPort, info.dstPort]).toEqual([true, 0, 0]);
    const padded = ethernetFrame(
      ETHERTYPE.ipv4,
      Uint8Array.from([
        ...ipv4Packet(CLIENT, SERVER, 17, udpDatagram(1, 2, new Uint8Array(0))),
        0,
        0,
        0,
        0,
        0,
        0,
      ]),
    );
    expect(decodeFrame(LINKTYPE.ethernet, padded, info)).toBe(FRAME.ok);
    expect([info.ipLength, info.payloadLength]).toEqual([28, 0]);
    expect(decodeFrame(LINKTYPE.ethernet, ethernetFrame(ETHERTYPE.arp, new Uint8Array(28)), info)).toBe(
      FRAME.notIp,
    );
    expect(decodeFrame(LINKTYPE.ethernet, ethernetFrame(ETHERTYPE.ipv4, v4).subarray(0, 40), info)).toBe(
      FRAME.truncated,
    );
    expect(decodeFrame(147, v4, info)).toBe(FRAME.unsupportedLink);
  });
});

describe('pcap flow parser', () => {
  /** Client SYN, server SYN+ACK, ACK, 100 bytes of data, ACK, FIN from each side, final ACK. */
  const handshake = (t: number, cport = 40000): CapturedPacket[] => [
    { ts: t, data: tcp4(CLIENT, SERVER, cport, 80, TCP.SYN) },
    { ts: t + 1, data: tcp4(SERVER, CLIENT, 80, cport, TCP.SYN | TCP.ACK) },
    { ts: t + 2, data: tcp4(CLIENT, SERVER, cport, 80, TCP.ACK) },
    { ts: t + 3, data: tcp4(CLIENT, SERVER, cport, 80, TCP.PSH | TCP.ACK, 100) },
    { ts: t + 4, data: tcp4(SERVER, CLIENT, 80, cport, TCP.ACK) },
    { ts: t + 5, data: tcp4(CLIENT, SERVER, cport, 80, TCP.FIN | TCP.ACK) },
    { ts: t + 6, data: tcp4(SERVER, CLIENT, 80, cport, TCP.FIN | TCP.ACK) },
    { ts: t + 7, data: tcp4(CLIENT, SERVER, cport, 80, TCP.ACK) },
  ];

  it('turns a TCP handshake, data and FINs into one bidirectional flow', async () => {
    const { records, rejected, stats } = await parseBytes(pcapParser, pcapFile(handshake(T0)), 'h.pcap', 13);
    expect(rejected).toEqual({});
    expect(stats.records).toBe(8);
    expect(records).toEqual([
      expect.objectContaining({
        src: CLIENT,
        dst: SERVER,
        srcPort: 40000,
        dstPort: 80,
        protocol: 6,
        packets: 8,
        bytes: 7 * 40 + 140,
        tcpFlags: TCP.SYN | TCP.ACK | TCP.PSH | TCP.FIN,
        start: T0,
        end: T0 + 7,
        origin: 'h.pcap',
      }),
    ]);
  });

  it('starts a new flow on a SYN after the close, and after a RST', async () => {
    const again = handshake(T0 + 10);
    const rst: CapturedPacket[] = [
      { ts: T0 + 20, data: tcp4(CLIENT, SERVER, 40000, 80, TCP.SYN) },
      { ts: T0 + 21, data: tcp4(SERVER, CLIENT, 80, 40000, TCP.RST | TCP.ACK) },
      { ts: T0 + 22, data: tcp4(CLIENT, SERVER, 40000, 80, TCP.SYN) },
    ];
    const { records } = await parseBytes(pcapParser, pcapFile([...handshake(T0), ...again, ...rst]));
    expect(records.map((r) => [r.start - T0, r.end - T0, r.packets, r.tcpFlags])).toEqual([
      [0, 7, 8, 0x1b],
      [10, 17, 8, 0x1b],
      [20, 21, 2, TCP.SYN | TCP.RST | TCP.ACK],
      [22, 22, 1, TCP.SYN],
    ]);
  });

  it('makes the SYN+ACK sender the responder when the capture starts mid-handshake', async () => {
    const { records } = await parseBytes(pcapParser, pcapFile(handshake(T0).slice(1)));
    expect(records[0]).toMatchObject({ src: CLIENT, srcPort: 40000, dst: SERVER, dstPort: 80, packets: 7 });
  });

  it('splits flows on the idle timeout (default 15 s, configurable)', async () => {
    const pkts: CapturedPacket[] = [0, 1000, 15_500, 31_000].map((dt) => ({
      ts: T0 + dt,
      data: udp4(CLIENT, SERVER, 5000, 53),
    }));
    const def = await parseBytes(pcapParser, pcapFile(pkts));
    expect(def.records.map((r) => [r.start - T0, r.end - T0, r.packets])).toEqual([
      [0, 15_500, 3],
      [31_000, 31_000, 1],
    ]);
    const short = await parseBytes(new PcapParser({ idleTimeoutMs: 5000 }), pcapFile(pkts));
    expect(short.records.map((r) => r.packets)).toEqual([2, 1, 1]);
  });

  it('cuts long flows at the active timeout and keeps the initiator', async () => {
    const pkts: CapturedPacket[] = [];
    for (let s = 0; s <= 70; s += 5) {
      // The client opens; the cuts at 30 s and 60 s fall on server packets.
      const fromClient = s === 0 || s % 10 === 5;
      pkts.push({
        ts: T0 + s * 1000,
        data: fromClient ? udp4(CLIENT, SERVER, 5000, 53) : udp4(SERVER, CLIENT, 53, 5000),
      });
    }
    const { records } = await parseBytes(new PcapParser({ activeTimeoutMs: 30_000 }), pcapFile(pkts));
    expect(records.map((r) => [r.src, r.start - T0, r.packets])).toEqual([
      [CLIENT, 0, 6],
      [CLIENT, 30_000, 6],
      [CLIENT, 60_000, 3],
    ]);
  });

  it('meets both directions of IPv6 UDP and ICMP echo in one flow each', async () => {
    const a = '2001:db8::10';
    const b = '2001:db8::20';
    const v6udp = (s: string, d: string, sp: number, dp: number) =>
      ethernetFrame(ETHERTYPE.ipv6, ipv6Packet(s, d, 17, udpDatagram(sp, dp, new Uint8Array(12))));
    const echo = (s: string, d: string, type: number) =>
      ethernetFrame(ETHERTYPE.ipv4, ipv4Packet(s, d, 1, icmpMessage(type, 0, new Uint8Array(36))));
    const { records } = await parseBytes(
      pcapParser,
      pcapFile([
        { ts: T0, data: v6udp(b, a, 6000, 53) },
        { ts: T0 + 1, data: v6udp(a, b, 53, 6000) },
        { ts: T0 + 2, data: echo(SERVER, CLIENT, 8) },
        { ts: T0 + 3, data: echo(CLIENT, SERVER, 0) },
      ]),
    );
    expect(records).toEqual([
      expect.objectContaining({
        src: b,
        dst: a,
        srcPort: 6000,
        dstPort: 53,
        protocol: 17,
        packets: 2,
        bytes: 2 * 60,
      }),
      expect.objectContaining({
        src: SERVER,
        dst: CLIENT,
        srcPort: 0,
        dstPort: 0x0800,
        protocol: 1,
        packets: 2,
        bytes: 2 * 60,
      }),
    ]);
  });

  it('reads pcapng with VLAN-tagged and SLL2 interfaces, naming the interface', async () => {
    const file = pcapngFile(
      [
        {
          ts: T0,
          data: ethernetFrame(
            ETHERTYPE.ipv4,
            ipv4Packet(CLIENT, SERVER, 17, udpDatagram(1, 2, new Uint8Array(2))),
            [7],
          ),
          iface: 0,
        },
        {
          ts: T0 + 1,
          data: sll2Frame(
            ETHERTYPE.ipv4,
            ipv4Packet(SERVER, CLIENT, 17, udpDatagram(2, 1, new Uint8Array(2))),
          ),
          iface: 1,
        },
      ],
      {
        littleEndian: false,
        interfaces: [
          { linkType: LINKTYPE.ethernet, name: 'trunk0' },
          { linkType: LINKTYPE.linuxSll2, name: 'any' },
        ],
      },
    );
    const { records } = await parseBytes(pcapParser, file);
    expect(records).toEqual([
      expect.objectContaining({ src: CLIENT, packets: 2, bytes: 60, iface: 'trunk0' }),
    ]);
  });

  it('counts frames it cannot use and gives the same flows whatever the chunk size', async () => {
    const pkts = [
      ...handshake(T0),
      { ts: T0 + 8, data: ethernetFrame(ETHERTYPE.arp, new Uint8Array(28)) },
      { ts: T0 + 9, data: tcp4(CLIENT, SERVER, 1, 2, TCP.SYN).subarray(0, 30) },
    ];
    const whole = await parseBytes(pcapParser, pcapFile(pkts));
    expect(whole.rejected).toEqual({ 'not-ip': 1, 'truncated-packet': 1 });
    expect(whole.stats.records).toBe(10);
    expect(whole.stats.accepted).toBe(1);
    const sample = whole.stats.rejected.get('not-ip')?.samples[0];
    expect(sample?.location).toMatch(/^input@\d+$/);
    for (const chunk of [1, 3, 64]) {
      expect((await parseBytes(pcapParser, pcapFile(pkts), 'input', chunk)).records).toEqual(whole.records);
    }
  });

  it('sniffs pcap and pcapng but not text', () => {
    const pkts = handshake(T0);
    expect(pcapParser.sniff(pcapFile(pkts).subarray(0, 1024), 'x.pcap')).toBe(true);
    expect(pcapParser.sniff(pcapngFile(pkts, { interfaces: [{ linkType: 1 }] }).subarray(0, 1024), 'x')).toBe(
      true,
    );
    expect(pcapParser.sniff(new TextEncoder().encode('ts,src,dst\n'), 'x.csv')).toBe(false);
  });
});

// The raw traffic behind the softflowd exports, with nfdump's decoding of those exports (unidirectional flows).
const REF = fileURLToPath(
  new URL('../../../../../shared/reference/flows/netflow-softflowd/', import.meta.url),
);

describe.skipIf(!existsSync(REF))('pcap flow parser: traffic.pcap against softflowd / nfdump', () => {
  const csv = (name: string) => {
    const [head, ...lines] = readFileSync(`${REF}${name}`, 'utf8').trim().split('\n');
    const cols = (head ?? '').split(',');
    return lines.map(
      (l) => Object.fromEntries(l.split(',').map((x, k) => [cols[k], x.trim()])) as Record<string, string>,
    );
  };

  it('meters the same packets and bytes, each pair of one-way flows as one two-way flow', async () => {
    const { records, rejected } = await parseBytes(
      pcapParser,
      readFileSync(`${REF}traffic.pcap`),
      'traffic.pcap',
      4096,
    );
    expect(rejected).toEqual({ 'not-ip': 2 }); // two ARP frames
    const v9 = csv('softflowd-v9.nfdump.csv');
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(records.map((r) => r.packets))).toBe(sum(v9.map((r) => Number(r.ipkt))));
    expect(sum(records.map((r) => r.bytes))).toBe(sum(v9.map((r) => Number(r.ibyt))));
    const byProto = (p: number) => records.filter((r) => r.protocol === p).length;
    expect([byProto(6), byProto(17), byProto(58)]).toEqual([50, 40, 6]);

    // Every IPv4 TCP / UDP flow is the sum of nfdump's two v5 rows (one per direction), from the client.
    const v5 = csv('softflowd-v5.nfdump.csv');
    const ipv4 = records.filter((r) => !r.src.includes(':') && r.protocol !== 1);
    expect(ipv4).toHaveLength(v5.length / 2);
    for (const r of ipv4) {
      const fwd = v5.find(
        (x) => x.sa === r.src && x.da === r.dst && Number(x.sp) === r.srcPort && Number(x.dp) === r.dstPort,
      );
      const rev = v5.find(
        (x) => x.sa === r.dst && x.da === r.src && Number(x.sp) === r.dstPort && Number(x.dp) === r.srcPort,
      );
      expect(fwd && rev, `${r.src}:${r.srcPort} -> ${r.dst}:${r.dstPort}`).toBeTruthy();
      expect([r.src, r.dstPort]).toEqual(['10.252.3.1', r.protocol === 6 ? 8000 : 5353]);
      expect(r.packets).toBe(Number(fwd?.ipkt) + Number(rev?.ipkt));
      expect(r.bytes).toBe(Number(fwd?.ibyt) + Number(rev?.ibyt));
    }
  });
});
