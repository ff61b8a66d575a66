import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProperties, type ResourceInput, ResourceSchema } from '../../core/index.js';
import { csvCollector, mergeOnpremHosts, nmapCollector } from './index.js';

/** The example data centre: each misconfiguration listed in examples/estate/onprem/MISCONFIGURATIONS.md. */
const EXAMPLE = join(import.meta.dirname, '../../../examples/estate/onprem');
type Service = { port: string; name: string; product?: string; version?: string; extraInfo?: string };

describe('examples/estate/onprem', () => {
  let hosts: ResourceInput[];
  const get = (id: string): ResourceInput => {
    const r = hosts.find((x) => x.id === id);
    if (!r) throw new Error(`no ${id}; have ${hosts.map((x) => x.id).join(', ')}`);
    return r;
  };
  const ports = (id: string) => get(id).properties?.openPorts as string[];
  const services = (id: string) => get(id).properties?.services as Service[];

  beforeAll(async () => {
    const ctx = { collectedAt: '2025-03-04T03:00:00.000Z' };
    const inventory = await csvCollector.collect(join(EXAMPLE, 'inventory.csv'), ctx);
    const scan = await nmapCollector.collect(join(EXAMPLE, 'scan.xml'), ctx);
    expect([...inventory.issues, ...scan.issues]).toEqual([]);
    expect(inventory.resources).toHaveLength(8);
    expect(scan.resources).toHaveLength(8);
    hosts = mergeOnpremHosts([...inventory.resources, ...scan.resources]);
  });

  it('gives one valid resource per host', () => {
    expect(hosts.map((h) => h.id)).toEqual([
      'onprem:dc-ad01',
      'onprem:fs01',
      'onprem:sw-core-01',
      'onprem:esx01',
      'onprem:app-vm01',
      'onprem:legacy-erp',
      'onprem:backup01',
      'onprem:dev-vm07',
      'onprem:10.10.0.99',
    ]);
    for (const r of hosts) {
      expect(ResourceSchema.safeParse(r).success, r.id).toBe(true);
      expect(checkProperties(r.kind, r.properties ?? {}), r.id).toEqual([]);
    }
  });

  it('shows each listed misconfiguration', () => {
    expect(ports('onprem:sw-core-01')).toEqual(expect.arrayContaining(['tcp/23', 'tcp/80']));
    expect(services('onprem:sw-core-01')).toContainEqual(
      expect.objectContaining({ name: 'ssh', extraInfo: 'protocol 1.99' }),
    );

    expect(get('onprem:fs01').properties).toMatchObject({
      os: 'Windows Server 2012 R2',
      scanOs: 'Microsoft Windows Server 2012 R2',
    });
    expect(ports('onprem:fs01')).toEqual(expect.arrayContaining(['tcp/3389', 'tcp/5985']));

    expect(get('onprem:legacy-erp').properties).toMatchObject({
      os: 'CentOS 6.10',
      ips: ['10.10.1.50', '10.10.9.50'],
    });
    expect(services('onprem:legacy-erp')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ port: 'tcp/22', product: 'OpenSSH', version: '5.3' }),
        expect.objectContaining({ port: 'tcp/21', product: 'vsftpd', version: '2.2.2' }),
        expect.objectContaining({ port: 'tcp/80', product: 'Apache httpd', version: '2.2.15' }),
        expect.objectContaining({ port: 'tcp/3306', product: 'MySQL', version: '5.1.73' }),
      ]),
    );

    expect(ports('onprem:esx01')).toEqual(expect.arrayContaining(['tcp/427', 'tcp/443', 'tcp/902']));

    const dev = get('onprem:dev-vm07');
    expect(dev.properties?.owner).toBeUndefined();
    expect(dev.unknown).toContainEqual(expect.objectContaining({ path: 'owner' }));
    expect(dev.properties?.os).toBe('Ubuntu 18.04 LTS');
    expect(ports('onprem:dev-vm07')).toContain('tcp/3306');

    const printer = get('onprem:10.10.0.99');
    expect(printer.source.type).toBe('scan');
    expect(printer.unknown?.map((u) => u.path)).toEqual(['owner', 'environment']);
    expect(ports('onprem:10.10.0.99')).toEqual(expect.arrayContaining(['tcp/21', 'tcp/23']));
  });

  it('shows the listed gaps', () => {
    const backup = get('onprem:backup01');
    expect(backup.properties?.openPorts).toBeUndefined();
    expect(backup.unknown?.map((u) => u.path)).toEqual(['openPorts', 'services']);
    expect(ports('onprem:dc-ad01')).not.toContain('tcp/3389');
    expect(get('onprem:dc-ad01').properties?.ports).toContainEqual(
      expect.objectContaining({ port: 'tcp/3389', state: 'filtered' }),
    );
  });
});
