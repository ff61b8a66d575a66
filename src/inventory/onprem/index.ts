import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  type CollectContext,
  type CollectResult,
  emptyResult,
  mergeResults,
  type OfflineCollector,
} from '../types.js';
import { readInventoryCsv } from './csv.js';
import { filesWithExtension } from './files.js';
import { readNmapXml } from './nmap.js';

export { INVENTORY_COLUMNS, isVirtualRole, parseCsv, parseTags, readInventoryCsv } from './csv.js';
export { canonicalIp, parseIpv4, parseIpv6 } from './ip.js';
export { mergeOnpremHosts } from './merge.js';
export { hostToResource, readNmapXml } from './nmap.js';
export { decodeEntities, type XmlEvent, XmlTokenizer } from './xml.js';

/** Reads `path` (a file, or every matching file under a folder) with `read`, never throwing. */
async function collectEach(
  path: string,
  exts: readonly string[],
  ctx: CollectContext,
  read: (file: string) => Promise<CollectResult>,
): Promise<CollectResult> {
  const result = emptyResult();
  let files: string[];
  try {
    files = filesWithExtension(path, exts);
  } catch (error) {
    result.issues.push({ file: path, message: `could not be read: ${(error as Error).message}` });
    return result;
  }
  for (const [i, file] of files.entries()) {
    ctx.progress?.(i, files.length, file);
    try {
      mergeResults(result, await read(file));
    } catch (error) {
      result.issues.push({ file, message: `could not be read: ${(error as Error).message}` });
    }
  }
  return result;
}

/** The header row of an inventory CSV names a `host` column (any case, maybe quoted). */
function csvHeaderHasHost(head: string): boolean {
  const first = (head.charCodeAt(0) === 0xfeff ? head.slice(1) : head).split(/\r\n|\n|\r/, 1)[0] ?? '';
  return first.split(',').some((h) => h.trim().replace(/^"|"$/g, '').trim().toLowerCase() === 'host');
}

/** On-premises inventory CSV (src/inventory/onprem/README.md) → `host.server`. */
export const csvCollector: OfflineCollector = {
  format: 'csv',
  title: 'On-premises inventory (CSV: host, ip, os, owner, environment, site, role, tags)',
  detect: (path, head) => extname(path).toLowerCase() === '.csv' && csvHeaderHasHost(head),
  collect: (path, ctx) =>
    collectEach(path, ['.csv'], ctx, async (file) =>
      readInventoryCsv(file, await readFile(file, 'utf8'), ctx),
    ),
};

/** Nmap XML output (`nmap -oX`) → `host.server` with open ports, services and OS guesses. */
export const nmapCollector: OfflineCollector = {
  format: 'nmap',
  title: 'Nmap XML scan (nmap -oX)',
  detect: (_path, head) => /<nmaprun[\s>]|<!DOCTYPE\s+nmaprun/.test(head),
  collect: (path, ctx) => collectEach(path, ['.xml'], ctx, (file) => readNmapXml(file, ctx)),
};
