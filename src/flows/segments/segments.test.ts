import { describe, expect, it } from 'vitest';
import type { Resource } from '../../core/resource.js';
import { ACTION, FlowBatch } from '../batch.js';
import { Enricher } from '../enrich/enricher.js';
import { InventoryIndex } from '../enrich/inventory.js';
import { parseCidr } from '../enrich/lpm.js';
import { parseIPv6Text } from '../formats/lines.js';
import { loadSegments } from './segments.js';

function res(
  id: string,
  kind: string,
  properties: Record<string, unknown>,
  extra: Partial<Resource> = {},
): Resource {
  return {
    id,
    provider: 'aws',
    service: 'ec2',
    kind: kind as Resource['kind'],
    account: 'a1',
    tags: {},
    properties,
    relations: [],
    unknown: [],
    raw: {},
    source: { type: 'export', collector: 'test' },
    ...extra,
  };
}

const inventory = [
  res('i-web', 'compute.instance', { privateIps: ['10.0.1.10'] }, { tags: { env: 'prod', role: 'web' } }),
  res('i-db', 'compute.instance', { privateIps: ['10.0.2.10'] }, { tier: 'data' }),
  res('lb-1', 'network.load-balancer', { privateIps: ['10.0.0.5'] }),
  res('i-other', 'compute.instance', { privateIps: ['10.9.0.1'] }),
];

const YAML = `version: 1
segments:
  - name: web
    match:
      - tag: role=web
  - name: data
    match:
      - tier: data
  - name: lbs
    match:
      - kind: network.load-balancer
  - name: mgmt
    match:
      - cidr: 10.50.0.0/16
edges:
  - from: internet
    to: lbs
    protocol: tcp
    ports: [443]
  - from: lbs
    to: web
    protocol: tcp
    ports: ["8000-8080"]
  - from: web
    to: data
    protocol: tcp
    ports: [5432]
  - from: mgmt
    to: any
    protocol: tcp
    ports: [22]
`;

function flow(
  b: FlowBatch,
  s: string,
  d: string,
  port: number,
  proto = 6,
  action: number = ACTION.accept,
): void {
  const i = b.add();
  b.family[i] = 4;
  const cs = parseCidr(s);
  const cd = parseCidr(d);
  if (cs?.family !== 4 || cd?.family !== 4) throw new Error('bad');
  b.src4[i] = cs.addr;
  b.dst4[i] = cd.addr;
  b.dstPort[i] = port;
  b.protocol[i] = proto;
  b.action[i] = action;
}

describe('segmentation intent', () => {
  const index = new InventoryIndex(inventory);
  const { matcher, issues } = loadSegments('seg.yaml', index.entities, YAML);
  it('loads', () => expect(issues).toEqual([]));

  it('assigns segments by tag, tier, kind, CIDR and internet, and flags violations', () => {
    if (!matcher) throw new Error('no matcher');
    const b = new FlowBatch(32);
    flow(b, '198.51.100.7', '10.0.0.5', 443); // 0 internet → lbs 443: allowed
    flow(b, '10.0.0.5', '10.0.1.10', 8080); // 1 lbs → web (range end): allowed
    flow(b, '10.0.0.5', '10.0.1.10', 8081); // 2 lbs → web outside range: violation
    flow(b, '10.0.1.10', '10.0.2.10', 5432); // 3 web → data: allowed
    flow(b, '10.0.1.10', '10.0.2.10', 5432, 17); // 4 wrong protocol: violation
    flow(b, '198.51.100.7', '10.0.1.10', 8080); // 5 internet → web: violation
    flow(b, '198.51.100.7', '10.0.1.10', 8080, 6, ACTION.reject); // 6 rejected: not a violation
    flow(b, '10.50.3.3', '10.0.2.10', 22); // 7 mgmt (CIDR) → any: allowed
    flow(b, '10.9.0.1', '10.0.2.10', 5432); // 8 unassigned source: ignored
    flow(b, '10.0.1.10', '10.0.1.10', 9999); // 9 intra-segment: allowed
    const enriched = new Enricher(index).enrich(b);
    const out = matcher.classify(b, enriched);
    const segs = Array.from({ length: b.length }, (_, i) => [
      matcher.name(out.srcSegment[i] ?? -1),
      matcher.name(out.dstSegment[i] ?? -1),
    ]);
    expect(segs[0]).toEqual(['internet', 'lbs']);
    expect(segs[3]).toEqual(['web', 'data']);
    expect(segs[7]).toEqual(['mgmt', 'data']);
    expect(segs[8]).toEqual(['unassigned', 'data']);
    expect(Array.from(out.violation.subarray(0, b.length))).toEqual([0, 0, 1, 0, 1, 1, 0, 0, 0, 0]);
  });

  it('matches IPv6 CIDRs and judges intra-segment and unassigned flows when asked', () => {
    const yaml = `version: 1
allowIntraSegment: false
ignoreUnassigned: false
segments:
  - name: v6
    match:
      - cidr: fd00:1::/48
edges:
  - from: unassigned
    to: v6
    protocol: udp
`;
    const { matcher: m, issues: errs } = loadSegments('v6.yaml', index.entities, yaml);
    expect(errs).toEqual([]);
    if (!m) throw new Error('no matcher');
    const b = new FlowBatch(8);
    const add6 = (s: string, d: string, proto: number): void => {
      const i = b.add();
      b.family[i] = 6;
      parseIPv6Text(s, b.src6, i * 16);
      parseIPv6Text(d, b.dst6, i * 16);
      b.protocol[i] = proto;
      b.dstPort[i] = 53;
      b.action[i] = ACTION.accept;
    };
    add6('fd00:1::1', 'fd00:1::2', 6); // intra-segment, not allowed here
    add6('fd99::1', 'fd00:1::2', 17); // unassigned → v6 udp: allowed
    add6('fd99::1', 'fd00:1::2', 6); // unassigned → v6 tcp: violation
    add6('2001:db8::1', 'fd00:1::2', 17); // internet → v6: violation
    const out = m.classify(b, new Enricher(index).enrich(b));
    expect(m.name(out.srcSegment[3] ?? -1)).toBe('internet');
    expect(Array.from(out.violation.subarray(0, b.length))).toEqual([1, 0, 1, 1]);
  });

  it('reports errors with file and line', () => {
    const bad = `version: 1
segments:
  - name: web
    match:
      - cidr: 10.0.0.0/33
edges:
  - from: web
    to: nowhere
`;
    const r = loadSegments('bad.yaml', [], bad);
    expect(r.matcher).toBeUndefined();
    expect(r.issues).toEqual([
      expect.objectContaining({ file: 'bad.yaml', line: 5, message: expect.any(String) }),
    ]);
    const r2 = loadSegments('bad2.yaml', [], bad.replace('/33', '/24'));
    expect(r2.issues).toEqual([expect.objectContaining({ line: 8, message: 'unknown segment nowhere' })]);
    const r3 = loadSegments(
      'bad3.yaml',
      [],
      'version: 1\nsegments:\n  - name: internet\n    match: [{tier: x}]\n',
    );
    expect(r3.issues[0]?.line).toBe(3);
  });
});
