import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseJsonDocument } from '../json.js';
import { type CollectContext, type CollectResult, emptyResult, type OfflineCollector } from '../types.js';
import { type Draft, type DraftContext, type Entry, locationOf } from './draft.js';
import { field, isObj, type Obj, str, subscriptionOf, typeFromId } from './fields.js';
import { link } from './link.js';
import { FOLDED_TYPES, NORMALIZERS } from './normalize.js';

export { peersOf, portRangeOf } from './normalize.js';

/**
 * Azure Resource Graph and `az` CLI exports → normalized resources.
 *
 * Reads `az graph query -q "Resources | …" -o json` output (`{ count, data, skip_token, total_records }`, and
 * the older bare array), `az … list -o json` / `az … show -o json` output (arrays of ARM resources, flattened
 * or not), and ARM REST list responses (`{ value: [...] }`). Given a folder, it reads every `.json` file in it
 * and joins records across files (a VM in `vm-list.json`, its NIC in `nic-list.json`).
 */

const DOC_EXTENSIONS = new Set(['.md', '.txt', '.rst', '.html', '.png', '.jpg', '.svg', '.pdf']);

/** Whether the start of a file looks like an Azure Resource Graph or `az` CLI JSON export. */
export function looksLikeAzureExport(path: string, head: string): boolean {
  if (extname(path).toLowerCase() !== '.json') return false;
  const h = head.replace(/^\uFEFF/, '').trimStart();
  if (!h.startsWith('[') && !h.startsWith('{')) return false;
  // ARM/Bicep templates, Terraform state and plans, NSG/VNet flow log blobs hold Azure ids too.
  if (/"\$schema"\s*:|"terraform_version"\s*:|"format_version"\s*:|"(records|flowTuples)"\s*:/.test(h))
    return false;
  if (/"(total_records|skip_token)"\s*:/.test(h)) return true;
  return (
    /"id"\s*:\s*"\/(subscriptions|providers)\//i.test(h) || /"type"\s*:\s*"microsoft\.[a-z]+\/[a-z]+/i.test(h)
  );
}

function isEmptyListing(head: string): boolean {
  return /^\s*(\[\s*\]|\{\s*"value"\s*:\s*\[\s*\]\s*\})\s*$/.test(head.replace(/^\uFEFF/, ''));
}

function readHead(file: string, bytes = 4096): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Files under `dir` (recursively, hidden entries skipped), sorted; at most `limit`. */
function walk(dir: string, limit = 5000): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || out.length >= limit) continue;
      const full = join(d, name);
      if (statSync(full).isDirectory()) visit(full);
      else out.push(full);
    }
  };
  visit(dir);
  return out;
}

/** A folder of Azure exports only (documentation aside, and empty `[]` listings allowed). */
export function isAzureExportFolder(path: string): boolean {
  try {
    if (!statSync(path).isDirectory()) return false;
    let found = 0;
    for (const file of walk(path, 500)) {
      const ext = extname(file).toLowerCase();
      if (DOC_EXTENSIONS.has(ext)) continue;
      if (ext !== '.json') return false;
      const head = readHead(file);
      if (looksLikeAzureExport(file, head)) found++;
      else if (!isEmptyListing(head)) return false;
    }
    return found > 0;
  } catch {
    return false;
  }
}

/** The records of a parsed file, with the line each starts on where known. */
function recordsOf(
  value: unknown,
  lines: number[],
): { rec: unknown; line: number | undefined }[] | undefined {
  const withLines = (items: unknown[]) => items.map((rec, i) => ({ rec, line: lines[i] }));
  if (Array.isArray(value)) return withLines(value);
  if (!isObj(value)) return undefined;
  const data = field(value, 'data');
  if (Array.isArray(data)) return withLines(data);
  // Resource Graph "table" result format: { columns: [{ name }], rows: [[...]] }.
  if (isObj(data) && Array.isArray(data.columns) && Array.isArray(data.rows)) {
    const names = data.columns.map((c) => str(field(c, 'name')) ?? '');
    return data.rows.map((row) => ({
      rec: Array.isArray(row) ? Object.fromEntries(names.map((n, i) => [n, row[i]])) : row,
      line: undefined,
    }));
  }
  const listed = field(value, 'value');
  if (Array.isArray(listed)) return withLines(listed);
  if (typeof field(value, 'id') === 'string') return [{ rec: value, line: 1 }]; // `az … show`
  return undefined;
}

async function readEntries(file: string, result: CollectResult, entries: Entry[]): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    result.issues.push({ file, message: `could not be read: ${(error as Error).message}` });
    return;
  }
  if (text.trim() === '') {
    result.issues.push({ file, line: 1, message: 'the file is empty' });
    return;
  }
  const doc = parseJsonDocument(text);
  if (!doc.ok) {
    result.issues.push({ file, line: doc.error.line, column: doc.error.column, message: doc.error.message });
    return;
  }
  const records = recordsOf(doc.value, doc.recordLines);
  if (!records) {
    result.issues.push({
      file,
      line: 1,
      message:
        'expected an array of Azure resources, a Resource Graph result ({ "data": [...] }) or an ARM list ({ "value": [...] })',
    });
    return;
  }
  for (const [i, { rec, line }] of records.entries()) {
    const at = { file, ...(line !== undefined ? { line } : {}), path: `[${i}]` };
    if (!isObj(rec)) {
      result.issues.push({ ...at, message: 'expected an object (an Azure resource)' });
      continue;
    }
    const id = str(field(rec, 'id'));
    if (!id) {
      result.issues.push({ ...at, message: 'the record has no resource id ("id")' });
      continue;
    }
    const type = (str(field(rec, 'type')) ?? typeFromId(id))?.toLowerCase();
    if (!type) {
      result.issues.push({ ...at, message: `the record ${id} has no type and its id names none` });
      continue;
    }
    entries.push({ rec: rec as Obj, type, id: id.toLowerCase(), file, line, lineOf: doc.lineOf });
  }
}

async function collectAzure(path: string, ctx: CollectContext): Promise<CollectResult> {
  const result = emptyResult();
  let files: string[];
  try {
    files = statSync(path).isDirectory() ? walk(path) : [path];
  } catch (error) {
    result.issues.push({ file: path, message: `could not be read: ${(error as Error).message}` });
    return result;
  }

  const entries: Entry[] = [];
  for (const [i, file] of files.entries()) {
    const ext = extname(file).toLowerCase();
    if (DOC_EXTENSIONS.has(ext)) continue;
    if (ext !== '.json' && files.length > 1) {
      result.issues.push({ file, message: 'not a JSON file; skipped' });
      continue;
    }
    ctx.progress?.(i, files.length, file);
    result.files.push(file);
    await readEntries(file, result, entries);
  }

  // The same resource in two exports (Resource Graph and `az … list`): the first one read is kept.
  const seen = new Set<string>();
  const unique = entries.filter((e) => !seen.has(e.id) && seen.add(e.id));

  const counts = new Map<string, number>();
  for (const e of unique) {
    const sub = subscriptionOf(e.id);
    if (sub) counts.set(sub, (counts.get(sub) ?? 0) + 1);
  }
  const fallbackAccount = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'unknown';
  const dctx: DraftContext = { collectedAt: ctx.collectedAt, fallbackAccount };

  const drafts: Draft[] = [];
  const folded: Entry[] = [];
  const draftIds = new Set<string>();
  for (const e of unique) {
    const normalize = NORMALIZERS[e.type];
    if (normalize) {
      try {
        for (const d of normalize(e, dctx)) {
          if (draftIds.has(d.r.id)) continue; // a subnet both inside its VNet and listed on its own
          draftIds.add(d.r.id);
          drafts.push(d);
        }
      } catch (error) {
        result.issues.push({
          file: e.file,
          ...(e.line !== undefined ? { line: e.line } : {}),
          message: `could not normalize ${e.id}: ${(error as Error).message} (at ${locationOf(e)})`,
        });
      }
    } else if (FOLDED_TYPES.has(e.type)) folded.push(e);
    else result.unknownTypes[e.type] = (result.unknownTypes[e.type] ?? 0) + 1;
  }

  const sawWatcher = unique.some((e) => e.type === 'microsoft.network/networkwatchers');
  const orphans = link(drafts, folded, sawWatcher);
  for (const [t, n] of Object.entries(orphans)) result.unknownTypes[t] = (result.unknownTypes[t] ?? 0) + n;
  result.resources.push(...drafts.map((d) => d.r));
  return result;
}

const TITLE = 'Azure Resource Graph / az CLI JSON export (az graph query, az … list -o json)';

/** One file (or, with `--format azure-graph`, a folder) of Azure exports. */
export const azureGraphCollector: OfflineCollector = {
  format: 'azure-graph',
  title: TITLE,
  detect: looksLikeAzureExport,
  collect: collectAzure,
};

/**
 * A folder holding only Azure exports, read whole so records in different files are joined (list it before
 * `azureGraphCollector` in the registry).
 */
export const azureGraphFolderCollector: OfflineCollector = {
  format: 'azure-graph',
  title: `${TITLE}, a folder of them`,
  wantsDirectory: true,
  detect: (path) => isAzureExportFolder(path),
  collect: collectAzure,
};
