/**
 * Conformance cases for the `pcap` parser: capture files built byte by byte (pcap in both byte orders and
 * resolutions, pcapng), whose packets the flow meter must turn into the two-way flows worked out here.
 */
import { TCP } from '../../batch.js';
import type { ConformanceCase } from '../types.js';
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
  sllFrame,
  tcpSegment,
  udpDatagram,
} from './writer.js';

const T = 1_700_000_000_000;

const tcp = (src: string, dst: string, sp: number, dp: number, flags: number, data = 0) =>
  ethernetFrame(ETHERTYPE.ipv4, ipv4Packet(src, dst, 6, tcpSegment(sp, dp, flags, new Uint8Array(data))));

/** A whole TCP connection: handshake, 200 bytes each way, FIN from both sides, last ACK (9 packets). */
function connection(t: number, vlan: number[] = []): CapturedPacket[] {
  const c = '192.168.1.10';
  const s = '192.168.1.20';
  const f = (src: string, dst: string, sp: number, dp: number, flags: number, data = 0) =>
    vlan.length > 0
      ? ethernetFrame(
          ETHERTYPE.ipv4,
          ipv4Packet(src, dst, 6, tcpSegment(sp, dp, flags, new Uint8Array(data))),
          vlan,
        )
      : tcp(src, dst, sp, dp, flags, data);
  const { SYN, ACK, PSH, FIN } = TCP;
  return [
    { ts: t, data: f(c, s, 51000, 443, SYN) },
    { ts: t + 10, data: f(s, c, 443, 51000, SYN | ACK) },
    { ts: t + 11, data: f(c, s, 51000, 443, ACK) },
    { ts: t + 12, data: f(c, s, 51000, 443, PSH | ACK, 200) },
    { ts: t + 30, data: f(s, c, 443, 51000, PSH | ACK, 200) },
    { ts: t + 31, data: f(c, s, 51000, 443, ACK) },
    { ts: t + 40, data: f(c, s, 51000, 443, FIN | ACK) },
    { ts: t + 50, data: f(s, c, 443, 51000, FIN | ACK) },
    { ts: t + 51, data: f(c, s, 51000, 443, ACK) },
  ];
}

const connectionFlow = (t: number) => ({
  src: '192.168.1.10',
  dst: '192.168.1.20',
  srcPort: 51000,
  dstPort: 443,
  protocol: 6,
  packets: 9,
  bytes: 9 * 40 + 2 * 200,
  tcpFlags: TCP.SYN | TCP.ACK | TCP.PSH | TCP.FIN,
  start: t,
  end: t + 51,
});

export const cases: ConformanceCase[] = [
  {
    name: 'pcap (little-endian, µs): a TCP connection is one two-way flow from the client',
    input: () => pcapFile(connection(T)),
    expected: [connectionFlow(T)],
  },
  {
    name: 'pcap (big-endian, ns): two connections on one 5-tuple, the second opened after the first closed',
    input: () =>
      pcapFile([...connection(T), ...connection(T + 1000)], { littleEndian: false, nanoseconds: true }),
    expected: [connectionFlow(T), connectionFlow(T + 1000)],
  },
  {
    name: 'pcapng (big-endian): 802.1Q tagged connection, interface named',
    input: () =>
      pcapngFile(connection(T, [10]), {
        littleEndian: false,
        interfaces: [{ linkType: LINKTYPE.ethernet, name: 'vlan-trunk' }],
      }),
    expected: [{ ...connectionFlow(T), iface: 'vlan-trunk' }],
  },
  {
    name: 'pcapng: IPv6 UDP both ways on a nanosecond interface, idle gap of 20 s splits it',
    input: () => {
      const a = '2001:db8:0:1::5';
      const b = '2001:db8:0:2::53';
      const udp = (src: string, dst: string, sp: number, dp: number) =>
        ipv6Packet(src, dst, 17, udpDatagram(sp, dp, new Uint8Array(32)));
      return pcapngFile(
        [
          { ts: T, data: udp(a, b, 40001, 53) },
          { ts: T + 2, data: udp(b, a, 53, 40001) },
          { ts: T + 20_002, data: udp(a, b, 40001, 53) },
        ],
        { interfaces: [{ linkType: LINKTYPE.raw, tsresol: 9 }] },
      );
    },
    expected: [
      {
        src: '2001:db8:0:1::5',
        dst: '2001:db8:0:2::53',
        srcPort: 40001,
        dstPort: 53,
        protocol: 17,
        packets: 2,
        bytes: 160,
        start: T,
        end: T + 2,
      },
      { src: '2001:db8:0:1::5', packets: 1, bytes: 80, start: T + 20_002, end: T + 20_002 },
    ],
  },
  {
    name: 'Linux cooked capture: ICMP echo request and reply meet; ARP is not IP',
    input: () =>
      pcapFile(
        [
          {
            ts: T,
            data: sllFrame(
              ETHERTYPE.ipv4,
              ipv4Packet('10.0.0.1', '10.0.0.2', 1, icmpMessage(8, 0, new Uint8Array(60))),
            ),
          },
          {
            ts: T + 1,
            data: sllFrame(
              ETHERTYPE.ipv4,
              ipv4Packet('10.0.0.2', '10.0.0.1', 1, icmpMessage(0, 0, new Uint8Array(60))),
            ),
          },
          { ts: T + 2, data: sllFrame(ETHERTYPE.arp, new Uint8Array(28)) },
        ],
        { linkType: LINKTYPE.linuxSll },
      ),
    expected: [
      {
        src: '10.0.0.1',
        dst: '10.0.0.2',
        protocol: 1,
        srcPort: 0,
        dstPort: 0x0800,
        packets: 2,
        bytes: 168,
        start: T,
        end: T + 1,
      },
    ],
    rejected: { 'not-ip': 1 },
  },
  {
    name: 'pcap cut in the middle of a record: the packets before it still count',
    input: () => {
      const file = pcapFile([
        { ts: T, data: tcp('10.9.0.1', '10.9.0.2', 1000, 80, TCP.SYN) },
        { ts: T + 5, data: tcp('10.9.0.1', '10.9.0.2', 1000, 80, TCP.SYN) },
      ]);
      return file.subarray(0, file.length - 10);
    },
    expected: [
      { src: '10.9.0.1', dst: '10.9.0.2', packets: 1, bytes: 40, tcpFlags: TCP.SYN, start: T, end: T },
    ],
    rejected: { 'truncated-file': 1 },
  },
];
