import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProperties, type ResourceInput, ResourceSchema } from '../../core/index.js';
import type { CollectResult } from '../types.js';
import { decodeEntities, nmapCollector, readNmapXml, type XmlEvent, XmlTokenizer } from './index.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/inventory/onprem');
const ctx = { collectedAt: '2025-03-03T10:00:00.000Z' };

function byId(result: CollectResult, id: string): ResourceInput {
  const r = result.resources.find((x) => x.id === id);
  if (!r) throw new Error(`no resource ${id}; have ${result.resources.map((x) => x.id).join(', ')}`);
  return r;
}

function tokenize(chunks: string[]): { events: XmlEvent[]; end: ReturnType<XmlTokenizer['end']> } {
  const events: XmlEvent[] = [];
  const t = new XmlTokenizer((e) => events.push(e));
  for (const c of chunks) t.write(c);
  return { events, end: t.end() };
}

describe('XmlTokenizer', () => {
  const DOC = `<?xml version="1.0"?>
<!DOCTYPE r [ <!ENTITY x "y"> ]>
<?xml-stylesheet href="a.xsl" type="text/xsl"?>
<!-- a comment with <tags> & ampersands -->
<r a="1 &amp; 2" b='&lt;&gt;&quot;&apos;' c="x > y">
  <e n="&#65;&#x42;"/>text &amp; more<![CDATA[<raw> & stuff]]>
  <f
     g="multi
line"></f>
</r>
`;

  it('reports tags, decoded attributes, text and CDATA with their lines; skips prolog, DOCTYPE and comments', () => {
    const { events, end } = tokenize([DOC]);
    expect(end).toEqual({ complete: true, open: [], line: 11 });
    const significant = events.filter((e) => e.type !== 'text' || e.text.trim() !== '');
    expect(significant).toEqual([
      { type: 'open', name: 'r', attrs: { a: '1 & 2', b: `<>"'`, c: 'x > y' }, selfClosing: false, line: 5 },
      { type: 'open', name: 'e', attrs: { n: 'AB' }, selfClosing: true, line: 6 },
      { type: 'close', name: 'e', line: 6 },
      { type: 'text', text: 'text & more', line: 6 },
      { type: 'text', text: '<raw> & stuff', line: 6 },
      // Line breaks in attribute values read as spaces (XML attribute-value normalisation).
      { type: 'open', name: 'f', attrs: { g: 'multi line' }, selfClosing: false, line: 7 },
      { type: 'close', name: 'f', line: 9 },
      { type: 'close', name: 'r', line: 10 },
    ]);
  });

  it('gives the same events whatever the chunk boundaries', () => {
    const whole = tokenize([DOC]).events;
    const oneByOne = tokenize([...DOC]).events;
    const merge = (evs: XmlEvent[]) => {
      // Text may arrive split differently; compare it joined.
      const out: XmlEvent[] = [];
      for (const e of evs) {
        const last = out.at(-1);
        if (e.type === 'text' && last?.type === 'text') last.text += e.text;
        else out.push({ ...e });
      }
      return out;
    };
    expect(merge(oneByOne)).toEqual(merge(whole));
    const sevens: string[] = [];
    for (let i = 0; i < DOC.length; i += 7) sevens.push(DOC.slice(i, i + 7));
    expect(merge(tokenize(sevens).events)).toEqual(merge(whole));
  });

  it('stops at a mismatched end tag and says where', () => {
    const { end } = tokenize(['<a>\n<b>\n</a>\n']);
    expect(end.complete).toBe(false);
    expect(end.error).toEqual({ line: 3, message: '</a> does not match <b> opened on line 2' });
  });

  it('reports elements left open and the last line at the end of a cut input', () => {
    const { end } = tokenize(['<a>\n  <b x="1">\n  <c y="unfinis']);
    expect(end).toEqual({
      complete: false,
      open: [
        { name: 'a', line: 1 },
        { name: 'b', line: 2 },
      ],
      line: 3,
    });
  });

  it('decodes entities, leaving unknown ones and invalid code points as written', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;&#169;&#x1F600;')).toBe(`&<>"'©😀`);
    expect(decodeEntities('&nbsp; &#0; &#xD800; & alone')).toBe('&nbsp; &#0; &#xD800; & alone');
  });
});

describe('nmap collector', () => {
  let result: CollectResult;
  beforeAll(async () => {
    result = await nmapCollector.collect(join(FIXTURES, 'scan.xml'), ctx);
  });

  it('reads the hosts that are up into valid host.server resources; a host down is skipped', () => {
    expect(result.issues).toEqual([]);
    expect(result.resources.map((r) => r.id)).toEqual([
      'onprem:web01.corp.example',
      'onprem:10.0.3.20',
      'onprem:sw-core-01',
    ]);
    for (const r of result.resources) {
      expect(ResourceSchema.safeParse(r).success, r.id).toBe(true);
      expect(checkProperties(r.kind, r.properties ?? {}), r.id).toEqual([]);
    }
  });

  it('reads addresses, open ports, services with entities decoded, and the best OS match', () => {
    const web = byId(result, 'onprem:web01.corp.example');
    expect(web).toMatchObject({
      provider: 'onprem',
      service: 'physical-server',
      kind: 'host.server',
      account: 'onprem',
      name: 'web01.corp.example',
      source: {
        type: 'scan',
        collector: 'nmap',
        location: `${join(FIXTURES, 'scan.xml')}:15`,
        collectedAt: ctx.collectedAt,
      },
    });
    expect(web.properties).toMatchObject({
      ips: ['10.0.1.10'],
      hostnames: ['web01.corp.example'],
      macAddresses: ['d0:94:66:1a:2b:3c'],
      macVendor: 'Dell',
      // Only state "open": 443 is filtered.
      openPorts: ['tcp/22', 'tcp/80'],
      services: [
        {
          port: 'tcp/22',
          name: 'ssh',
          product: 'OpenSSH',
          version: '8.9p1 Ubuntu 3ubuntu0.6',
          extraInfo: 'Ubuntu Linux; protocol 2.0',
        },
        {
          port: 'tcp/80',
          name: 'http',
          product: 'Apache httpd',
          version: '2.4.52',
          extraInfo: '(Ubuntu) & "mod_ssl"',
        },
      ],
      // Accuracy 97 beats the 95 listed first.
      os: 'Linux 5.0 - 5.14',
      osAccuracy: 97,
      scannedAt: '2025-03-03T09:00:01.000Z',
    });
    expect(web.properties?.ports).toContainEqual({ port: 'tcp/443', state: 'filtered', service: 'https' });
    expect(((web.properties?.scannedPorts ?? {}) as Record<string, string>).tcp).toMatch(/^1,3-4,6-7,9,13/);
    expect(web.unknown?.map((u) => u.path)).toEqual(['owner', 'environment']);
  });

  it('names a host by its IP without hostnames, and takes the OS type from version detection without an OS match', () => {
    const win = byId(result, 'onprem:10.0.3.20');
    expect(win.name).toBe('10.0.3.20');
    expect(win.properties).toMatchObject({
      openPorts: ['tcp/3389', 'tcp/5432'],
      os: 'Windows',
      osSource: 'service-detection',
    });
    expect(win.properties?.services).toContainEqual({
      port: 'tcp/3389',
      name: 'ms-wbt-server',
      product: 'Microsoft Terminal Services',
    });
  });

  it('prefers the user-given host name; an open|filtered UDP port is not open', () => {
    const sw = byId(result, 'onprem:sw-core-01');
    expect(sw.properties).toMatchObject({
      hostnames: ['sw-core-01', 'sw-core-01.corp.example'],
      openPorts: ['tcp/23'],
      services: [{ port: 'tcp/23', name: 'telnet', product: 'Cisco router telnetd' }],
    });
  });

  it('reads an IPv6 scan', async () => {
    const r = await readNmapXml(join(FIXTURES, 'scan-ipv6.xml'), ctx);
    expect(r.issues).toEqual([]);
    expect(r.resources).toHaveLength(1);
    expect(r.resources[0]).toMatchObject({
      id: 'onprem:2001:db8::1',
      properties: {
        ips: ['2001:db8::1'],
        openPorts: ['tcp/179'],
        services: [{ port: 'tcp/179', name: 'bgp' }],
      },
    });
    expect(r.resources[0]?.properties?.os).toBeUndefined();
    expect(r.resources[0]?.unknown).toContainEqual(expect.objectContaining({ path: 'os' }));
  });

  it('keeps the complete hosts of an interrupted scan and says where it stopped', async () => {
    const file = join(FIXTURES, 'scan-truncated.xml');
    const r = await readNmapXml(file, ctx);
    expect(r.resources.map((x) => x.id)).toEqual(['onprem:web01.corp.example']);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toEqual({
      file,
      line: 50,
      message: expect.stringMatching(
        /ends on line 50 inside <port> \(line 50\) before <\/nmaprun>.*1 complete host read before it; the host starting on line 42 is incomplete/,
      ),
    });
  });

  it('reads the same from a stream as from the whole text', async () => {
    const file = join(FIXTURES, 'scan.xml');
    const fromText = await readNmapXml(file, ctx, readFileSync(file, 'utf8'));
    expect(fromText.resources).toEqual(result.resources);
  });

  it('reports malformed XML at its line and keeps the hosts before it', async () => {
    const text = readFileSync(join(FIXTURES, 'scan.xml'), 'utf8').replace(
      '</ports>\n<times srtt="512"',
      '</port>\n<times srtt="512"',
    );
    const r = await readNmapXml('bad.xml', ctx, text);
    expect(r.resources.map((x) => x.id)).toEqual(['onprem:web01.corp.example']);
    expect(r.issues).toEqual([
      {
        file: 'bad.xml',
        line: 51,
        message: expect.stringMatching(/^malformed XML: <\/port> does not match <ports>/),
      },
    ]);
  });

  it('rejects XML that is not an Nmap scan', async () => {
    const r = await readNmapXml('x.xml', ctx, '<?xml version="1.0"?><project><host/></project>');
    expect(r.resources).toEqual([]);
    expect(r.issues).toEqual([{ file: 'x.xml', line: 1, message: expect.stringMatching(/not <nmaprun>/) }]);
  });

  it('leaves ports unknown after a host-discovery scan (-sn)', async () => {
    const text = `<nmaprun scanner="nmap" args="nmap -sn 10.0.0.0/24"><host><status state="up" reason="arp-response"/><address addr="10.0.0.5" addrtype="ipv4"/><address addr="00:50:56:01:02:03" addrtype="mac" vendor="VMware"/></host><runstats><finished time="1"/><hosts up="1" down="0" total="1"/></runstats></nmaprun>`;
    const r = await readNmapXml('sn.xml', ctx, text);
    expect(r.resources[0]).toMatchObject({ id: 'onprem:10.0.0.5', service: 'virtualization' });
    expect(r.resources[0]?.properties?.openPorts).toBeUndefined();
    expect(r.resources[0]?.unknown?.map((u) => u.path)).toEqual([
      'owner',
      'environment',
      'openPorts',
      'services',
      'os',
    ]);
  });

  it('detects Nmap XML', () => {
    const head = readFileSync(join(FIXTURES, 'scan.xml'), 'utf8').slice(0, 1024);
    expect(nmapCollector.detect('scan.xml', head)).toBe(true);
    expect(nmapCollector.detect('pom.xml', '<?xml version="1.0"?>\n<project>')).toBe(false);
  });
});
