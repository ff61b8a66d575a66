import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProperties, type ResourceInput, ResourceSchema } from '../../core/index.js';
import { csvCollector, mergeOnpremHosts, nmapCollector, readInventoryCsv, readNmapXml } from './index.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/inventory/onprem');
const ctx = { collectedAt: '2025-03-03T10:00:00.000Z' };
const HEADER = 'host,ip,os,owner,environment,site,role,tags\n';

function scanOf(hosts: { ip: string; name?: string; ports: number[] }[]): string {
  const body = hosts
    .map(
      (
        h,
      ) => `<host><status state="up" reason="syn-ack"/><address addr="${h.ip}" addrtype="${h.ip.includes(':') ? 'ipv6' : 'ipv4'}"/>
<hostnames>${h.name ? `<hostname name="${h.name}" type="PTR"/>` : ''}</hostnames>
<ports>${h.ports.map((p) => `<port protocol="tcp" portid="${p}"><state state="open" reason="syn-ack"/><service name="svc${p}" method="table" conf="3"/></port>`).join('')}</ports></host>`,
    )
    .join('\n');
  return `<?xml version="1.0"?>\n<nmaprun scanner="nmap">\n${body}\n</nmaprun>\n`;
}

function find(resources: ResourceInput[], id: string): ResourceInput {
  const r = resources.find((x) => x.id === id);
  if (!r) throw new Error(`no resource ${id}; have ${resources.map((x) => x.id).join(', ')}`);
  return r;
}

describe('mergeOnpremHosts on the inventory and the scans', () => {
  let merged: ResourceInput[];
  let before: number;
  beforeAll(async () => {
    const csv = await csvCollector.collect(join(FIXTURES, 'inventory.csv'), ctx);
    const scan = await nmapCollector.collect(join(FIXTURES, 'scan.xml'), ctx);
    const v6 = await nmapCollector.collect(join(FIXTURES, 'scan-ipv6.xml'), ctx);
    const all = [...csv.resources, ...scan.resources, ...v6.resources];
    before = all.length;
    merged = mergeOnpremHosts(all);
  });

  it('gives one resource per host', () => {
    // 6 inventory rows + 3 scanned hosts + 1 IPv6 host; web01, db01 and v6host are in both.
    expect(before).toBe(10);
    expect(merged.map((r) => r.id)).toEqual([
      'onprem:web01',
      'onprem:db01',
      'onprem:app-vm01',
      'onprem:notes01',
      'onprem:v6host',
      'onprem:last01',
      'onprem:sw-core-01',
    ]);
    for (const r of merged) {
      expect(ResourceSchema.safeParse(r).success, r.id).toBe(true);
      expect(checkProperties(r.kind, r.properties ?? {}), r.id).toEqual([]);
    }
  });

  it('takes owner, environment, site and OS from the inventory, ports and services from the scan', () => {
    const web = find(merged, 'onprem:web01');
    expect(web).toMatchObject({ name: 'web01', account: 'dc1', service: 'physical-server' });
    expect(web.source).toMatchObject({ type: 'inventory', collector: 'csv' });
    expect(web.properties).toMatchObject({
      ips: ['10.0.1.10'],
      owner: 'team-web',
      environment: 'production',
      os: 'Ubuntu 22.04 LTS',
      // What the scan guessed, kept for comparison.
      scanOs: 'Linux 5.0 - 5.14',
      openPorts: ['tcp/22', 'tcp/80'],
      hostnames: ['web01.corp.example'],
    });
    expect(web.properties?.services).toHaveLength(2);
    // Ports are known now; owner and environment were known already.
    expect(web.unknown).toEqual([]);
    expect(web.tags).toEqual({ tier: 'frontend', pci: 'yes' });
    expect(
      ((web.properties?.sources ?? []) as { id: string; type: string }[]).map((s) => [s.id, s.type]),
    ).toEqual([
      ['onprem:web01', 'inventory'],
      ['onprem:web01.corp.example', 'scan'],
    ]);
    expect((web.raw as { merged: unknown[] }).merged).toHaveLength(2);
  });

  it('matches on any of a host’s addresses', () => {
    // db01 lists 10.0.2.20;10.0.3.20 and the scan saw 10.0.3.20.
    const db = find(merged, 'onprem:db01');
    expect(db.properties).toMatchObject({
      ips: ['10.0.2.20', '10.0.3.20'],
      openPorts: ['tcp/3389', 'tcp/5432'],
      os: 'Red Hat Enterprise Linux 8',
      scanOs: 'Windows',
    });
  });

  it('matches IPv6 addresses written differently', () => {
    expect(find(merged, 'onprem:v6host').properties).toMatchObject({
      ips: ['2001:db8::1'],
      openPorts: ['tcp/179'],
    });
  });

  it('keeps a scanned host the inventory lacks, and inventory hosts the scan did not see', () => {
    expect(find(merged, 'onprem:sw-core-01').source.type).toBe('scan');
    const notes = find(merged, 'onprem:notes01');
    expect(notes.properties?.openPorts).toBeUndefined();
    expect(notes.unknown?.map((u) => u.path)).toContain('openPorts');
  });
});

describe('mergeOnpremHosts rules', () => {
  it('takes the OS from the scan when the inventory has none', async () => {
    const inv = readInventoryCsv('i.csv', `${HEADER}app01,10.0.0.7,,ops,production,dc1,app,\n`, ctx);
    const scan = await readNmapXml(
      's.xml',
      ctx,
      '<nmaprun scanner="nmap"><host><status state="up" reason="x"/><address addr="10.0.0.7"/><os><osmatch name="Linux 5.X" accuracy="96" line="1"/></os></host></nmaprun>',
    );
    const [one, ...rest] = mergeOnpremHosts([...inv.resources, ...scan.resources]);
    expect(rest).toEqual([]);
    expect(one?.properties).toMatchObject({ os: 'Linux 5.X', owner: 'ops' });
    expect(one?.properties?.scanOs).toBeUndefined();
    expect(one?.unknown?.map((u) => u.path)).toEqual(['openPorts', 'services']);
  });

  it('does not merge a scanned address shared by two inventory hosts, and says why', async () => {
    const inv = readInventoryCsv(
      'i.csv',
      `${HEADER}node-a,"10.0.0.1;10.0.0.100",,,,,,\nnode-b,"10.0.0.2;10.0.0.100",,,,,,\n`,
      ctx,
    );
    const scan = await readNmapXml('s.xml', ctx, scanOf([{ ip: '10.0.0.100', ports: [443] }]));
    const out = mergeOnpremHosts([...inv.resources, ...scan.resources]);
    expect(out.map((r) => r.id)).toEqual(['onprem:node-a', 'onprem:node-b', 'onprem:10.0.0.100']);
    expect(out[2]?.unknown?.filter((u) => u.path === 'owner')).toEqual([
      {
        path: 'owner',
        reason: 'its addresses match several inventory hosts (onprem:node-a, onprem:node-b); not merged',
      },
    ]);
  });

  it('merges two scans of the same host, uniting their ports', async () => {
    const a = await readNmapXml('a.xml', ctx, scanOf([{ ip: '10.0.0.9', name: 'h9', ports: [22, 80] }]));
    const b = await readNmapXml('b.xml', ctx, scanOf([{ ip: '10.0.0.9', ports: [80, 443] }]));
    const out = mergeOnpremHosts([...a.resources, ...b.resources]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 'onprem:h9' });
    expect(out[0]?.properties?.openPorts).toEqual(['tcp/22', 'tcp/80', 'tcp/443']);
    expect(((out[0]?.properties?.services ?? []) as unknown[]).length).toBe(3);
  });

  it('merges the same host listed in two inventory files, and leaves other resources alone', () => {
    const a = readInventoryCsv('a.csv', `${HEADER}web01,10.0.0.1,Ubuntu,web,production,dc1,web,\n`, ctx);
    const b = readInventoryCsv('b.csv', `${HEADER}WEB01,10.0.0.2,,,,dc2,web,owner-note=x\n`, ctx);
    const other: ResourceInput = {
      raw: {},
      id: 'k8s:c/ns/Pod/p',
      provider: 'k8s',
      service: 'self-managed',
      kind: 'k8s.workload',
      account: 'c',
      source: { type: 'export', collector: 'k8s' },
    };
    const out = mergeOnpremHosts([other, ...a.resources, ...b.resources]);
    expect(out.map((r) => r.id)).toEqual(['k8s:c/ns/Pod/p', 'onprem:web01']);
    expect(out[0]).toBe(other);
    expect(out[1]).toMatchObject({
      account: 'dc1',
      tags: { 'owner-note': 'x' },
      properties: { ips: ['10.0.0.1', '10.0.0.2'] },
    });
  });

  it('does not merge inventory hosts that only share an address', () => {
    const inv = readInventoryCsv('i.csv', `${HEADER}node-a,10.0.0.100,,,,,,\nnode-b,10.0.0.100,,,,,,\n`, ctx);
    expect(mergeOnpremHosts(inv.resources)).toHaveLength(2);
  });

  it('changes nothing when run again', async () => {
    const csv = await csvCollector.collect(join(FIXTURES, 'inventory.csv'), ctx);
    const scan = await nmapCollector.collect(join(FIXTURES, 'scan.xml'), ctx);
    const once = mergeOnpremHosts([...csv.resources, ...scan.resources]);
    expect(mergeOnpremHosts(once)).toEqual(once);
  });
});
