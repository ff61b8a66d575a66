/**
 * Conformance cases for Google Cloud VPC Flow Logs, written from Google's "VPC Flow Logs records" format
 * (jsonPayload: connection 5-tuple, bytes_sent, packets_sent, start_time, end_time, reporter, src_instance /
 * dest_instance) and Cloud Logging's LogEntry JSON (int64 as decimal strings, RFC 3339 times).
 */

import type { ConformanceCase } from '../types.js';

const lines = (...values: unknown[]) =>
  Buffer.from(`${values.map((v) => JSON.stringify(v)).join('\n')}\n`, 'utf8');
const json = (v: unknown, indent?: number) => Buffer.from(`${JSON.stringify(v, null, indent)}\n`, 'utf8');

interface Flow {
  src: string;
  dst: string;
  sport?: unknown;
  dport?: unknown;
  proto?: unknown;
  bytes?: unknown;
  packets?: unknown;
  start?: unknown;
  end?: unknown;
  reporter?: string;
}

function entry(f: Flow): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    connection: {
      src_ip: f.src,
      dest_ip: f.dst,
      src_port: f.sport ?? 40000,
      dest_port: f.dport ?? 443,
      protocol: f.proto ?? 6,
    },
    bytes_sent: f.bytes ?? '1000',
    packets_sent: f.packets ?? '10',
    start_time: f.start ?? '2024-05-01T12:00:00.123456789Z',
    end_time: f.end ?? '2024-05-01T12:00:05.5Z',
    reporter: f.reporter ?? 'SRC',
    rtt_msec: '12',
    src_instance: {
      project_id: 'example-project',
      region: 'europe-west1',
      vm_name: 'web-1',
      zone: 'europe-west1-b',
    },
    dest_instance: {
      project_id: 'example-project',
      region: 'europe-west1',
      vm_name: 'db-1',
      zone: 'europe-west1-c',
    },
    src_vpc: { project_id: 'example-project', subnetwork_name: 'default', vpc_name: 'default' },
  };
  return {
    insertId: 'abc123',
    jsonPayload: payload,
    logName: 'projects/example-project/logs/compute.googleapis.com%2Fvpc_flows',
    receiveTimestamp: '2024-05-01T12:00:40.000000000Z',
    resource: {
      type: 'gce_subnetwork',
      labels: { project_id: 'example-project', subnetwork_name: 'default' },
    },
    timestamp: '2024-05-01T12:00:30.000000000Z',
  };
}

export const cases: ConformanceCase[] = [
  {
    name: 'JSON lines: int64 strings, nanosecond RFC 3339 times, reporter side as direction',
    input: lines(
      entry({
        src: '10.132.0.2',
        dst: '10.132.0.3',
        sport: 51234,
        dport: 5432,
        bytes: '15236',
        packets: '32',
        reporter: 'SRC',
      }),
      entry({
        src: '203.0.113.7',
        dst: '10.132.0.2',
        sport: 33333,
        dport: 443,
        bytes: 998,
        packets: 7,
        reporter: 'DEST',
        start: '2024-05-01T12:01:00Z',
        end: '2024-05-01T13:01:02.250+01:00',
      }),
    ),
    expected: [
      {
        src: '10.132.0.2',
        dst: '10.132.0.3',
        srcPort: 51234,
        dstPort: 5432,
        protocol: 6,
        bytes: 15236,
        packets: 32,
        start: Date.UTC(2024, 4, 1, 12, 0, 0) + 123.456789,
        end: Date.UTC(2024, 4, 1, 12, 0, 5) + 500,
        direction: 'egress',
        action: 'accept',
        iface: 'web-1',
      },
      {
        src: '203.0.113.7',
        dst: '10.132.0.2',
        bytes: 998,
        packets: 7,
        start: Date.UTC(2024, 4, 1, 12, 1, 0),
        end: Date.UTC(2024, 4, 1, 12, 1, 2) + 250,
        direction: 'ingress',
        iface: 'db-1',
      },
    ],
  },
  {
    name: 'the same flow reported by both ends is kept once (the first report)',
    input: lines(
      entry({
        src: '10.132.0.2',
        dst: '10.132.0.3',
        sport: 51234,
        dport: 5432,
        bytes: '15236',
        reporter: 'SRC',
      }),
      entry({
        src: '10.132.0.2',
        dst: '10.132.0.3',
        sport: 51234,
        dport: 5432,
        bytes: '15100',
        reporter: 'DEST',
        start: '2024-05-01T12:00:00.2Z',
        end: '2024-05-01T12:00:05.6Z',
      }),
      // Same 5-tuple, later interval, same side: a new report, not a duplicate.
      entry({
        src: '10.132.0.2',
        dst: '10.132.0.3',
        sport: 51234,
        dport: 5432,
        bytes: '500',
        reporter: 'SRC',
        start: '2024-05-01T12:05:00Z',
        end: '2024-05-01T12:05:05Z',
      }),
      // Reverse direction of the connection: a different flow.
      entry({
        src: '10.132.0.3',
        dst: '10.132.0.2',
        sport: 5432,
        dport: 51234,
        bytes: '40000',
        reporter: 'DEST',
      }),
    ),
    expected: [
      { src: '10.132.0.2', dst: '10.132.0.3', bytes: 15236, direction: 'egress', iface: 'web-1' },
      { src: '10.132.0.2', dst: '10.132.0.3', bytes: 500, start: Date.UTC(2024, 4, 1, 12, 5, 0) },
      {
        src: '10.132.0.3',
        dst: '10.132.0.2',
        srcPort: 5432,
        dstPort: 51234,
        bytes: 40000,
        direction: 'ingress',
      },
    ],
  },
  {
    name: 'a JSON array (gcloud logging read --format=json) and an {"entries": [...]} response',
    input: Buffer.concat([
      json([entry({ src: '10.0.0.1', dst: '10.0.0.2', proto: 17, sport: 5353, dport: 53 })], 2),
      json({
        entries: [entry({ src: '2001:db8::1', dst: '2001:db8::2', proto: 58, sport: 0, dport: 0 })],
        nextPageToken: 'x',
      }),
    ]),
    expected: [
      {
        src: '10.0.0.1',
        dst: '10.0.0.2',
        protocol: 17,
        srcPort: 5353,
        dstPort: 53,
        bytes: 1000,
        packets: 10,
      },
      { src: '2001:db8::1', dst: '2001:db8::2', protocol: 58 },
    ],
  },
  {
    name: 'malformed entries are rejected by reason; good entries still parse',
    input: lines(
      entry({ src: '10.0.0.1', dst: '10.0.0.2', sport: 1 }),
      { insertId: 'x', textPayload: 'not a flow' },
      entry({ src: '10.0.0.999', dst: '10.0.0.2' }),
      entry({ src: '10.0.0.1', dst: '10.0.0.2', dport: 70000 }),
      entry({ src: '10.0.0.1', dst: '10.0.0.2', proto: 'tcp' }),
      entry({ src: '10.0.0.1', dst: '10.0.0.2', bytes: '12x' }),
      entry({ src: '10.0.0.1', dst: '10.0.0.2', start: '2024-13-01T00:00:00Z' }),
      entry({ src: '10.0.0.1', dst: '10.0.0.2', sport: 2 }),
    ),
    expected: [
      { src: '10.0.0.1', srcPort: 1 },
      { src: '10.0.0.1', srcPort: 2 },
    ],
    rejected: {
      'not a flow log entry': 1,
      'bad address': 1,
      'bad port': 1,
      'bad protocol': 1,
      'bad counter': 1,
      'bad time': 1,
    },
  },
];
