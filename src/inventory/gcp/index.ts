import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseJsonDocument } from '../json.js';
import { type CollectContext, type CollectResult, emptyResult, type OfflineCollector } from '../types.js';
import { AssetStore } from './assets.js';
import { type Draft, type GcpContext, locationOf } from './draft.js';
import { isObj, str } from './fields.js';
import { readLines } from './lines.js';
import { link } from './link.js';
import { FOLDED_TYPES, normalizeAsset, SCOPE_TYPES, scopeRoles, TYPES } from './normalize.js';

export { bindingsOf, isDefaultServiceAccount, statementsOf } from './normalize.js';

/**
 * Cloud Asset Inventory exports → normalized resources.
 *
 * Reads `gcloud asset export --content-type=resource` and `--content-type=iam-policy` output (JSON lines, one
 * asset per line, `.gz` too), and `gcloud asset search-all-resources --format=json` /
 * `search-all-iam-policies --format=json` output (JSON arrays). Given a folder, it reads every export in it and
 * joins them: a bucket's IAM policy (iam-policy export) with its settings (resource export).
 */

const DOC_EXTENSIONS = new Set(['.md', '.txt', '.rst', '.html', '.png', '.jpg', '.svg', '.pdf']);
/** Read in a folder without sniffing; other files (exports without an extension) are read when they look like one. */
const DATA_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson', '.gz']);

/** Whether the start of a file looks like a Cloud Asset Inventory export or search result. */
export function looksLikeCaiExport(_path: string, head: string): boolean {
  const h = head.replace(/^\uFEFF/, '').trimStart();
  if (!h.startsWith('{') && !h.startsWith('[')) return false;
  if (/"(asset_type|assetType)"\s*:\s*"[a-z0-9.-]+\.(googleapis\.com|k8s\.io)\/[A-Za-z]/.test(h)) return true;
  return (
    /"(name|resource)"\s*:\s*"\/\/[a-z0-9-]+\.googleapis\.com\//.test(h) &&
    /"(ancestors|iam_policy|iamPolicy|versionedResources|additionalAttributes|parentFullResourceName|policy)"\s*:/.test(
      h,
    )
  );
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

/** A folder of Cloud Asset Inventory exports only (documentation aside). */
export function isCaiExportFolder(path: string): boolean {
  try {
    if (!statSync(path).isDirectory()) return false;
    let found = 0;
    for (const file of walk(path, 500)) {
      const ext = extname(file).toLowerCase();
      if (DOC_EXTENSIONS.has(ext)) continue;
      if (ext === '.gz') continue; // compressed: cannot be sniffed from its first bytes, read if the rest is ours
      const head = readHead(file);
      if (looksLikeCaiExport(file, head)) found++;
      else if (head.trim() !== '' && head.trim() !== '[]') return false;
    }
    return found > 0;
  } catch {
    return false;
  }
}

/** A JSON document (array or single pretty-printed object) rather than JSON lines. */
async function readDocument(file: string, store: AssetStore, result: CollectResult): Promise<void> {
  const bytes = await readFile(file);
  const text = (file.toLowerCase().endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const doc = parseJsonDocument(text);
  if (!doc.ok) {
    result.issues.push({ file, line: doc.error.line, column: doc.error.column, message: doc.error.message });
    return;
  }
  const items = Array.isArray(doc.value) ? doc.value : [doc.value];
  const lines = Array.isArray(doc.value) ? doc.recordLines : [1];
  for (const [i, rec] of items.entries()) {
    const line = lines[i];
    const problem = store.add(rec, file, line);
    if (problem)
      result.issues.push({ file, ...(line !== undefined ? { line } : {}), path: `[${i}]`, message: problem });
  }
}

async function readExport(file: string, store: AssetStore, result: CollectResult): Promise<void> {
  let first = true;
  for await (const { line, text } of readLines(file)) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    if (first) {
      first = false;
      // gcloud --format=json writes an indented array; a pretty-printed single asset starts with a lone `{`.
      if (trimmed.startsWith('[') || trimmed === '{') {
        await readDocument(file, store, result);
        return;
      }
    }
    let rec: unknown;
    try {
      rec = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const position = /at position (\d+)/.exec(message)?.[1];
      const column = position !== undefined ? { column: Number(position) + 1 } : {};
      result.issues.push({ file, line, ...column, message: `invalid JSON: ${message}` });
      continue;
    }
    const problem = store.add(rec, file, line);
    if (problem) result.issues.push({ file, line, message: problem });
  }
}

/** Project numbers → ids, from Project assets and from assets named by id whose ancestors give the number. */
function projectIds(store: AssetStore): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of store.assets.values()) {
    if (a.type === 'cloudresourcemanager.googleapis.com/Project' && isObj(a.data)) {
      const id = str(a.data.projectId);
      const number = a.data.projectNumber;
      if (id && (typeof number === 'string' || typeof number === 'number')) out.set(String(number), id);
    }
  }
  for (const a of store.assets.values()) {
    const named = /\/projects\/([^/]+)/.exec(a.name)?.[1];
    const ancestor = a.ancestors.find((x) => x.startsWith('projects/'))?.slice('projects/'.length);
    if (named && ancestor && !/^\d+$/.test(named) && /^\d+$/.test(ancestor) && !out.has(ancestor))
      out.set(ancestor, named);
  }
  return out;
}

async function collectGcp(path: string, ctx: CollectContext): Promise<CollectResult> {
  const result = emptyResult();
  let files: string[];
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
    files = folder ? walk(path) : [path];
  } catch (error) {
    result.issues.push({ file: path, message: `could not be read: ${(error as Error).message}` });
    return result;
  }

  const store = new AssetStore();
  for (const [i, file] of files.entries()) {
    const ext = extname(file).toLowerCase();
    if (folder && DOC_EXTENSIONS.has(ext)) continue;
    if (folder && !DATA_EXTENSIONS.has(ext) && !looksLikeCaiExport(file, readHead(file))) {
      result.issues.push({ file, message: 'not a Cloud Asset Inventory export; skipped' });
      continue;
    }
    ctx.progress?.(i, files.length, file);
    result.files.push(file);
    try {
      await readExport(file, store, result);
    } catch (error) {
      result.issues.push({ file, message: `could not be read: ${(error as Error).message}` });
    }
  }

  const gctx: GcpContext = { collectedAt: ctx.collectedAt, projectIds: projectIds(store) };
  const drafts: Draft[] = [];
  for (const asset of store.assets.values()) {
    const spec = TYPES[asset.type];
    try {
      if (spec) drafts.push(normalizeAsset(asset, spec, gctx));
      else if (!FOLDED_TYPES.has(asset.type))
        result.unknownTypes[asset.type] = (result.unknownTypes[asset.type] ?? 0) + 1;
      if (SCOPE_TYPES.has(asset.type) && asset.iamPolicy) drafts.push(...scopeRoles(asset, gctx));
    } catch (error) {
      result.issues.push({
        file: asset.file,
        ...(asset.line !== undefined ? { line: asset.line } : {}),
        message: `could not normalize ${asset.name}: ${(error as Error).message} (at ${locationOf(asset)})`,
      });
    }
  }
  link(drafts, store, gctx);
  result.resources.push(...drafts.map((d) => d.r));
  return result;
}

const TITLE =
  'Google Cloud Asset Inventory export (gcloud asset export / search-all-resources / search-all-iam-policies)';

/** One export file (or, with `--format gcp-asset`, a folder of them). */
export const gcpAssetCollector: OfflineCollector = {
  format: 'gcp-asset',
  title: TITLE,
  detect: looksLikeCaiExport,
  collect: collectGcp,
};

/**
 * A folder holding only Cloud Asset Inventory exports, read whole so the resource and IAM policy exports are
 * joined (list it before `gcpAssetCollector` in the registry).
 */
export const gcpAssetFolderCollector: OfflineCollector = {
  format: 'gcp-asset',
  title: `${TITLE}, a folder of them`,
  wantsDirectory: true,
  detect: (path) => isCaiExportFolder(path),
  collect: collectGcp,
};
