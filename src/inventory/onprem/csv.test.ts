import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProperties, type ResourceInput, ResourceSchema } from '../../core/index.js';
import type { CollectResult } from '../types.js';
import { canonicalIp, csvCollector, isVirtualRole, parseCsv, parseTags, readInventoryCsv } from './index.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/inventory/onprem');
const ctx = { collectedAt: '2025-03-01T12:00:00.000Z' };
const HEADER = 'host,ip,os,owner,environment,site,role,tags\n';
const ROW = 'web01,10.0.1.10,Ubuntu 22.04,team-web,production,dc1,web server,tier=frontend\n';

function byId(result: CollectResult, id: string): ResourceInput {
  const r = result.resources.find((x) => x.id === id);
  if (!r) throw new Error(`no resource ${id}; have ${result.resources.map((x) => x.id).join(', ')}`);
  return r;
}

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, keeping each record’s first line', () => {
    const { records, errors } = parseCsv('a,"b,c","say ""hi"""\n"multi\nline",x,y\nlast,1,2');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b,c', 'say "hi"'] },
      { line: 2, fields: ['multi\nline', 'x', 'y'] },
      { line: 4, fields: ['last', '1', '2'] },
    ]);
  });

  it('accepts CRLF, LF and CR line breaks, skips a BOM and blank lines', () => {
    const { records } = parseCsv('\uFEFFh1,h2\r\na,b\r\n\r\nc,d\re,f\n');
    expect(records).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['a', 'b'] },
      { line: 4, fields: ['c', 'd'] },
      { line: 5, fields: ['e', 'f'] },
    ]);
  });

  it('keeps CRLF inside a quoted field and counts it as one line', () => {
    const { records } = parseCsv('"a\r\nb",c\r\nd,e\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['a\r\nb', 'c'] },
      { line: 3, fields: ['d', 'e'] },
    ]);
  });

  it('keeps empty fields, and spaces around quoted fields are dropped', () => {
    expect(parseCsv('a,,"",b\n').records[0]?.fields).toEqual(['a', '', '', 'b']);
    expect(parseCsv('a, "b" ,c\n').records[0]?.fields).toEqual(['a', 'b', 'c']);
  });

  it('reports text after a closing quote and reads the records after it', () => {
    const { records, errors } = parseCsv('a,"b"c,d\ne,f,g\n');
    expect(errors).toEqual([{ line: 1, message: expect.stringMatching(/after a closing quote/) }]);
    expect(records).toEqual([{ line: 2, fields: ['e', 'f', 'g'] }]);
  });

  it('reports a quote that never closes at the record’s line', () => {
    const { records, errors } = parseCsv('a,b\nc,"d\ne,f\n');
    expect(records).toEqual([{ line: 1, fields: ['a', 'b'] }]);
    expect(errors).toEqual([{ line: 2, message: expect.stringMatching(/line 2 never closes/) }]);
  });
});

describe('csv collector', () => {
  let result: CollectResult;
  beforeAll(async () => {
    result = await csvCollector.collect(join(FIXTURES, 'inventory.csv'), ctx);
  });

  it('reads every valid row into a valid host.server', () => {
    expect(result.resources.map((r) => r.id)).toEqual([
      'onprem:web01',
      'onprem:db01',
      'onprem:app-vm01',
      'onprem:notes01',
      'onprem:v6host',
      'onprem:last01',
    ]);
    for (const r of result.resources) {
      expect(ResourceSchema.safeParse(r).success, r.id).toBe(true);
      expect(checkProperties(r.kind, r.properties ?? {}), r.id).toEqual([]);
    }
  });

  it('maps the documented columns', () => {
    const web = byId(result, 'onprem:web01');
    expect(web).toMatchObject({
      provider: 'onprem',
      service: 'physical-server',
      kind: 'host.server',
      account: 'dc1',
      name: 'web01',
      tags: { tier: 'frontend', pci: 'yes' },
      properties: {
        ips: ['10.0.1.10'],
        os: 'Ubuntu 22.04 LTS',
        owner: 'team-web',
        environment: 'production',
        role: 'web server',
        site: 'dc1',
      },
      source: {
        type: 'inventory',
        collector: 'csv',
        location: `${join(FIXTURES, 'inventory.csv')}:2`,
        collectedAt: ctx.collectedAt,
      },
    });
    // Extra columns are kept in raw.
    expect(web.raw).toMatchObject({ host: 'web01', rack: 'R12' });
    // An inventory does not know ports: unknown, not empty.
    expect(web.properties?.openPorts).toBeUndefined();
    expect(web.unknown?.map((u) => u.path)).toEqual(['openPorts', 'services']);
  });

  it('splits several addresses and tags, keeps quoted commas', () => {
    const db = byId(result, 'onprem:db01');
    expect(db.properties?.ips).toEqual(['10.0.2.20', '10.0.3.20']);
    expect(db.properties?.owner).toBe('Ops, database team');
    expect(db.tags).toEqual({ tier: 'data', backup: 'daily' });
  });

  it('puts a host whose role says VM in the virtualization service', () => {
    expect(byId(result, 'onprem:app-vm01').service).toBe('virtualization');
  });

  it('keeps a field spanning lines and counts the lines of the rows after it', () => {
    const notes = byId(result, 'onprem:notes01');
    expect((notes.raw as Record<string, string>).rack).toBe('Rack "B", row 2\nsecond shelf');
    expect(notes.source.location).toMatch(/inventory\.csv:5$/);
    expect(byId(result, 'onprem:v6host').source.location).toMatch(/inventory\.csv:9$/);
    expect(byId(result, 'onprem:last01').source.location).toMatch(/inventory\.csv:10$/);
  });

  it('reports a row without host and a row with an invalid IP, with their lines', () => {
    const file = join(FIXTURES, 'inventory.csv');
    expect(result.issues).toEqual([
      { file, line: 7, message: 'the row has no host; the row was skipped' },
      { file, line: 8, message: expect.stringMatching(/"10\.0\.1\.300" is not an IPv4 or IPv6 address/) },
    ]);
  });

  it('writes IPv6 addresses in canonical form', () => {
    expect(byId(result, 'onprem:v6host').properties?.ips).toEqual(['2001:db8::1']);
  });

  it('leaves empty columns unknown and uses the onprem account without a site', () => {
    const last = byId(result, 'onprem:last01');
    expect(last.account).toBe('onprem');
    expect(last.tags).toEqual({});
    expect(last.properties).toEqual({ ips: ['10.0.1.60'] });
    expect(last.unknown?.map((u) => u.path)).toEqual(['os', 'owner', 'environment', 'openPorts', 'services']);
  });

  it('reads a file with a BOM, CRLF and a header in another case', async () => {
    const r = await csvCollector.collect(join(FIXTURES, 'inventory-bom-crlf.csv'), ctx);
    expect(r.issues).toEqual([]);
    expect(
      r.resources.map((x) => [x.id, x.account, x.service, x.source.location?.split(':').at(-1)]),
    ).toEqual([
      ['onprem:fs01', 'hq', 'physical-server', '2'],
      ['onprem:hv01', 'hq', 'physical-server', '3'],
    ]);
    expect(r.resources[1]?.properties?.role).toBe('hypervisor, cluster A');
  });

  it('skips a file without a host column, with one issue', () => {
    const r = readInventoryCsv('x.csv', 'name,ip\nweb01,10.0.0.1\n', ctx);
    expect(r.resources).toEqual([]);
    expect(r.issues).toEqual([
      { file: 'x.csv', line: 1, message: expect.stringMatching(/no "host" column/) },
    ]);
  });

  it('reports a row with the wrong number of fields, a duplicate host, and a bad host name', () => {
    const text = `${HEADER}${ROW}web02,10.0.1.11\n${ROW.replace('10.0.1.10', '10.0.1.12')}web 03,10.0.1.13,,,,,,\n`;
    const r = readInventoryCsv('x.csv', text, ctx);
    expect(r.resources.map((x) => x.id)).toEqual(['onprem:web01']);
    expect(r.issues).toEqual([
      { file: 'x.csv', line: 3, message: 'the row has 2 fields but the header has 8; the row was skipped' },
      { file: 'x.csv', line: 4, message: 'host "web01" is already listed on line 2; the row was skipped' },
      { file: 'x.csv', line: 5, message: expect.stringMatching(/"web 03" is not a host name/) },
    ]);
  });

  it('reports an empty file', () => {
    expect(readInventoryCsv('x.csv', '', ctx).issues).toEqual([
      { file: 'x.csv', message: expect.stringMatching(/empty/) },
    ]);
  });

  it('lower-cases the id and keeps the name as written', () => {
    const r = readInventoryCsv('x.csv', `${HEADER}${ROW.replace('web01', 'WEB01')}`, ctx);
    expect(r.resources[0]).toMatchObject({ id: 'onprem:web01', name: 'WEB01' });
  });

  it('detects inventory CSVs by their host column', () => {
    expect(csvCollector.detect('hosts.csv', `\uFEFF"Host",IP\r\n`)).toBe(true);
    expect(csvCollector.detect('hosts.csv', 'name,ip\n')).toBe(false);
    expect(csvCollector.detect('hosts.txt', HEADER)).toBe(false);
  });
});

describe('inventory helpers', () => {
  it('parses tags', () => {
    expect(parseTags('a=1; b = two ;flag;;c=x=y')).toEqual({ a: '1', b: 'two', flag: '', c: 'x=y' });
  });

  it('recognises VM roles', () => {
    expect(['VM', 'vm guest', 'web-vm', 'Virtual Machine'].map(isVirtualRole)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['hypervisor', 'vmware host', 'web server'].map(isVirtualRole)).toEqual([false, false, false]);
  });

  it('validates and canonicalises addresses', () => {
    expect(canonicalIp('10.0.0.1')).toBe('10.0.0.1');
    expect(canonicalIp('2001:DB8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1');
    expect(canonicalIp('2001:db8:0:0:0:0:2:1')).toBe('2001:db8::2:1');
    expect(canonicalIp('::')).toBe('::');
    expect(canonicalIp('::FFFF:192.0.2.1')).toBe('::ffff:192.0.2.1');
    expect(canonicalIp('fe80:0:0:0:0:0:0:1')).toBe('fe80::1');
    for (const bad of [
      '10.0.0.256',
      '10.0.0',
      '010.0.0.1',
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      'host',
      '',
      '10.0.0.1/24',
    ]) {
      expect(canonicalIp(bad), bad).toBeUndefined();
    }
  });
});
