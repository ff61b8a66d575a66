/**
 * Conformance cases for Azure VNet flow logs (flowLogVersion 4), written from Microsoft's "Virtual network
 * flow logs" log format: 13-field tuples with an IANA protocol number, I/O, states B/C/E/D (D = denied), an
 * encryption status, and packets/bytes each way. Timestamps are epoch milliseconds (seconds accepted).
 */

import type { ConformanceCase } from '../types.js';

const json = (v: unknown, indent?: number) => Buffer.from(`${JSON.stringify(v, null, indent)}\n`, 'utf8');
const lines = (...values: unknown[]) =>
  Buffer.from(`${values.map((v) => JSON.stringify(v)).join('\n')}\n`, 'utf8');

function vnetRecord(mac: string, groups: { rule: string; tuples: unknown[] }[], version: unknown = 4) {
  return {
    time: '2023-04-01T10:00:00.0000000Z',
    flowLogVersion: version,
    flowLogGUID: '66aa66aa-bb77-cc88-dd99-00ee00ee00ee',
    macAddress: mac,
    category: 'FlowLogFlowEvent',
    flowLogResourceID:
      '/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/NETWORKWATCHERRG/PROVIDERS/MICROSOFT.NETWORK/NETWORKWATCHERS/NETWORKWATCHER_EASTUS/FLOWLOGS/EXAMPLEFLOWLOG',
    targetResourceID:
      '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/example-rg/providers/Microsoft.Network/virtualNetworks/example-vnet',
    operationName: 'FlowLogFlowEvent',
    flowRecords: {
      flows: [
        {
          aclID: '00000000-1234-abcd-ef00-c1c2c3c4c5c6',
          flowGroups: groups.map((g) => ({ rule: g.rule, flowTuples: g.tuples })),
        },
      ],
    },
  };
}

const MAC = '00224871C205';

export const cases: ConformanceCase[] = [
  {
    name: 'version 4 blob (pretty-printed): B, C, E and D states, encryption status, ms timestamps',
    input: json(
      {
        records: [
          vnetRecord(MAC, [
            {
              rule: 'DefaultRule_AllowInternetOutBound',
              tuples: [
                '1680343200123,10.0.0.4,198.51.100.10,50123,443,6,O,B,NX,0,0,0,0',
                '1680343500456,10.0.0.4,198.51.100.10,50123,443,6,O,C,NX,22,2217,33,41000',
                '1680343600789,10.0.0.4,198.51.100.10,50123,443,6,O,E,X,3,180,2,120',
              ],
            },
            {
              rule: 'DefaultRule_DenyAllInBound',
              tuples: ['1680343201000,203.0.113.9,10.0.0.4,40000,22,6,I,D,NX,1,60,0,0'],
            },
          ]),
          vnetRecord('00224871C206', [
            {
              rule: 'UserRule_dns',
              tuples: ['1680343300000,10.0.0.5,192.0.2.53,53999,53,17,O,E,NX_LOCAL_DST,1,74,1,120'],
            },
          ]),
        ],
      },
      2,
    ),
    expected: [
      {
        start: 1680343200123,
        end: 1680343200123,
        src: '10.0.0.4',
        dst: '198.51.100.10',
        srcPort: 50123,
        dstPort: 443,
        protocol: 6,
        direction: 'egress',
        action: 'accept',
        packets: 0,
        bytes: 0,
        iface: MAC,
      },
      { start: 1680343500456, packets: 55, bytes: 43217, action: 'accept' },
      { start: 1680343600789, packets: 5, bytes: 300 },
      {
        src: '203.0.113.9',
        dst: '10.0.0.4',
        dstPort: 22,
        direction: 'ingress',
        action: 'reject',
        packets: 1,
        bytes: 60,
      },
      { src: '10.0.0.5', dst: '192.0.2.53', protocol: 17, packets: 2, bytes: 194, iface: '00224871C206' },
    ],
  },
  {
    name: 'epoch-second timestamps, IPv6, and one record a line',
    input: lines(
      vnetRecord(MAC, [
        { rule: 'r', tuples: ['1680343200,2001:db8::4,2001:db8:1::10,50000,443,6,O,E,NX,10,1000,8,4000'] },
      ]),
      vnetRecord(MAC, [{ rule: 'r', tuples: ['1680343260,10.0.0.4,10.0.0.5,0,0,1,O,E,NX,2,168,2,168'] }]),
    ),
    expected: [
      {
        start: 1680343200000,
        end: 1680343200000,
        src: '2001:db8::4',
        dst: '2001:db8:1::10',
        packets: 18,
        bytes: 5000,
      },
      { start: 1680343260000, protocol: 1, srcPort: 0, dstPort: 0, packets: 4, bytes: 336 },
    ],
  },
  {
    name: 'malformed tuples and records are rejected by reason; good tuples still parse',
    input: json({
      records: [
        vnetRecord(MAC, [
          {
            rule: 'r',
            tuples: [
              '1680343200000,10.0.0.1,10.0.0.2,1000,80,6,O,E,NX,1,100,1,100',
              '1680343200000,10.0.0.1,10.0.0.2,1000,80,6,O,E,NX,1,100,1',
              '1680343200000,10.0.0.1,10.0.0.2,1000,80,300,O,E,NX,1,100,1,100',
              '1680343200000,10.0.0.1,10.0.0.2,1000,80,6,X,E,NX,1,100,1,100',
              '1680343200000,10.0.0.1,10.0.0.2,1000,80,6,O,Q,NX,1,100,1,100',
              '1680343200000,10.0.0.1,10.0.0.2,1000,80,6,O,E,NX,1,-5,1,100',
              '1680343200000,not-an-ip,10.0.0.2,1000,80,6,O,E,NX,1,100,1,100',
              '1680343200000,10.0.0.1,10.0.0.2,1000,65536,6,O,E,NX,1,100,1,100',
              ',10.0.0.1,10.0.0.2,1000,80,6,O,E,NX,1,100,1,100',
              '1680343200999,10.0.0.3,10.0.0.4,3000,90,17,I,E,NX,2,200,0,0',
            ],
          },
        ]),
        vnetRecord(
          MAC,
          [{ rule: 'r', tuples: ['1680343200000,10.0.0.1,10.0.0.2,1000,80,6,O,E,NX,1,100,1,100'] }],
          3,
        ),
        { time: '2023-04-01T10:00:00Z', macAddress: MAC },
        vnetRecord(MAC, [{ rule: 'r', tuples: [42] }]),
      ],
    }),
    expected: [
      { src: '10.0.0.1', dst: '10.0.0.2', packets: 2, bytes: 200 },
      {
        start: 1680343200999,
        src: '10.0.0.3',
        dst: '10.0.0.4',
        protocol: 17,
        direction: 'ingress',
        packets: 2,
        bytes: 200,
      },
    ],
    rejected: {
      'bad tuple': 2,
      'bad protocol': 1,
      'bad direction': 1,
      'bad state': 1,
      'bad counter': 1,
      'bad address': 1,
      'bad port': 1,
      'bad time': 1,
      'unsupported version': 1,
      'not a VNet flow record': 1,
    },
  },
];
