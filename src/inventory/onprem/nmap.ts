import { createReadStream } from 'node:fs';
import type { ResourceInput } from '../../core/index.js';
import { type CollectContext, type CollectResult, emptyResult } from '../types.js';
import { canonicalIp } from './ip.js';
import { type XmlEnd, type XmlEvent, XmlTokenizer } from './xml.js';

/** A parsed element of the Nmap document: only `<host>` subtrees are built, the rest is streamed past. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

/** MAC vendors (from Nmap's OUI lookup) that are virtual NICs: such hosts are virtual machines. */
const VIRTUAL_NIC_VENDOR = /\b(vmware|qemu|xensource|virtualbox|parallels|nutanix)\b/i;

function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}
function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** A scanned port as the collector keeps it (also under `properties.ports`, every state). */
export interface ScannedPort {
  port: string;
  state: string;
  service?: string;
  product?: string;
  version?: string;
}

/**
 * Turns one `<host>` element into a `host.server` resource, or a reason it is skipped. `scanned` is what the
 * run's `<scaninfo>` elements say was scanned (`tcp: 1-1000`), kept so checks know the coverage.
 */
export function hostToResource(
  host: XmlElement,
  file: string,
  ctx: CollectContext,
  scanned: Record<string, string>,
): ResourceInput | { skip: string; issue: boolean } {
  const state = child(host, 'status')?.attrs.state;
  if (state !== undefined && state !== 'up') return { skip: `host is ${state}`, issue: false };

  const ips: string[] = [];
  const macs: string[] = [];
  let macVendor: string | undefined;
  for (const a of children(host, 'address')) {
    const type = a.attrs.addrtype ?? 'ipv4'; // the DTD's default
    const addr = a.attrs.addr ?? '';
    if (type === 'mac') {
      macs.push(addr.toLowerCase());
      macVendor ??= a.attrs.vendor;
      continue;
    }
    const ip = canonicalIp(addr);
    if (!ip) return { skip: `address "${addr}" is not an IP address`, issue: true };
    if (!ips.includes(ip)) ips.push(ip);
  }
  const names = children(child(host, 'hostnames'), 'hostname')
    .filter((h) => h.attrs.name)
    .sort((x, y) => (x.attrs.type === 'user' ? 0 : 1) - (y.attrs.type === 'user' ? 0 : 1))
    .map((h) => h.attrs.name as string);
  const ipv4 = ips.find((ip) => !ip.includes(':'));
  const label = names[0] ?? ipv4 ?? ips[0] ?? macs[0];
  if (!label) return { skip: 'host has no address', issue: true };

  const properties: Record<string, unknown> = {};
  const unknown: { path: string; reason: string }[] = [
    { path: 'owner', reason: 'a network scan does not know the owner; collect the inventory CSV' },
    {
      path: 'environment',
      reason: 'a network scan does not know the environment; collect the inventory CSV',
    },
  ];
  if (ips.length > 0) properties.ips = ips;
  if (names.length > 0) properties.hostnames = [...new Set(names)];
  if (macs.length > 0) properties.macAddresses = macs;
  if (macVendor) properties.macVendor = macVendor;

  const portsEl = child(host, 'ports');
  if (portsEl) {
    const openPorts: string[] = [];
    const services: {
      port: string;
      name: string;
      product?: string;
      version?: string;
      extraInfo?: string;
      tunnel?: string;
    }[] = [];
    const ports: ScannedPort[] = [];
    for (const p of children(portsEl, 'port')) {
      const port = `${p.attrs.protocol ?? 'tcp'}/${p.attrs.portid ?? '?'}`;
      const portState = child(p, 'state')?.attrs.state ?? 'unknown';
      const svc = child(p, 'service');
      const entry: ScannedPort = { port, state: portState };
      if (svc?.attrs.name) entry.service = svc.attrs.name;
      if (svc?.attrs.product) entry.product = svc.attrs.product;
      if (svc?.attrs.version) entry.version = svc.attrs.version;
      ports.push(entry);
      if (portState !== 'open') continue;
      openPorts.push(port);
      if (svc?.attrs.name) {
        services.push({
          port,
          name: svc.attrs.name,
          ...(svc.attrs.product ? { product: svc.attrs.product } : {}),
          ...(svc.attrs.version ? { version: svc.attrs.version } : {}),
          ...(svc.attrs.extrainfo ? { extraInfo: svc.attrs.extrainfo } : {}),
          ...(svc.attrs.tunnel ? { tunnel: svc.attrs.tunnel } : {}),
        });
      }
    }
    properties.openPorts = openPorts;
    properties.services = services;
    properties.ports = ports;
    if (Object.keys(scanned).length > 0) properties.scannedPorts = scanned;
  } else {
    unknown.push(
      { path: 'openPorts', reason: 'the scan did not scan ports (host discovery only)' },
      { path: 'services', reason: 'the scan did not scan ports (host discovery only)' },
    );
  }

  // Best OS match: highest accuracy, the first on a tie (Nmap lists them best first).
  const os = child(host, 'os');
  let best: XmlElement | undefined;
  for (const m of children(os, 'osmatch')) {
    if (!best || Number(m.attrs.accuracy ?? 0) > Number(best.attrs.accuracy ?? 0)) best = m;
  }
  if (best?.attrs.name) {
    properties.os = best.attrs.name;
    if (best.attrs.accuracy) properties.osAccuracy = Number(best.attrs.accuracy);
  } else {
    const ostype = findOsType(portsEl);
    if (ostype) {
      properties.os = ostype;
      properties.osSource = 'service-detection';
    } else {
      unknown.push({ path: 'os', reason: 'no OS match in the scan (run Nmap with -O)' });
    }
  }

  const start = Number(host.attrs.starttime);
  if (Number.isFinite(start) && start > 0) properties.scannedAt = new Date(start * 1000).toISOString();

  return {
    id: `onprem:${label.toLowerCase()}`,
    provider: 'onprem',
    service: macVendor && VIRTUAL_NIC_VENDOR.test(macVendor) ? 'virtualization' : 'physical-server',
    kind: 'host.server',
    account: 'onprem',
    name: label,
    tags: {},
    properties,
    relations: [],
    unknown,
    raw: host,
    source: {
      type: 'scan',
      collector: 'nmap',
      location: `${file}:${host.line}`,
      collectedAt: ctx.collectedAt,
    },
  };
}

/** The `ostype` version detection reported on an open port (`Windows`, `Linux`), when there is no OS match. */
function findOsType(ports: XmlElement | undefined): string | undefined {
  for (const p of children(ports, 'port')) {
    if (child(p, 'state')?.attrs.state !== 'open') continue;
    const t = child(p, 'service')?.attrs.ostype;
    if (t) return t;
  }
  return undefined;
}

/**
 * Reads an Nmap XML file as a stream. Hosts are built one at a time, so a scan of a large network is never
 * held whole. A file that stops early (an interrupted scan) keeps every complete host and gives one issue saying
 * where it stopped; a malformed file the same, at the first error.
 */
export async function readNmapXml(file: string, ctx: CollectContext, text?: string): Promise<CollectResult> {
  const result = emptyResult();
  result.files.push(file);
  const scanned: Record<string, string> = {};
  let depth = 0;
  let rootName: string | undefined;
  let building: XmlElement[] = []; // open elements of the host being read, outermost first
  let hostsRead = 0;

  const onEvent = (e: XmlEvent) => {
    if (e.type === 'open') {
      depth++;
      if (depth === 1) {
        rootName ??= e.name;
        return;
      }
      if (depth === 2 && e.name === 'scaninfo' && e.attrs.protocol && e.attrs.services) {
        scanned[e.attrs.protocol] = e.attrs.services;
      }
      const el: XmlElement = { name: e.name, attrs: e.attrs, children: [], text: '', line: e.line };
      if (building.length > 0) {
        building.at(-1)?.children.push(el);
        building.push(el);
      } else if (depth === 2 && e.name === 'host' && rootName === 'nmaprun') {
        building = [el];
      }
    } else if (e.type === 'close') {
      depth--;
      if (building.length === 0) return;
      const el = building.pop();
      if (el && building.length === 0) {
        hostsRead++;
        const r = hostToResource(el, file, ctx, scanned);
        if ('skip' in r) {
          if (r.issue)
            result.issues.push({ file, line: el.line, message: `${r.skip}; the host was skipped` });
        } else {
          result.resources.push(r);
        }
      }
    } else if (building.length > 0) {
      const el = building.at(-1);
      if (el) el.text += e.text;
    }
  };

  const tokenizer = new XmlTokenizer(onEvent);
  if (text !== undefined) {
    tokenizer.write(text);
  } else {
    try {
      for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
        tokenizer.write(chunk as string);
        if (tokenizer.error) break;
      }
    } catch (error) {
      result.issues.push({ file, message: `could not be read: ${(error as Error).message}` });
      return result;
    }
  }
  const end = tokenizer.end();
  if (rootName !== undefined && rootName !== 'nmaprun') {
    result.issues.push({
      file,
      line: 1,
      message: `the root element is <${rootName}>, not <nmaprun>: not an Nmap XML file`,
    });
    result.resources = [];
    return result;
  }
  if (rootName === undefined && !end.error) {
    result.issues.push({ file, line: end.line, message: 'no <nmaprun> element: not an Nmap XML file' });
    return result;
  }
  if (!end.complete)
    result.issues.push({ file, line: end.error?.line ?? end.line, message: stopMessage(end, hostsRead) });
  return result;
}

function stopMessage(end: XmlEnd, hostsRead: number): string {
  const kept = `${hostsRead} complete host${hostsRead === 1 ? '' : 's'} read before it`;
  const host = end.open.find((o) => o.name === 'host');
  const partial = host ? `; the host starting on line ${host.line} is incomplete and was skipped` : '';
  if (end.error) return `malformed XML: ${end.error.message}; reading stopped here (${kept}${partial})`;
  const inside = end.open.at(-1);
  const where = inside ? ` inside <${inside.name}> (line ${inside.line})` : '';
  return `the file ends on line ${end.line}${where} before </nmaprun>: the scan was interrupted or the file cut short (${kept}${partial})`;
}
