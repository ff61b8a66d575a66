import { describe, expect, it } from 'vitest';
import type { Resource } from '../../core/resource.js';
import { FlowBatch } from '../batch.js';
import { parseIPv6Text } from '../formats/lines.js';
import { Enricher, INTERNAL } from './enricher.js';
import { InventoryIndex } from './inventory.js';
import { Ipv4LpmBuilder, Ipv6Lpm, mask4, parseCidr } from './lpm.js';

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

function brute(prefixes: { addr: number; len: number; value: number }[], a: number): number {
  let best = -1;
  let bestLen = -1;
  for (const p of prefixes) {
    if ((a & mask4(p.len)) >>> 0 === p.addr && p.len >= bestLen) {
      best = p.value;
      bestLen = p.len;
    }
  }
  return best;
}

describe('IPv4 LPM', () => {
  it('matches a brute-force reference over random nested prefixes', () => {
    const r = rng(7);
    for (let round = 0; round < 10; round++) {
      const prefixes: { addr: number; len: number; value: number }[] = [];
      const b = new Ipv4LpmBuilder();
      const bases: number[] = [];
      for (let k = 0; k < 200; k++) {
        // Nest: half the prefixes are refinements of an earlier one.
        const len = Math.floor(r() * 33);
        const base =
          bases.length > 0 && r() < 0.5
            ? (bases[Math.floor(r() * bases.length)] as number)
            : (r() * 2 ** 32) >>> 0;
        const noise = (r() * 2 ** 32) >>> 0;
        const addr = ((base & 0xffff0000) | (noise & 0xffff)) & mask4(len);
        const p = { addr: addr >>> 0, len, value: k };
        prefixes.push(p);
        bases.push(p.addr);
        b.add(p.addr, p.len, p.value);
      }
      const lpm = b.build();
      const probes = [0, 0xffffffff, 1, 0xfffffffe];
      for (const p of prefixes) {
        const end = p.addr + 2 ** (32 - p.len) - 1;
        probes.push(p.addr, end, (p.addr - 1) >>> 0, (end + 1) >>> 0);
      }
      for (let k = 0; k < 500; k++) probes.push((r() * 2 ** 32) >>> 0);
      for (const a of probes) expect(lpm.lookup(a), `round ${round} addr ${a}`).toBe(brute(prefixes, a));
    }
  });

  it('handles /0, /32 and the ends of the address space', () => {
    const b = new Ipv4LpmBuilder();
    b.add(0, 0, 1);
    b.add(0xffffffff, 32, 2);
    b.add(0, 32, 3);
    b.add(0x0a000000, 8, 4);
    b.add(0x0a000000, 8, 5); // equal prefix: the later one wins
    const lpm = b.build();
    expect(lpm.lookup(0)).toBe(3);
    expect(lpm.lookup(1)).toBe(1);
    expect(lpm.lookup(0xffffffff)).toBe(2);
    expect(lpm.lookup(0xfffffffe)).toBe(1);
    expect(lpm.lookup(0x0a000001)).toBe(5);
    expect(lpm.lookup(0x0b000000)).toBe(1);
    expect(new Ipv4LpmBuilder().build().lookup(12345)).toBe(-1);
  });
});

describe('IPv6 LPM', () => {
  it('returns the longest match', () => {
    const t = new Ipv6Lpm();
    for (const [text, v] of [
      ['::/0', 0],
      ['2001:db8::/32', 1],
      ['2001:db8:1::/48', 2],
      ['2001:db8:1::5/128', 3],
    ] as const) {
      const c = parseCidr(text);
      if (c?.family !== 6) throw new Error(text);
      t.insert(c.bytes, 0, c.len, v);
    }
    const at = (s: string): number => {
      const b = new Uint8Array(16);
      parseIPv6Text(s, b, 0);
      return t.lookup(b, 0);
    };
    expect(at('2001:db8:1::5')).toBe(3);
    expect(at('2001:db8:1::6')).toBe(2);
    expect(at('2001:db8:2::1')).toBe(1);
    expect(at('fe80::1')).toBe(0);
    expect(at('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')).toBe(0);
  });
});

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
    account: '111122223333',
    tags: {},
    properties,
    relations: [],
    unknown: [],
    raw: {},
    source: { type: 'export', collector: 'test' },
    ...extra,
  };
}

function smallInventory(): Resource[] {
  return [
    res('vpc-1', 'network.vpc', { cidrs: ['10.0.0.0/16', 'fd00:1::/48'] }, { name: 'prod-vpc' }),
    res('subnet-a', 'network.subnet', { cidrs: ['10.0.1.0/24'], vpc: 'vpc-1' }, { name: 'web' }),
    res('eni-1', 'network.interface', {
      privateIps: ['10.0.1.10'],
      publicIps: ['203.0.113.10'],
      subnet: 'subnet-a',
      vpc: 'vpc-1',
    }),
    res(
      'i-1',
      'compute.instance',
      { privateIps: ['10.0.1.11'], publicIps: [], subnet: 'subnet-a', vpc: 'vpc-1' },
      { tags: { Team: 'payments', env: 'prod' }, tier: 'prod' },
    ),
    res('onprem:db1', 'host.server', { ips: ['192.168.5.5', 'fd00:1::5'], owner: 'dba' }),
  ];
}

describe('Enricher', () => {
  it('maps addresses to entities, most specific first, and flags internal endpoints', () => {
    const index = new InventoryIndex(smallInventory());
    expect(index.issues).toEqual([]);
    const e = new Enricher(index);
    const batch = new FlowBatch(16);
    const add4 = (s: string, d: string): void => {
      const i = batch.add();
      batch.family[i] = 4;
      const cs = parseCidr(s);
      const cd = parseCidr(d);
      if (cs?.family !== 4 || cd?.family !== 4) throw new Error('bad');
      batch.src4[i] = cs.addr;
      batch.dst4[i] = cd.addr;
    };
    add4('10.0.1.10', '10.0.1.11'); // interface → instance
    add4('10.0.1.99', '10.0.2.5'); // subnet → VPC
    add4('198.51.100.1', '203.0.113.10'); // internet → interface public IP
    add4('172.16.0.1', '100.64.0.1'); // private, not in inventory
    const i6 = batch.add();
    batch.family[i6] = 6;
    parseIPv6Text('fd00:1::5', batch.src6, i6 * 16);
    parseIPv6Text('::ffff:10.0.1.11', batch.dst6, i6 * 16);
    const i7 = batch.add();
    batch.family[i7] = 6;
    parseIPv6Text('2001:db8::1', batch.src6, i7 * 16);
    parseIPv6Text('fd99::1', batch.dst6, i7 * 16);
    const out = e.enrich(batch);
    const id = (k: number): string | undefined => index.entities[k]?.id;
    expect([id(out.srcEntity[0] ?? -1), id(out.dstEntity[0] ?? -1)]).toEqual(['eni-1', 'i-1']);
    expect([id(out.srcEntity[1] ?? -1), id(out.dstEntity[1] ?? -1)]).toEqual(['subnet-a', 'vpc-1']);
    expect([out.srcEntity[2], id(out.dstEntity[2] ?? -1)]).toEqual([-1, 'eni-1']);
    expect(out.internal[2]).toBe(INTERNAL.dst);
    expect([out.srcEntity[3], out.dstEntity[3], out.internal[3]]).toEqual([-1, -1, 3]);
    expect([id(out.srcEntity[4] ?? -1), id(out.dstEntity[4] ?? -1), out.internal[4]]).toEqual([
      'onprem:db1',
      'i-1',
      3,
    ]);
    expect([out.srcEntity[5], out.dstEntity[5], out.internal[5]]).toEqual([-1, -1, INTERNAL.dst]);
    const inst = index.entities[out.dstEntity[0] ?? -1];
    expect(inst).toMatchObject({
      owner: 'payments',
      tier: 'prod',
      segments: ['web', 'prod-vpc'],
      account: '111122223333',
    });
    expect(index.entities[out.srcEntity[4] ?? -1]?.owner).toBe('dba');
    // Reuse: no new columns when the output is passed back in.
    expect(e.enrich(batch, out)).toBe(out);
  });

  it('treats an interface address written with its subnet length as the host', () => {
    const index = new InventoryIndex([res('eni-y', 'network.interface', { privateIps: ['10.0.1.5/24'] })]);
    expect(index.lpm.v4.lookup(0x0a000105)).toBe(0);
    expect(index.lpm.v4.lookup(0x0a000106)).toBe(-1);
  });

  it('reports addresses that do not parse', () => {
    const index = new InventoryIndex([res('eni-x', 'network.interface', { privateIps: ['10.0.0.300'] })]);
    expect(index.issues).toHaveLength(1);
  });
});
