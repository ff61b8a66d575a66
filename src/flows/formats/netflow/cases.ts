/**
 * Conformance cases for the `netflow` parser: export packets built from RFC 3954 / RFC 7011 and the v5 record
 * layout, inside pcap captures (UDP to the collector ports) or an RFC 5655 IPFIX file. Expected values are
 * worked out from the specifications: times from the header clocks, counters times the sampling rate.
 */
import {
  type CapturedPacket,
  ETHERTYPE,
  ethernetFrame,
  ipv4Packet,
  pcapFile,
  pcapngFile,
  udpDatagram,
} from '../pcap/writer.js';
import type { ConformanceCase } from '../types.js';
import {
  dataRecord,
  encodeIpfix,
  encodeV5,
  encodeV9,
  type FieldSpec,
  ipfixOptionsTemplateRecord,
  set,
  templateRecord,
  v9OptionsTemplateRecord,
} from './writer.js';

const SECS = 1_700_000_000;
const T = SECS * 1000;

function exportCapture(exporter: string, port: number, payloads: readonly Uint8Array[]): Uint8Array {
  const packets: CapturedPacket[] = payloads.map((p, k) => ({
    ts: T + k,
    data: ethernetFrame(ETHERTYPE.ipv4, ipv4Packet(exporter, '192.0.2.250', 17, udpDatagram(40000, port, p))),
  }));
  return pcapFile(packets);
}

const FLOW: FieldSpec[] = [
  { id: 8, length: 4 },
  { id: 12, length: 4 },
  { id: 7, length: 2 },
  { id: 11, length: 2 },
  { id: 4, length: 1 },
  { id: 6, length: 1 },
  { id: 1, length: 4 },
  { id: 2, length: 4 },
  { id: 22, length: 4 },
  { id: 21, length: 4 },
  { id: 10, length: 4 },
  { id: 89, length: 1 },
];

export const cases: ConformanceCase[] = [
  {
    name: 'NetFlow v5: header clock, records, sampling interval',
    input: () =>
      exportCapture('192.0.2.1', 2055, [
        encodeV5({ uptime: 3_600_000, secs: SECS, nsecs: 250_000_000, seq: 1000, sampling: (1 << 14) | 10 }, [
          {
            src: '10.0.0.1',
            dst: '10.0.0.2',
            input: 2,
            packets: 5,
            bytes: 420,
            first: 3_590_000,
            last: 3_599_000,
            srcPort: 49152,
            dstPort: 443,
            tcpFlags: 0x1b,
            protocol: 6,
          },
          {
            src: '10.0.0.3',
            dst: '10.0.0.4',
            packets: 1,
            bytes: 84,
            first: 3_600_000,
            last: 3_600_000,
            srcPort: 0,
            dstPort: 0x0800,
            protocol: 1,
          },
        ]),
      ]),
    expected: [
      {
        src: '10.0.0.1',
        dst: '10.0.0.2',
        srcPort: 49152,
        dstPort: 443,
        protocol: 6,
        packets: 50,
        bytes: 4200,
        tcpFlags: 0x1b,
        start: T + 250 - 10_000,
        end: T + 250 - 1_000,
        iface: '2',
        origin: '192.0.2.1',
      },
      {
        src: '10.0.0.3',
        dst: '10.0.0.4',
        protocol: 1,
        dstPort: 0x0800,
        packets: 10,
        bytes: 840,
        start: T + 250,
        end: T + 250,
      },
    ],
  },
  {
    name: 'NetFlow v9: template FlowSet, data FlowSet with padding, forwarding status',
    input: () =>
      exportCapture('192.0.2.2', 9995, [
        encodeV9({ uptime: 100_000, secs: SECS, seq: 1, sourceId: 3 }, [
          set(0, [templateRecord(256, FLOW)]),
          set(
            256,
            [
              dataRecord(FLOW, ['10.1.0.1', '10.1.0.2', 5000, 53, 17, 0, 120, 2, 95_000, 99_500, 4, 0x40]),
              dataRecord(FLOW, ['10.1.0.3', '10.1.0.2', 6000, 22, 6, 0x02, 60, 1, 99_000, 99_000, 4, 0x81]),
            ],
            2,
          ),
        ]),
      ]),
    expected: [
      {
        src: '10.1.0.1',
        dst: '10.1.0.2',
        srcPort: 5000,
        dstPort: 53,
        protocol: 17,
        bytes: 120,
        packets: 2,
        start: T - 5000,
        end: T - 500,
        iface: '4',
        action: 'accept',
        origin: '192.0.2.2',
      },
      {
        src: '10.1.0.3',
        srcPort: 6000,
        dstPort: 22,
        tcpFlags: 0x02,
        bytes: 60,
        packets: 1,
        start: T - 1000,
        end: T - 1000,
        action: 'reject',
      },
    ],
  },
  {
    name: 'NetFlow v9: sampler options record scales the flows that name the sampler',
    input: () => {
      const scope: FieldSpec[] = [{ id: 1, length: 4 }];
      const opts: FieldSpec[] = [
        { id: 48, length: 2 },
        { id: 50, length: 4 },
      ];
      const fields: FieldSpec[] = [...FLOW, { id: 48, length: 2 }];
      return exportCapture('192.0.2.3', 2055, [
        encodeV9({ uptime: 100_000, secs: SECS, seq: 7, sourceId: 0 }, [
          set(1, [v9OptionsTemplateRecord(257, scope, opts)], 2),
          set(257, [dataRecord([...scope, ...opts], [0, 3, 512])], 2),
          set(0, [templateRecord(256, fields)]),
          set(256, [
            dataRecord(fields, ['10.2.0.1', '10.2.0.2', 1, 2, 17, 0, 100, 1, 100_000, 100_000, 0, 0, 3]),
          ]),
        ]),
      ]);
    },
    expected: [
      { src: '10.2.0.1', dst: '10.2.0.2', packets: 512, bytes: 51_200, start: T, end: T, action: 'unknown' },
    ],
  },
  {
    name: 'IPFIX: variable-length (1- and 3-octet lengths) and enterprise-specific fields skipped',
    input: () => {
      const fields: FieldSpec[] = [
        { id: 8, length: 4 },
        { id: 82, length: 65535 },
        { id: 12, length: 4 },
        { id: 2, length: 4, enterprise: 29305 },
        { id: 7, length: 2 },
        { id: 11, length: 2 },
        { id: 4, length: 1 },
        { id: 1, length: 8 },
        { id: 2, length: 8 },
        { id: 150, length: 4 },
        { id: 151, length: 4 },
        { id: 61, length: 1 },
      ];
      const values = (name: string) => [
        '10.3.0.1',
        name,
        '10.3.0.2',
        999_999,
        443,
        51000,
        6,
        1_000_000,
        800,
        SECS - 30,
        SECS - 2,
        1,
      ];
      return exportCapture('192.0.2.4', 4739, [
        encodeIpfix({ exportTime: SECS, seq: 0, domain: 1 }, [
          set(2, [templateRecord(300, fields)]),
          set(300, [dataRecord(fields, values('ge-0/0/1')), dataRecord(fields, values('i'.repeat(400)))]),
        ]),
      ]);
    },
    expected: [
      {
        src: '10.3.0.1',
        dst: '10.3.0.2',
        srcPort: 443,
        dstPort: 51000,
        protocol: 6,
        bytes: 1_000_000,
        packets: 800,
        start: T - 30_000,
        end: T - 2000,
        direction: 'egress',
      },
      { src: '10.3.0.1', dst: '10.3.0.2', bytes: 1_000_000, packets: 800, start: T - 30_000, end: T - 2000 },
    ],
  },
  {
    name: 'IPFIX: data set before its template is held, then decoded; millisecond times; selector sampling',
    input: () => {
      const fields: FieldSpec[] = [
        { id: 27, length: 16 },
        { id: 28, length: 16 },
        { id: 4, length: 1 },
        { id: 2, length: 4 },
        { id: 1, length: 4 },
        { id: 152, length: 8 },
        { id: 153, length: 8 },
        { id: 302, length: 1 },
      ];
      const scope: FieldSpec[] = [{ id: 302, length: 1 }];
      const opts: FieldSpec[] = [
        { id: 305, length: 4 },
        { id: 306, length: 4 },
      ];
      return exportCapture('192.0.2.5', 4739, [
        encodeIpfix({ exportTime: SECS, seq: 0, domain: 9 }, [
          set(3, [ipfixOptionsTemplateRecord(301, scope, opts)]),
          set(301, [dataRecord([...scope, ...opts], [1, 1, 3])]),
          set(400, [dataRecord(fields, ['2001:db8::1', '2001:db8::2', 17, 2, 300, T - 1500, T - 500, 1])]),
        ]),
        encodeIpfix({ exportTime: SECS, seq: 2, domain: 9 }, [set(2, [templateRecord(400, fields)])]),
      ]);
    },
    expected: [
      {
        src: '2001:db8::1',
        dst: '2001:db8::2',
        protocol: 17,
        packets: 8,
        bytes: 1200,
        start: T - 1500,
        end: T - 500,
      },
    ],
  },
  {
    name: 'IPFIX file (RFC 5655): messages back to back, with a sequence gap',
    input: () => {
      const fields: FieldSpec[] = [
        { id: 8, length: 4 },
        { id: 12, length: 4 },
        { id: 2, length: 4 },
      ];
      const data = (src: string) => set(256, [dataRecord(fields, [src, '10.4.0.9', 1])]);
      const a = encodeIpfix({ exportTime: SECS, seq: 10, domain: 0 }, [
        set(2, [templateRecord(256, fields)]),
        data('10.4.0.1'),
      ]);
      const b = encodeIpfix({ exportTime: SECS + 1, seq: 14, domain: 0 }, [data('10.4.0.2')]);
      return Uint8Array.from([...a, ...b]);
    },
    expected: [
      { src: '10.4.0.1', dst: '10.4.0.9', packets: 1, start: T, end: T },
      { src: '10.4.0.2', packets: 1, start: T + 1000, end: T + 1000 },
    ],
    rejected: { 'sequence-gap': 1 },
  },
  {
    name: 'pcapng capture: a truncated v5 packet and a data set whose template never comes',
    input: () => {
      const v5 = encodeV5({ uptime: 1000, secs: SECS, seq: 0 }, [
        {
          src: '10.5.0.1',
          dst: '10.5.0.2',
          packets: 1,
          bytes: 40,
          first: 1000,
          last: 1000,
          srcPort: 1,
          dstPort: 2,
          protocol: 6,
        },
        {
          src: '10.5.0.3',
          dst: '10.5.0.4',
          packets: 1,
          bytes: 40,
          first: 1000,
          last: 1000,
          srcPort: 1,
          dstPort: 2,
          protocol: 6,
        },
      ]);
      const orphan = encodeIpfix({ exportTime: SECS, seq: 0, domain: 0 }, [
        set(999, [Uint8Array.from([1, 2, 3, 4])]),
      ]);
      const frame = (p: Uint8Array, port: number) =>
        ethernetFrame(
          ETHERTYPE.ipv4,
          ipv4Packet('192.0.2.6', '192.0.2.250', 17, udpDatagram(40000, port, p)),
        );
      return pcapngFile(
        [
          { ts: T, data: frame(v5.subarray(0, 24 + 48 + 20), 2055) },
          { ts: T + 1, data: frame(orphan, 4739) },
        ],
        { littleEndian: false, interfaces: [{ linkType: 1 }] },
      );
    },
    expected: [{ src: '10.5.0.1', dst: '10.5.0.2', start: T, end: T, origin: '192.0.2.6' }],
    rejected: { 'truncated-packet': 1, 'no-template': 1 },
  },
];
