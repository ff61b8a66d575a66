import { describe, expect, it } from 'vitest';
import type { FlowBatch, FlowRecord } from '../../batch.js';
import { NetflowDecoder, type NetflowDecoderOptions } from './decoder.js';
import { BatchSink } from './sink.js';
import {
  dataRecord,
  encodeIpfix,
  encodeV5,
  encodeV9,
  type FieldSpec,
  ipfixOptionsTemplateRecord,
  set,
  templateRecord,
  type V5Flow,
  v9OptionsTemplateRecord,
  withdrawalRecord,
} from './writer.js';

const EXPORTER = '192.0.2.1';
const SECS = 1_700_000_000;

function harness(options: NetflowDecoderOptions = {}, capacity = 8192) {
  const out: FlowRecord[] = [];
  const decoder = new NetflowDecoder(options);
  const sink = BatchSink.sync((b: FlowBatch) => {
    for (let i = 0; i < b.length; i++) out.push(b.record(i));
  }, capacity);
  const drain = () => {
    const b = sink.batch;
    for (let i = 0; i < b.length; i++) out.push(b.record(i));
    b.clear();
    return out.splice(0);
  };
  const decode = (pkt: Uint8Array, exporter = EXPORTER, at = SECS * 1000) =>
    decoder.decode(pkt, exporter, at, sink);
  const rejected = () => Object.fromEntries([...decoder.stats.rejected].map(([k, e]) => [k, e.count]));
  return { decoder, sink, decode, drain, rejected };
}

const v5flow = (over: Partial<V5Flow> = {}): V5Flow => ({
  src: '10.0.0.1',
  dst: '10.0.0.2',
  input: 3,
  packets: 10,
  bytes: 1500,
  first: 90_000,
  last: 99_000,
  srcPort: 40000,
  dstPort: 443,
  tcpFlags: 0x1b,
  protocol: 6,
  ...over,
});

describe('NetFlow v5', () => {
  it('decodes header and records: times from sysUptime, unix secs and nsecs', () => {
    const h = harness();
    const pkt = encodeV5({ uptime: 100_000, secs: SECS, nsecs: 500_000_000, seq: 0 }, [
      v5flow(),
      v5flow({
        src: '172.16.5.4',
        dst: '8.8.8.8',
        protocol: 17,
        srcPort: 5353,
        dstPort: 53,
        tcpFlags: 0,
        input: 0,
      }),
    ]);
    expect(pkt.length).toBe(24 + 2 * 48);
    expect(h.decode(pkt)).toBe(2);
    const [a, b] = h.drain();
    const exportMs = SECS * 1000 + 500;
    expect(a).toMatchObject({
      src: '10.0.0.1',
      dst: '10.0.0.2',
      srcPort: 40000,
      dstPort: 443,
      protocol: 6,
      packets: 10,
      bytes: 1500,
      tcpFlags: 0x1b,
      start: exportMs - 10_000,
      end: exportMs - 1_000,
      iface: '3',
      origin: EXPORTER,
    });
    expect(b).toMatchObject({ src: '172.16.5.4', dst: '8.8.8.8', protocol: 17, srcPort: 5353, dstPort: 53 });
    expect(b?.iface).toBeUndefined();
    expect(h.decoder.stats.records).toBe(2);
    expect(h.decoder.stats.accepted).toBe(2);
  });

  it('takes a first/last switched time from before an uptime wrap as before the export', () => {
    const h = harness();
    // sysUptime wrapped to 1000 ms; the flow began 2000 ms earlier, at uptime 2^32 - 1000.
    h.decode(encodeV5({ uptime: 1000, secs: SECS, seq: 0 }, [v5flow({ first: 2 ** 32 - 1000, last: 500 })]));
    expect(h.drain()[0]).toMatchObject({ start: SECS * 1000 - 2000, end: SECS * 1000 - 500 });
  });

  it('multiplies packets and bytes by the header sampling interval (low 14 bits)', () => {
    const h = harness();
    h.decode(encodeV5({ uptime: 100_000, secs: SECS, seq: 0, sampling: (1 << 14) | 100 }, [v5flow()]));
    expect(h.drain()[0]).toMatchObject({ packets: 1000, bytes: 150_000 });
  });

  it('counts flow_sequence gaps as lost flows, per engine', () => {
    const h = harness();
    const flows = [v5flow(), v5flow()];
    h.decode(encodeV5({ uptime: 1, secs: SECS, seq: 100 }, flows));
    h.decode(encodeV5({ uptime: 1, secs: SECS, seq: 102 }, flows));
    // Another engine on the same exporter has its own sequence.
    h.decode(encodeV5({ uptime: 1, secs: SECS, seq: 7, engineId: 1 }, flows));
    h.decode(encodeV5({ uptime: 1, secs: SECS, seq: 107 }, flows));
    expect(h.decoder.loss.v5Flows).toBe(3);
    expect(h.rejected()).toEqual({ 'sequence-gap': 1 });
    const sample = h.decoder.stats.rejected.get('sequence-gap')?.samples[0];
    expect(sample?.location).toBe(`exporter ${EXPORTER} seq 107`);
  });

  it('decodes the records that fit a truncated packet and counts it', () => {
    const h = harness();
    const pkt = encodeV5({ uptime: 1, secs: SECS, seq: 0 }, [v5flow(), v5flow(), v5flow()]);
    expect(h.decode(pkt.subarray(0, 24 + 2 * 48 + 10))).toBe(2);
    expect(h.rejected()).toEqual({ 'truncated-packet': 1 });
    h.decode(pkt.subarray(0, 20));
    expect(h.rejected()).toEqual({ 'truncated-packet': 2 });
  });
});

// A v9 / IPFIX flow template with the common elements.
const V4_FIELDS: FieldSpec[] = [
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
  { id: 10, length: 2 },
  { id: 61, length: 1 },
  { id: 89, length: 1 },
];

const v4values = (over: Record<number, number | string> = {}) =>
  V4_FIELDS.map(
    (f) =>
      over[f.id] ??
      (
        {
          8: '10.1.1.1',
          12: '10.2.2.2',
          7: 1234,
          11: 80,
          4: 6,
          6: 0x12,
          1: 5000,
          2: 7,
          22: 590_000,
          21: 599_000,
          10: 7,
          61: 0,
          89: 0x40,
        } as Record<number, number | string>
      )[f.id] ??
      0,
  );

describe('NetFlow v9 (RFC 3954)', () => {
  const header = (seq: number, sourceId = 1) => ({ uptime: 600_000, secs: SECS, seq, sourceId });

  it('learns a template and decodes its data FlowSet, ignoring padding', () => {
    const h = harness();
    const pkt = encodeV9(header(0), [
      set(0, [templateRecord(256, V4_FIELDS)]),
      set(
        256,
        [
          dataRecord(V4_FIELDS, v4values()),
          dataRecord(V4_FIELDS, v4values({ 8: '10.9.9.9', 89: 0x82, 61: 1 })),
        ],
        2,
      ),
    ]);
    expect(h.decode(pkt)).toBe(2);
    const [a, b] = h.drain();
    expect(a).toMatchObject({
      src: '10.1.1.1',
      dst: '10.2.2.2',
      srcPort: 1234,
      dstPort: 80,
      protocol: 6,
      tcpFlags: 0x12,
      bytes: 5000,
      packets: 7,
      // Export at SECS, sysUptime 600 s: first switched 590 s is 10 s before.
      start: SECS * 1000 - 10_000,
      end: SECS * 1000 - 1_000,
      iface: '7',
      direction: 'ingress',
      action: 'accept',
      origin: EXPORTER,
    });
    // forwardingStatus 0x82: status 2 (dropped), reason 2.
    expect(b).toMatchObject({ src: '10.9.9.9', action: 'reject', direction: 'egress' });
    expect(h.rejected()).toEqual({});
  });

  it('decodes IPv6 addresses', () => {
    const h = harness();
    const fields: FieldSpec[] = [
      { id: 27, length: 16 },
      { id: 28, length: 16 },
      { id: 7, length: 2 },
      { id: 11, length: 2 },
      { id: 4, length: 1 },
      { id: 1, length: 8 },
      { id: 2, length: 8 },
    ];
    h.decode(
      encodeV9(header(0), [
        set(0, [templateRecord(300, fields)]),
        set(300, [dataRecord(fields, ['2001:db8::1', 'fe80::1:2', 5000, 443, 17, 2n ** 40n, 3])]),
      ]),
    );
    expect(h.drain()[0]).toMatchObject({
      src: '2001:db8::1',
      dst: 'fe80::1:2',
      bytes: 2 ** 40,
      packets: 3,
      protocol: 17,
    });
  });

  it('keeps templates per exporter and source id', () => {
    const h = harness();
    const other: FieldSpec[] = [
      { id: 12, length: 4 },
      { id: 8, length: 4 },
    ];
    h.decode(encodeV9(header(0, 1), [set(0, [templateRecord(256, V4_FIELDS)])]));
    h.decode(encodeV9(header(0, 2), [set(0, [templateRecord(256, other)])]));
    h.decode(encodeV9(header(1, 1), [set(256, [dataRecord(V4_FIELDS, v4values())])]));
    h.decode(encodeV9(header(1, 2), [set(256, [dataRecord(other, ['10.0.0.2', '10.0.0.1'])])]));
    // A third exporter using id 256 without a template of its own gets nothing until it sends one.
    h.decode(encodeV9(header(0, 1), [set(256, [dataRecord(V4_FIELDS, v4values())])]), '198.51.100.7');
    h.decoder.flush();
    const out = h.drain();
    expect(out.map((r) => [r.src, r.dst])).toEqual([
      ['10.1.1.1', '10.2.2.2'],
      ['10.0.0.1', '10.0.0.2'],
    ]);
    expect(h.rejected()).toEqual({ 'no-template': 1 });
  });

  it('holds data that arrives before its template and decodes it when the template comes', () => {
    const h = harness();
    expect(h.decode(encodeV9(header(0), [set(256, [dataRecord(V4_FIELDS, v4values())])]))).toBe(0);
    expect(h.decoder.pendingSets).toBe(1);
    expect(h.decode(encodeV9(header(1), [set(0, [templateRecord(256, V4_FIELDS)])]))).toBe(1);
    expect(h.decoder.pendingSets).toBe(0);
    expect(h.drain()[0]).toMatchObject({ src: '10.1.1.1', start: SECS * 1000 - 10_000 });
    expect(h.rejected()).toEqual({});
  });

  it('drops held data as no-template after the age and count bounds', () => {
    const h = harness({ pendingMaxAgeMs: 5000, pendingMaxSets: 2 });
    const data = (seq: number) => encodeV9(header(seq), [set(256, [dataRecord(V4_FIELDS, v4values())])]);
    h.decode(data(0), EXPORTER, 0);
    h.decode(data(1), EXPORTER, 1000);
    h.decode(data(2), EXPORTER, 2000); // over the count: the oldest goes
    expect(h.rejected()).toEqual({ 'no-template': 1 });
    expect(h.decoder.stats.rejected.get('no-template')?.samples[0]?.location).toBe(
      `exporter ${EXPORTER} seq 0`,
    );
    h.decode(encodeV9(header(3), []), EXPORTER, 6500); // the one from 1000 ms is now too old
    expect(h.rejected()).toEqual({ 'no-template': 2 });
    expect(h.decoder.stats.rejected.get('no-template')?.samples[1]?.location).toBe(
      `exporter ${EXPORTER} seq 1`,
    );
    h.decode(encodeV9(header(4), [set(0, [templateRecord(256, V4_FIELDS)])]), EXPORTER, 6600);
    expect(h.drain()).toHaveLength(1);
  });

  it('applies sampling from an options template: per sampler id, and the domain default', () => {
    const h = harness();
    // Scope: System (type 1, 4 bytes). Options: FLOW_SAMPLER_ID 48, MODE 49, RANDOM_INTERVAL 50.
    const samplerOptions: FieldSpec[] = [
      { id: 48, length: 1 },
      { id: 49, length: 1 },
      { id: 50, length: 4 },
    ];
    const defaultOptions: FieldSpec[] = [
      { id: 34, length: 4 },
      { id: 35, length: 1 },
    ];
    const scope: FieldSpec[] = [{ id: 1, length: 4 }];
    const withSampler = [...V4_FIELDS, { id: 48, length: 1 }];
    h.decode(
      encodeV9(header(0), [
        set(
          1,
          [
            v9OptionsTemplateRecord(260, scope, samplerOptions),
            v9OptionsTemplateRecord(261, scope, defaultOptions),
          ],
          2,
        ),
        set(260, [dataRecord([...scope, ...samplerOptions], [0, 5, 2, 100])], 1),
        set(261, [dataRecord([...scope, ...defaultOptions], [0, 10, 1])], 3),
        set(0, [templateRecord(256, withSampler), templateRecord(257, V4_FIELDS)]),
        set(256, [dataRecord(withSampler, [...v4values(), 5]), dataRecord(withSampler, [...v4values(), 9])]),
        set(257, [dataRecord(V4_FIELDS, v4values())]),
      ]),
    );
    const out = h.drain();
    // Sampler 5: 1 in 100. Sampler 9 is unknown: the domain's 1 in 10. No sampler id: 1 in 10.
    expect(out.map((r) => [r.packets, r.bytes])).toEqual([
      [700, 500_000],
      [70, 50_000],
      [70, 50_000],
    ]);
    expect(h.rejected()).toEqual({});
  });

  it('reads an inline samplingInterval', () => {
    const h = harness();
    const fields = [...V4_FIELDS, { id: 34, length: 4 }];
    h.decode(
      encodeV9(header(0), [
        set(0, [templateRecord(256, fields)]),
        set(256, [dataRecord(fields, [...v4values(), 64])]),
      ]),
    );
    expect(h.drain()[0]).toMatchObject({ packets: 7 * 64, bytes: 5000 * 64 });
  });

  it('counts missing export packets from the sequence number, per source id', () => {
    const h = harness();
    for (const seq of [10, 11, 13, 14, 17]) h.decode(encodeV9(header(seq), []));
    h.decode(encodeV9(header(0, 99), []));
    expect(h.decoder.loss.v9Packets).toBe(3);
    expect(h.rejected()).toEqual({ 'sequence-gap': 2 });
  });

  it('gives back loss for a late packet and treats a big jump back as a restart', () => {
    const h = harness();
    for (const seq of [1, 2, 4, 3, 5, 6]) h.decode(encodeV9(header(seq), []));
    expect(h.decoder.loss.v9Packets).toBe(0);
    h.decode(encodeV9(header(0x90000000), []));
    h.decode(encodeV9(header(0x90000001), []));
    expect(h.decoder.loss.v9Packets).toBe(0);
    expect(h.rejected()).toEqual({ 'sequence-gap': 1, 'sequence-reset': 1 });
  });

  it('counts corrupt packets by reason, with locations, and never throws', () => {
    const h = harness();
    const tpl = templateRecord(256, V4_FIELDS);
    const good = encodeV9(header(0), [set(0, [tpl])]);
    const cases: [Uint8Array, string][] = [
      [good.subarray(0, 12), 'truncated-packet'],
      [Uint8Array.from([0, 7, ...good.subarray(2)]), 'bad-version'],
      // A FlowSet claiming length 2 (less than its own header).
      [encodeV9(header(1), [Uint8Array.from([1, 0, 0, 2])]), 'bad-set-length'],
      // A FlowSet claiming more bytes than the packet has.
      [encodeV9(header(2), [Uint8Array.from([1, 0, 0, 40, 0, 0, 0, 0])]), 'set-beyond-packet'],
      // A template with 0 fields, and one declaring more fields than its FlowSet holds.
      [encodeV9(header(3), [set(0, [Uint8Array.from([1, 0, 0, 0])])]), 'bad-field-count'],
      [encodeV9(header(4), [set(0, [Uint8Array.from([1, 0, 0xff, 0xff, 0, 8, 0, 4])])]), 'bad-field-count'],
      // Template ids below 256 are reserved.
      [encodeV9(header(5), [set(0, [templateRecord(17, V4_FIELDS)])]), 'bad-template-id'],
      [encodeV9(header(6), [set(7, [])]), 'reserved-set-id'],
    ];
    for (const [pkt, reason] of cases) {
      const before = h.decoder.stats.rejected.get(reason)?.count ?? 0;
      expect(() => h.decode(pkt)).not.toThrow();
      expect(h.decoder.stats.rejected.get(reason)?.count, reason).toBe(before + 1);
    }
    expect(h.decoder.stats.rejected.get('bad-set-length')?.samples[0]?.location).toBe(
      `exporter ${EXPORTER} seq 1`,
    );
    // With a file, the location is the byte offset of the problem in it.
    h.decoder.decode(cases[3]?.[0] as Uint8Array, EXPORTER, 0, h.sink, 'exports.pcap', 1000);
    expect(h.decoder.stats.rejected.get('set-beyond-packet')?.samples[1]?.location).toBe('exports.pcap@1020');
  });

  it('survives random corruption of a valid packet', () => {
    const h = harness();
    const pkt = encodeV9(header(0), [
      set(0, [templateRecord(256, V4_FIELDS)]),
      set(256, [dataRecord(V4_FIELDS, v4values()), dataRecord(V4_FIELDS, v4values())]),
    ]);
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let k = 0; k < 2000; k++) {
      const bad = pkt.slice(0, 20 + (rand() % (pkt.length - 19)));
      for (let j = 0; j < 3; j++) bad[rand() % bad.length] = rand() & 255;
      expect(() => h.decode(bad, `203.0.113.${k % 200}`)).not.toThrow();
    }
  });
});

describe('IPFIX (RFC 7011)', () => {
  const header = (seq: number, domain = 1) => ({ exportTime: SECS, seq, domain });

  it('decodes variable-length and enterprise fields, and reduced-size counters', () => {
    const h = harness();
    const fields: FieldSpec[] = [
      { id: 8, length: 4 },
      { id: 82, length: 65535 }, // interfaceName, variable length
      { id: 12, length: 4 },
      { id: 1, length: 4, enterprise: 9 }, // enterprise-specific: not octetDeltaCount
      { id: 7, length: 2 },
      { id: 11, length: 2 },
      { id: 4, length: 1 },
      { id: 6, length: 2 },
      { id: 1, length: 8 },
      { id: 2, length: 4 }, // reduced-size packetDeltaCount
      { id: 200, length: 65535, enterprise: 32473 },
      { id: 152, length: 8 },
      { id: 153, length: 8 },
    ];
    const long = 'x'.repeat(300);
    const values = (name: string, extra: Uint8Array) => [
      '10.0.0.1',
      name,
      '10.0.0.2',
      0xffffffff,
      5000,
      22,
      6,
      0x0112,
      123_456,
      42,
      extra,
      1_699_999_990_250,
      1_699_999_999_750,
    ];
    const msg = encodeIpfix(header(0), [
      set(2, [templateRecord(256, fields)]),
      set(256, [
        dataRecord(fields, values('eth0', new Uint8Array(3))),
        dataRecord(fields, values(long, new Uint8Array(260))),
      ]),
    ]);
    expect(h.decode(msg)).toBe(2);
    const [a, b] = h.drain();
    const expected = {
      src: '10.0.0.1',
      dst: '10.0.0.2',
      srcPort: 5000,
      dstPort: 22,
      protocol: 6,
      tcpFlags: 0x0112,
      bytes: 123_456,
      packets: 42,
      start: 1_699_999_990_250,
      end: 1_699_999_999_750,
    };
    expect(a).toMatchObject(expected);
    // The second record's 300-byte name uses the 3-octet length form (255, then 16 bits).
    expect(b).toMatchObject(expected);
    expect(h.rejected()).toEqual({});
  });

  it('reads every flow time encoding', () => {
    const h = harness();
    const ntp = (ms: number) => {
      const secs = Math.floor(ms / 1000);
      return (BigInt(secs + 2208988800) << 32n) | BigInt(Math.round(((ms - secs * 1000) / 1000) * 2 ** 32));
    };
    const cases: [FieldSpec[], (number | bigint)[], number, number][] = [
      [
        [
          { id: 150, length: 4 },
          { id: 151, length: 4 },
        ],
        [SECS - 60, SECS - 1],
        (SECS - 60) * 1000,
        (SECS - 1) * 1000,
      ],
      [
        [
          { id: 154, length: 8 },
          { id: 155, length: 8 },
        ],
        [ntp(SECS * 1000 - 1500), ntp(SECS * 1000 - 250)],
        SECS * 1000 - 1500,
        SECS * 1000 - 250,
      ],
      [
        [
          { id: 156, length: 8 },
          { id: 157, length: 8 },
        ],
        [ntp(SECS * 1000 - 2500), ntp(SECS * 1000 - 125)],
        SECS * 1000 - 2500,
        SECS * 1000 - 125,
      ],
      // Delta microseconds count back from the export time.
      [
        [
          { id: 158, length: 4 },
          { id: 159, length: 4 },
        ],
        [3_000_000, 500_000],
        SECS * 1000 - 3000,
        SECS * 1000 - 500,
      ],
      // No time at all: the export time.
      [[{ id: 4, length: 1 }], [6], SECS * 1000, SECS * 1000],
    ];
    cases.forEach(([fields, values, start, end], k) => {
      const id = 256 + k;
      h.decode(
        encodeIpfix(header(0), [set(2, [templateRecord(id, fields)]), set(id, [dataRecord(fields, values)])]),
      );
      const r = h.drain()[0];
      expect(r?.start, `case ${k}`).toBeCloseTo(start, 3);
      expect(r?.end, `case ${k}`).toBeCloseTo(end, 3);
    });
  });

  it('places sysUpTime times after systemInitTimeMilliseconds from an options record, across the 32-bit wrap', () => {
    const h = harness();
    const init = SECS * 1000 - 10_000;
    const scope: FieldSpec[] = [{ id: 143, length: 4 }];
    const opts: FieldSpec[] = [{ id: 160, length: 8 }];
    const fields: FieldSpec[] = [
      { id: 8, length: 4 },
      { id: 22, length: 4 },
      { id: 21, length: 4 },
    ];
    h.decode(
      encodeIpfix(header(0), [
        set(3, [ipfixOptionsTemplateRecord(400, scope, opts)]),
        set(400, [dataRecord([...scope, ...opts], [1, init])]),
        set(2, [templateRecord(256, fields)]),
        // 2000 ms and 8000 ms after init; then a flow stamped 1500 ms *before* init (2^32 - 1500).
        set(256, [
          dataRecord(fields, ['10.0.0.1', 2000, 8000]),
          dataRecord(fields, ['10.0.0.2', 2 ** 32 - 1500, 100]),
        ]),
      ]),
    );
    const [a, b] = h.drain();
    expect(a).toMatchObject({ start: init + 2000, end: init + 8000 });
    expect(b).toMatchObject({ start: init - 1500, end: init + 100 });
  });

  it('applies sampling from options records: selector id with packet interval / space, and inline', () => {
    const h = harness();
    const scope: FieldSpec[] = [{ id: 302, length: 4 }];
    const opts: FieldSpec[] = [
      { id: 305, length: 4 },
      { id: 306, length: 4 },
    ];
    const fields = [...V4_FIELDS, { id: 302, length: 4 }];
    h.decode(
      encodeIpfix(header(0), [
        set(3, [ipfixOptionsTemplateRecord(500, scope, opts)]),
        set(500, [dataRecord([...scope, ...opts], [77, 1, 9])]),
        set(2, [templateRecord(256, fields)]),
        set(256, [dataRecord(fields, [...v4values(), 77]), dataRecord(fields, [...v4values(), 78])]),
      ]),
    );
    const [a, b] = h.drain();
    expect(a).toMatchObject({ packets: 70, bytes: 50_000 });
    expect(b).toMatchObject({ packets: 7, bytes: 5000 });
  });

  it('withdraws templates (one, then all of a kind)', () => {
    const h = harness();
    const data = (seq: number, id: number) =>
      encodeIpfix(header(seq), [set(id, [dataRecord(V4_FIELDS, v4values())])]);
    h.decode(
      encodeIpfix(header(0), [set(2, [templateRecord(256, V4_FIELDS), templateRecord(257, V4_FIELDS)])]),
    );
    expect(h.decode(data(0, 256))).toBe(1);
    h.decode(encodeIpfix(header(1), [set(2, [withdrawalRecord(256)])]));
    expect(h.decode(data(1, 256))).toBe(0);
    expect(h.decode(data(1, 257))).toBe(1);
    h.decode(encodeIpfix(header(2), [set(2, [withdrawalRecord(2)])]));
    expect(h.decode(data(2, 257))).toBe(0);
    h.decoder.flush();
    expect(h.rejected()).toMatchObject({ 'no-template': 2 });
  });

  it('counts missing data records from the sequence number, options records included', () => {
    const h = harness();
    const tpl = set(2, [templateRecord(256, V4_FIELDS)]);
    const data = (n: number) =>
      set(
        256,
        Array.from({ length: n }, () => dataRecord(V4_FIELDS, v4values())),
      );
    h.decode(encodeIpfix(header(0), [tpl, data(3)]));
    h.decode(encodeIpfix(header(3), [data(2)]));
    h.decode(encodeIpfix(header(9), [data(1)])); // 4 records lost
    h.decode(encodeIpfix(header(10), [data(1)]));
    expect(h.decoder.loss.ipfixRecords).toBe(4);
    expect(h.rejected()).toEqual({ 'sequence-gap': 1 });
  });

  it('recognises an exporter that numbers messages with its own records included', () => {
    const h = harness();
    const tpl = set(2, [templateRecord(256, V4_FIELDS)]);
    const data = (n: number) =>
      set(
        256,
        Array.from({ length: n }, () => dataRecord(V4_FIELDS, v4values())),
      );
    // seq = records sent so far *including* this message's.
    h.decode(encodeIpfix(header(3), [tpl, data(3)]));
    h.decode(encodeIpfix(header(5), [data(2)]));
    h.decode(encodeIpfix(header(9), [data(4)]));
    expect(h.decoder.loss.ipfixRecords).toBe(0);
    h.decode(encodeIpfix(header(20), [data(1)])); // 10 records missing before this one
    expect(h.decoder.loss.ipfixRecords).toBe(10);
  });

  it('rejects bad lengths and absurd templates', () => {
    const h = harness();
    const ok = encodeIpfix(header(0), [set(2, [templateRecord(256, V4_FIELDS)])]);
    const shortLen = ok.slice();
    shortLen[2] = 0;
    shortLen[3] = 8;
    h.decode(shortLen);
    h.decode(ok.subarray(0, ok.length - 4));
    // Options template whose scope count is 0.
    h.decode(encodeIpfix(header(1), [set(3, [Uint8Array.from([1, 4, 0, 1, 0, 0, 0, 8, 0, 4])])]));
    // A field specifier cut by the end of the set (enterprise bit set, enterprise number missing).
    h.decode(encodeIpfix(header(1), [set(2, [Uint8Array.from([1, 5, 0, 1, 0x80, 1, 0, 4])])]));
    expect(h.rejected()).toEqual({
      'bad-length': 1,
      'truncated-packet': 1,
      'bad-scope-count': 1,
      'truncated-template': 1,
    });
  });

  it('maps icmpTypeCodeIPv4 to the destination port and flowDirection egress', () => {
    const h = harness();
    const fields: FieldSpec[] = [
      { id: 8, length: 4 },
      { id: 12, length: 4 },
      { id: 4, length: 1 },
      { id: 32, length: 2 },
      { id: 61, length: 1 },
    ];
    h.decode(
      encodeIpfix(header(0), [
        set(2, [templateRecord(256, fields)]),
        set(256, [dataRecord(fields, ['10.0.0.1', '10.0.0.2', 1, 0x0800, 1])]),
      ]),
    );
    expect(h.drain()[0]).toMatchObject({ protocol: 1, srcPort: 0, dstPort: 0x0800, direction: 'egress' });
  });

  it('keeps decoding when batches fill mid-packet', () => {
    const h = harness({}, 4);
    const data = set(
      256,
      Array.from({ length: 10 }, (_, k) => dataRecord(V4_FIELDS, v4values({ 7: k }))),
    );
    h.decode(encodeIpfix(header(0), [set(2, [templateRecord(256, V4_FIELDS)]), data]));
    expect(h.drain().map((r) => r.srcPort)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
