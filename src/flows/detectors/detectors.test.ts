import { describe, expect, it } from 'vitest';
import type { Resource } from '../../core/resource.js';
import { ACTION, FlowBatch } from '../batch.js';
import { Enricher } from '../enrich/enricher.js';
import { InventoryIndex } from '../enrich/inventory.js';
import { parseCidr } from '../enrich/lpm.js';
import type { Alert, Detector } from './common.js';
import {
  BruteForceDetector,
  HorizontalSweepDetector,
  OutboundSpamDetector,
  VerticalScanDetector,
} from './grouped.js';
import {
  BeaconDetector,
  DeniedSurgeDetector,
  ExfiltrationDetector,
  LateralMovementDetector,
} from './stateful.js';
import { parseThreatList, ThreatListDetector } from './threat.js';

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

const inventory: Resource[] = [
  {
    id: 'vpc-1',
    provider: 'aws',
    service: 'ec2',
    kind: 'network.vpc',
    account: 'a1',
    tags: {},
    properties: { cidrs: ['10.0.0.0/16'] },
    relations: [],
    unknown: [],
    raw: {},
    source: { type: 'export', collector: 'test' },
  },
  {
    id: 'i-web',
    provider: 'aws',
    service: 'ec2',
    kind: 'compute.instance',
    account: 'a1',
    tags: {},
    properties: { privateIps: ['10.0.0.7'] },
    relations: [],
    unknown: [],
    raw: {},
    source: { type: 'export', collector: 'test' },
  },
];
const index = new InventoryIndex(inventory);
const enricher = new Enricher(index);

interface F {
  src: string;
  dst: string;
  port: number;
  proto?: number;
  bytes?: number;
  packets?: number;
  action?: number;
  start: number;
}

function ip(s: string): number {
  const c = parseCidr(s);
  if (c?.family !== 4) throw new Error(s);
  return c.addr;
}

/** Background: 50 internal clients → 5 internal servers (443, 5432) and → 50 external peers (443), 5% rejects. */
function background(r: () => number, t0: number, windowMs: number, n: number): F[] {
  const out: F[] = [];
  for (let k = 0; k < n; k++) {
    const src = `10.0.0.${10 + Math.floor(r() * 50)}`;
    const internal = r() < 0.5;
    out.push({
      src,
      dst: internal ? `10.0.1.${1 + Math.floor(r() * 5)}` : `198.51.100.${1 + Math.floor(r() * 50)}`,
      port: internal && r() < 0.5 ? 5432 : 443,
      bytes: 500 + Math.floor(r() * 50_000),
      packets: 5 + Math.floor(r() * 40),
      action: r() < 0.05 ? ACTION.reject : ACTION.accept,
      start: t0 + r() * windowMs,
    });
  }
  return out;
}

function run(det: Detector, flows: F[], now: number): Alert[] {
  const b = new FlowBatch(Math.max(16, flows.length));
  for (const f of flows) {
    const i = b.add();
    b.family[i] = 4;
    b.src4[i] = ip(f.src);
    b.dst4[i] = ip(f.dst);
    b.srcPort[i] = 40000 + (i % 20000);
    b.dstPort[i] = f.port;
    b.protocol[i] = f.proto ?? 6;
    b.bytes[i] = f.bytes ?? 1000;
    b.packets[i] = f.packets ?? 10;
    b.action[i] = f.action ?? ACTION.accept;
    b.start[i] = f.start;
    b.end[i] = f.start + 1000;
  }
  det.observe(b, enricher.enrich(b));
  return det.flush(now);
}

const W = 300_000;
const T0 = Date.UTC(2026, 0, 1);

function expectOne(alerts: Alert[], detector: string, entity: string): Alert {
  expect(alerts.map((a) => [a.detector, a.entity])).toEqual([[detector, entity]]);
  const a = alerts[0] as Alert;
  expect(a.samples.length).toBeGreaterThan(0);
  expect(a.samples.length).toBeLessThanOrEqual(5);
  expect(a.explanation).toContain(entity);
  return a;
}

describe('vertical scan', () => {
  const scan = (ports: number): F[] =>
    Array.from({ length: ports }, (_, k) => ({
      src: '203.0.113.9',
      dst: '10.0.0.7',
      port: 1 + k,
      start: T0 + k,
    }));
  it('fires once at the threshold, naming the resource', () => {
    const a = expectOne(
      run(new VerticalScanDetector(), [...background(rng(1), T0, W, 2000), ...scan(100)], T0 + W),
      'vertical-scan',
      '203.0.113.9',
    );
    expect(a.peers).toEqual(['i-web']);
    expect(a.counts.distinct).toBe(100);
  });
  it('is silent below the threshold and on background alone', () => {
    expect(
      run(new VerticalScanDetector(), [...background(rng(1), T0, W, 2000), ...scan(99)], T0 + W),
    ).toEqual([]);
    expect(run(new VerticalScanDetector(), background(rng(2), T0, W, 5000), T0 + W)).toEqual([]);
  });
  it('starts over after a flush and counts what it drops', () => {
    const d = new VerticalScanDetector({ maxGroups: 10 });
    run(d, scan(60), T0 + W);
    expect(run(d, scan(60), T0 + 2 * W)).toEqual([]);
    run(d, background(rng(3), T0, W, 500), T0 + W);
    expect(d.stats().dropped.groups).toBeGreaterThan(0);
  });
});

describe('horizontal sweep', () => {
  const sweep = (hosts: number): F[] =>
    Array.from({ length: hosts }, (_, k) => ({
      src: '10.0.0.99',
      dst: `10.0.2.${k + 1}`,
      port: 445,
      start: T0 + k,
    }));
  it('fires at 50 hosts on one port', () => {
    const a = expectOne(
      run(new HorizontalSweepDetector(), [...background(rng(4), T0, W, 2000), ...sweep(50)], T0 + W),
      'horizontal-sweep',
      '10.0.0.99',
    );
    expect(a.counts.port).toBe(445);
  });
  it('is silent at 49 and on background', () => {
    expect(
      run(new HorizontalSweepDetector(), [...background(rng(4), T0, W, 2000), ...sweep(49)], T0 + W),
    ).toEqual([]);
    expect(run(new HorizontalSweepDetector(), background(rng(5), T0, W, 5000), T0 + W)).toEqual([]);
  });
});

describe('outbound spam', () => {
  const smtp = (hosts: number, prefix = '198.51.100'): F[] =>
    Array.from({ length: hosts }, (_, k) => ({
      src: '10.0.0.7',
      dst: `${prefix}.${k + 100}`,
      port: 25,
      start: T0 + k,
    }));
  it('fires at 20 external mail servers', () => {
    expectOne(
      run(new OutboundSpamDetector(), [...background(rng(6), T0, W, 2000), ...smtp(20)], T0 + W),
      'outbound-spam',
      'i-web',
    );
  });
  it('is silent at 19, to internal relays, for allowed relays and on background', () => {
    const bg = background(rng(6), T0, W, 2000);
    expect(run(new OutboundSpamDetector(), [...bg, ...smtp(19)], T0 + W)).toEqual([]);
    expect(run(new OutboundSpamDetector(), [...bg, ...smtp(30, '10.0.3')], T0 + W)).toEqual([]);
    expect(run(new OutboundSpamDetector({ allowSources: ['i-web'] }), [...bg, ...smtp(30)], T0 + W)).toEqual(
      [],
    );
  });
});

describe('brute force', () => {
  const attempts = (n: number, port = 22, packets = 8, action: number = ACTION.accept): F[] =>
    Array.from({ length: n }, (_, k) => ({
      src: '203.0.113.50',
      dst: '10.0.0.7',
      port,
      packets,
      action,
      start: T0 + k * 1000,
    }));
  it('fires at 30 short SSH attempts, and on rejected RDP', () => {
    const a = expectOne(
      run(new BruteForceDetector(), [...background(rng(7), T0, W, 2000), ...attempts(30)], T0 + W),
      'brute-force',
      '203.0.113.50',
    );
    expect(a.explanation).toContain('ssh');
    const b = expectOne(
      run(new BruteForceDetector(), attempts(30, 3389, 500, ACTION.reject), T0 + W),
      'brute-force',
      '203.0.113.50',
    );
    expect(b.explanation).toContain('rdp');
    expectOne(run(new BruteForceDetector(), attempts(30, 5986), T0 + W), 'brute-force', '203.0.113.50');
  });
  it('is silent at 29, for long sessions and on background', () => {
    expect(
      run(new BruteForceDetector(), [...background(rng(7), T0, W, 2000), ...attempts(29)], T0 + W),
    ).toEqual([]);
    expect(run(new BruteForceDetector(), attempts(100, 22, 21), T0 + W)).toEqual([]);
    expect(run(new BruteForceDetector(), background(rng(8), T0, W, 5000), T0 + W)).toEqual([]);
  });
});

describe('beaconing', () => {
  const beacon = (n: number, jitter: number, r: () => number, sizeJitter = 0.02): F[] =>
    Array.from({ length: n }, (_, k) => ({
      src: '10.0.0.7',
      dst: '192.0.2.66',
      port: 443,
      bytes: Math.round(1200 * (1 + (r() - 0.5) * 2 * sizeJitter)),
      start: T0 + k * 60_000 + (r() - 0.5) * 2 * jitter,
    }));
  it('fires on a 60 s beacon with 2 s jitter', () => {
    const r = rng(9);
    const a = expectOne(
      run(
        new BeaconDetector(),
        [...background(r, T0, 12 * 60_000, 3000), ...beacon(12, 2000, r)],
        T0 + 13 * 60_000,
      ),
      'beaconing',
      'i-web',
    );
    expect(a.peers).toEqual(['192.0.2.66']);
    expect(a.counts.meanIntervalMs).toBeGreaterThan(55_000);
  });
  it('is silent with too few flows, irregular timing, varying sizes, and on background', () => {
    const r = rng(10);
    const bg = background(r, T0, 12 * 60_000, 3000);
    expect(run(new BeaconDetector(), [...bg, ...beacon(9, 2000, r)], T0 + 13 * 60_000)).toEqual([]);
    expect(run(new BeaconDetector(), [...bg, ...beacon(12, 25_000, r)], T0 + 13 * 60_000)).toEqual([]);
    expect(run(new BeaconDetector(), [...bg, ...beacon(12, 2000, r, 0.9)], T0 + 13 * 60_000)).toEqual([]);
    expect(run(new BeaconDetector(), bg, T0 + 13 * 60_000)).toEqual([]);
  });
  it('accumulates across windows and forgets idle pairs', () => {
    const r = rng(11);
    const d = new BeaconDetector({ idleMs: 3600_000 });
    const flows = beacon(12, 1000, r);
    expect(run(d, flows.slice(0, 6), T0 + 6 * 60_000)).toEqual([]);
    expect(run(d, flows.slice(6), T0 + 12 * 60_000)).toHaveLength(1);
    const d2 = new BeaconDetector({ idleMs: 60_000 });
    run(d2, flows.slice(0, 6), T0 + 100 * 60_000);
    expect(run(d2, flows.slice(6), T0 + 12 * 60_000)).toEqual([]);
  });
});

describe('exfiltration', () => {
  const upload = (bytes: number, w: number): F[] => [
    { src: '10.0.0.7', dst: '192.0.2.200', port: 443, bytes, start: T0 + w * W + 10 },
  ];
  function history(d: ExfiltrationDetector, r: () => number, windows: number): void {
    for (let w = 0; w < windows; w++) {
      const base = 2_000_000 * (0.9 + r() * 0.2);
      expect(run(d, [...background(r, T0 + w * W, W, 500), ...upload(base, w)], T0 + (w + 1) * W)).toEqual(
        [],
      );
    }
  }
  it('fires on a 200 MB upload after the cold start', () => {
    const r = rng(12);
    const d = new ExfiltrationDetector();
    history(d, r, 30);
    const a = expectOne(
      run(d, [...background(r, T0 + 30 * W, W, 500), ...upload(200e6, 30)], T0 + 31 * W),
      'exfiltration',
      'i-web',
    );
    expect(a.peers[0]).toBe('192.0.2.200');
    expect(a.severity).toBe('high');
  });
  it('only learns during the cold start; silent on normal volume and below minValue', () => {
    const r = rng(13);
    const d = new ExfiltrationDetector();
    history(d, r, 10);
    expect(run(d, upload(200e6, 10), T0 + 11 * W)).toEqual([]);
    const d2 = new ExfiltrationDetector();
    history(d2, r, 30);
    expect(run(d2, upload(40e6, 30), T0 + 31 * W)).toEqual([]); // z is huge but under 50 MiB
  });
});

describe('denied surge', () => {
  const rejects = (n: number, w: number): F[] =>
    Array.from({ length: n }, (_, k) => ({
      src: `203.0.113.${k % 200}`,
      dst: '10.0.0.7',
      port: 23,
      action: ACTION.reject,
      start: T0 + w * W + k,
    }));
  it('fires on a surge after learning, silent before and on steady background', () => {
    const r = rng(14);
    const d = new DeniedSurgeDetector();
    for (let w = 0; w < 15; w++)
      expect(run(d, background(r, T0 + w * W, W, 2000), T0 + (w + 1) * W)).toEqual([]);
    const a = expectOne(
      run(d, [...background(r, T0 + 15 * W, W, 2000), ...rejects(2000, 15)], T0 + 16 * W),
      'denied-surge',
      'all',
    );
    expect(a.counts.rejects).toBeGreaterThan(2000);
    const early = new DeniedSurgeDetector();
    expect(run(early, rejects(5000, 0), T0 + W)).toEqual([]);
  });
  it('per destination', () => {
    const d = new DeniedSurgeDetector({ perDestination: true, coldStart: 3 });
    for (let w = 0; w < 4; w++) run(d, rejects(10, w), T0 + (w + 1) * W);
    expectOne(run(d, rejects(1000, 4), T0 + 5 * W), 'denied-surge', 'i-web');
  });
});

describe('lateral movement', () => {
  const learn = (d: LateralMovementDetector, r: () => number, windows: number): void => {
    for (let w = 0; w < windows; w++) {
      const flows = background(r, T0 + w * W, W, 600);
      // i-web talks to its 3 usual servers.
      for (let k = 1; k <= 3; k++)
        flows.push({ src: '10.0.0.7', dst: `10.0.1.${k}`, port: 5432, start: T0 + w * W + k });
      expect(run(d, flows, T0 + (w + 1) * W)).toEqual([]);
    }
  };
  const spread = (n: number, w: number): F[] =>
    Array.from({ length: n }, (_, k) => ({
      src: '10.0.0.7',
      dst: `10.0.5.${k + 1}`,
      port: 445,
      start: T0 + w * W + k,
    }));
  it('fires when a host reaches many new internal peers', () => {
    const r = rng(15);
    const d = new LateralMovementDetector();
    learn(d, r, 24);
    const a = expectOne(
      run(d, [...background(r, T0 + 24 * W, W, 600), ...spread(15, 24)], T0 + 25 * W),
      'lateral-movement',
      'i-web',
    );
    expect(a.counts.newEdges).toBe(15);
  });
  it('is silent below minNewEdges, during learning, and once the edges are known', () => {
    const r = rng(16);
    const d = new LateralMovementDetector();
    learn(d, r, 24);
    expect(run(d, [...background(r, T0 + 24 * W, W, 600), ...spread(9, 24)], T0 + 25 * W)).toEqual([]);
    // The 9 are now known: 9 known + 3 new gives fan-out 12 but only 3 new edges.
    expect(run(d, spread(12, 25), T0 + 26 * W)).toEqual([]);
    expect(run(new LateralMovementDetector(), spread(40, 0), T0 + W)).toEqual([]);
  });
});

describe('threat list', () => {
  const list = parseThreatList(
    'bad-ips.txt',
    '# feed\n192.0.2.0/24 c2-range\n198.51.100.77\nnot-an-ip\n2001:db8::/32\n',
  );
  it('parses with located errors', () => {
    expect(list.entries).toHaveLength(3);
    expect(list.issues).toEqual([
      { file: 'bad-ips.txt', line: 4, message: 'not an IP address or CIDR: not-an-ip' },
    ]);
  });
  it('fires per indicator and local peer; high when accepted', () => {
    const bg = background(rng(17), T0, W, 2000).filter((f) => f.dst !== '198.51.100.77');
    const alerts = run(
      new ThreatListDetector(list),
      [
        ...bg,
        { src: '10.0.0.7', dst: '192.0.2.5', port: 443, start: T0 },
        { src: '198.51.100.77', dst: '10.0.0.8', port: 22, action: ACTION.reject, start: T0 },
      ],
      T0 + W,
    );
    expect(alerts.map((a) => [a.entity, a.peers[0], a.severity])).toEqual([
      ['i-web', '192.0.2.5', 'high'],
      ['10.0.0.8', '198.51.100.77', 'low'],
    ]);
    expect(alerts[0]?.explanation).toContain('bad-ips.txt:2');
    expect(run(new ThreatListDetector(list), bg, T0 + W)).toEqual([]);
  });
});
