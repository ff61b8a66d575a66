/**
 * Conformance cases for Azure NSG flow logs, written from Microsoft's "Flow logging for network security
 * groups" log format: tuple fields, T/U, I/O, A/D, B/C/E, and the v2 counters (packets and bytes each way,
 * empty for a Begin tuple). Each tuple is one record: start = end = its timestamp (epoch seconds → ms).
 */

import type { ConformanceCase } from '../types.js';

const json = (v: unknown, indent?: number) => Buffer.from(`${JSON.stringify(v, null, indent)}\n`, 'utf8');
const lines = (...values: unknown[]) =>
  Buffer.from(`${values.map((v) => JSON.stringify(v)).join('\n')}\n`, 'utf8');

const RESOURCE =
  '/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/EXAMPLE-RG/PROVIDERS/MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/EXAMPLE-NSG';

function nsgRecord(
  version: number,
  rules: { rule: string; mac: string; tuples: string[] }[],
  time = '2018-11-13T12:00:35.3899262Z',
) {
  return {
    time,
    systemId: '11111111-2222-3333-4444-555555555555',
    category: 'NetworkSecurityGroupFlowEvent',
    resourceId: RESOURCE,
    operationName: 'NetworkSecurityGroupFlowEvents',
    properties: {
      Version: version,
      flows: rules.map((r) => ({ rule: r.rule, flows: [{ mac: r.mac, flowTuples: r.tuples }] })),
    },
  };
}

const MAC = '000D3AF8AB01';

export const cases: ConformanceCase[] = [
  {
    name: 'version 2 blob (pretty-printed): begin, continuing, end and denied tuples across rules',
    input: json(
      {
        records: [
          nsgRecord(2, [
            {
              rule: 'DefaultRule_DenyAllInBound',
              mac: MAC,
              tuples: ['1542110377,203.0.113.50,10.5.16.4,28746,443,U,I,D,B,,,,'],
            },
            {
              rule: 'DefaultRule_AllowInternetOutBound',
              mac: MAC,
              tuples: [
                '1542110379,10.5.16.4,198.51.100.17,44931,443,T,O,A,B,,,,',
                '1542110679,10.5.16.4,198.51.100.17,44931,443,T,O,A,C,30,16978,24,14008',
                '1542110799,10.5.16.4,198.51.100.17,44931,443,T,O,A,E,4,240,3,180',
              ],
            },
          ]),
          nsgRecord(
            2,
            [
              {
                rule: 'UserRule_allow-dns',
                mac: '000D3AF8AB02',
                tuples: ['1542110900,10.5.16.5,192.0.2.53,53011,53,U,O,A,E,1,74,1,90'],
              },
            ],
            '2018-11-13T12:01:35.0000000Z',
          ),
        ],
      },
      2,
    ),
    expected: [
      {
        start: 1542110377000,
        end: 1542110377000,
        src: '203.0.113.50',
        dst: '10.5.16.4',
        srcPort: 28746,
        dstPort: 443,
        protocol: 17,
        direction: 'ingress',
        action: 'reject',
        packets: 0,
        bytes: 0,
        iface: MAC,
      },
      {
        start: 1542110379000,
        src: '10.5.16.4',
        dst: '198.51.100.17',
        protocol: 6,
        direction: 'egress',
        action: 'accept',
        packets: 0,
        bytes: 0,
      },
      { start: 1542110679000, packets: 54, bytes: 30986, action: 'accept' },
      { start: 1542110799000, packets: 7, bytes: 420, dstPort: 443 },
      {
        src: '10.5.16.5',
        dst: '192.0.2.53',
        srcPort: 53011,
        dstPort: 53,
        protocol: 17,
        packets: 2,
        bytes: 164,
        iface: '000D3AF8AB02',
      },
    ],
  },
  {
    name: 'version 1 tuples (8 fields, no state or counters)',
    input: json({
      records: [
        nsgRecord(1, [
          {
            rule: 'UserRule_default-allow-rdp',
            mac: MAC,
            tuples: [
              '1487282421,42.119.146.95,10.1.0.4,51529,5358,T,I,D',
              '1487282370,163.28.66.17,10.1.0.4,61771,3389,T,I,A',
            ],
          },
        ]),
      ],
    }),
    expected: [
      {
        start: 1487282421000,
        src: '42.119.146.95',
        dst: '10.1.0.4',
        srcPort: 51529,
        dstPort: 5358,
        protocol: 6,
        direction: 'ingress',
        action: 'reject',
        packets: 0,
        bytes: 0,
      },
      { start: 1487282370000, src: '163.28.66.17', dstPort: 3389, action: 'accept' },
    ],
  },
  {
    name: 'one record a line (as delivered through Event Hubs), and a JSON array of records',
    input: Buffer.concat([
      lines(
        nsgRecord(2, [
          { rule: 'r1', mac: MAC, tuples: ['1600000000,10.0.0.1,10.0.0.2,1111,80,T,O,A,E,2,120,2,400'] },
        ]),
        nsgRecord(2, [
          { rule: 'r2', mac: MAC, tuples: ['1600000060,10.0.0.3,10.0.0.4,2222,81,T,I,D,B,,,,'] },
        ]),
      ),
      json([
        nsgRecord(2, [
          { rule: 'r3', mac: MAC, tuples: ['1600000120,10.0.0.5,10.0.0.6,3333,82,U,O,A,C,5,500,0,0'] },
        ]),
      ]),
    ]),
    expected: [
      {
        start: 1600000000000,
        src: '10.0.0.1',
        dst: '10.0.0.2',
        packets: 4,
        bytes: 520,
        direction: 'egress',
        action: 'accept',
      },
      { start: 1600000060000, src: '10.0.0.3', dst: '10.0.0.4', direction: 'ingress', action: 'reject' },
      { start: 1600000120000, src: '10.0.0.5', protocol: 17, packets: 5, bytes: 500 },
    ],
  },
  {
    name: 'malformed tuples and records are rejected by reason; good tuples still parse',
    input: Buffer.concat([
      json({
        records: [
          nsgRecord(2, [
            {
              rule: 'r',
              mac: MAC,
              tuples: [
                '1600000000,10.0.0.1,10.0.0.2,1111,80,T,O,A,E,2,120,2,400',
                '1600000000,10.0.0.1,10.0.0.2,1111,80,T,O,A,E,2,120,2',
                '1600000000,10.0.0.1,10.0.0.2,1111,80,X,O,A,E,2,120,2,400',
                '1600000000,10.0.0.1,10.0.0.2,1111,80,T,Q,A,E,2,120,2,400',
                '1600000000,10.0.0.1,10.0.0.2,1111,80,T,O,P,E,2,120,2,400',
                '1600000000,10.0.0.1,10.0.0.2,1111,80,T,O,A,Z,2,120,2,400',
                '1600000000,10.0.0.1,10.0.0.2,1111,80,T,O,A,E,2,lots,2,400',
                '1600000000,10.0.0.256,10.0.0.2,1111,80,T,O,A,E,2,120,2,400',
                '1600000000,10.0.0.1,10.0.0.2,1111,99999,T,O,A,E,2,120,2,400',
                'noon,10.0.0.1,10.0.0.2,1111,80,T,O,A,E,2,120,2,400',
                '1600000001,10.0.0.7,10.0.0.8,7777,88,U,I,A,E,1,10,1,20',
              ],
            },
          ]),
          { time: '2018-11-13T12:00:35Z', category: 'NetworkSecurityGroupFlowEvent' },
          nsgRecord(3, [
            { rule: 'r', mac: MAC, tuples: ['1600000000,10.0.0.1,10.0.0.2,1111,80,T,O,A,E,2,120,2,400'] },
          ]),
        ],
      }),
      Buffer.from('{"time": nope}\n'),
    ]),
    expected: [
      { src: '10.0.0.1', dst: '10.0.0.2', packets: 4, bytes: 520 },
      { src: '10.0.0.7', dst: '10.0.0.8', protocol: 17, direction: 'ingress', packets: 2, bytes: 30 },
    ],
    rejected: {
      'bad tuple': 1,
      'bad protocol': 1,
      'bad direction': 1,
      'bad decision': 1,
      'bad state': 1,
      'bad counter': 1,
      'bad address': 1,
      'bad port': 1,
      'bad time': 1,
      'not an NSG flow record': 1,
      'unsupported version': 1,
      'bad JSON': 1,
    },
  },
];
