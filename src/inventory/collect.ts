import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { type InputIssue, type ResourceInput, VerityError } from '../core/index.js';
import {
  type CollectContext,
  type CollectResult,
  emptyResult,
  mergeResults,
  type OfflineCollector,
  type OfflineFormat,
} from './types.js';

/** Files that are documentation next to exports, never inventory: not collected and not reported. */
const DOC_EXTENSIONS = new Set(['.md', '.txt', '.rst', '.html', '.png', '.jpg', '.svg', '.pdf']);

export interface SourceSummary {
  path: string;
  format: OfflineFormat;
  resources: number;
  issues: number;
}

export interface CollectionReport extends CollectResult {
  /** What was read, per input and format. */
  sources: SourceSummary[];
  /** Files of no format Verity knows (not documentation), listed so nothing is silently skipped. */
  unrecognised: string[];
  /** Resource ids described by more than one input, merged into one resource (first description wins). */
  merged: { id: string; sources: string[] }[];
}

export interface CollectOptions extends Partial<CollectContext> {
  format?: OfflineFormat | 'auto';
  /** Paths in issues and sources are shown relative to this folder. */
  relativeTo?: string;
  /** Runs over all resources once every input is read (cross-input links, merges). */
  finalize?: (resources: ResourceInput[]) => ResourceInput[];
}

/**
 * Collects every input (file or folder) with the collector for its format, detected when `format` is `auto`:
 * a folder a directory-collector recognises (AWS CLI output, a Terraform module) is read whole; other folders
 * are walked and each file goes to the first collector that recognises it.
 */
export async function collectPaths(
  inputs: readonly string[],
  collectors: readonly OfflineCollector[],
  options: CollectOptions = {},
): Promise<CollectionReport> {
  const ctx: CollectContext = {
    collectedAt: options.collectedAt ?? new Date().toISOString(),
    ...(options.progress ? { progress: options.progress } : {}),
  };
  const report: CollectionReport = { ...emptyResult(), sources: [], unrecognised: [], merged: [] };
  const jobs: { path: string; collector: OfflineCollector }[] = [];
  const show = (p: string) => (options.relativeTo ? relative(options.relativeTo, p) || '.' : p);

  for (const input of inputs) {
    if (!existsSync(input)) throw new VerityError('FILE_NOT_FOUND', `The input ${input} does not exist.`);
    if (options.format && options.format !== 'auto') {
      const chosen = collectors.find((c) => c.format === options.format);
      if (!chosen) throw new VerityError('USAGE', `No collector reads the format '${options.format}'.`);
      jobs.push({ path: input, collector: chosen });
      continue;
    }
    await plan(input, collectors, jobs, report.unrecognised);
  }

  let done = 0;
  for (const job of jobs) {
    ctx.progress?.(done, jobs.length, job.path);
    let result: CollectResult;
    try {
      result = await job.collector.collect(job.path, ctx);
    } catch (error) {
      // A collector must not throw; if one does, the input is reported and the others still run.
      const issue: InputIssue = { file: job.path, message: `could not be read: ${(error as Error).message}` };
      result = { ...emptyResult(), issues: [issue] };
    }
    report.sources.push({
      path: show(job.path),
      format: job.collector.format,
      resources: result.resources.length,
      issues: result.issues.length,
    });
    mergeResults(report, result);
    done++;
  }
  ctx.progress?.(done, jobs.length, '');
  if (options.finalize) report.resources = options.finalize(report.resources);
  report.resources = mergeDuplicates(report.resources, report.merged);
  return report;
}

/**
 * One resource per id. Two inputs may describe the same resource (AWS CLI output and an AWS Config snapshot of
 * the same account): the first description wins field by field, and what it lacks (properties it left unknown,
 * tags, relations) is filled from the later ones. Each merge is listed.
 */
export function mergeDuplicates(
  resources: ResourceInput[],
  merged: { id: string; sources: string[] }[],
): ResourceInput[] {
  const byId = new Map<string, ResourceInput>();
  const seenFrom = new Map<string, string[]>();
  for (const r of resources) {
    const first = byId.get(r.id);
    const where = r.source.location ?? r.source.collector;
    if (!first) {
      byId.set(r.id, r);
      seenFrom.set(r.id, [where]);
      continue;
    }
    seenFrom.get(r.id)?.push(where);
    const properties = { ...(r.properties ?? {}), ...(first.properties ?? {}) };
    const known = new Set(Object.keys(properties));
    byId.set(r.id, {
      ...first,
      tags: { ...(r.tags ?? {}), ...(first.tags ?? {}) },
      properties,
      relations: uniqueRelations([...(first.relations ?? []), ...(r.relations ?? [])]),
      unknown: [...(first.unknown ?? []), ...(r.unknown ?? [])].filter(
        (u, i, all) =>
          !known.has(u.path.split('.')[0] ?? '') && all.findIndex((x) => x.path === u.path) === i,
      ),
    });
  }
  for (const [id, sources] of seenFrom) if (sources.length > 1) merged.push({ id, sources });
  return [...byId.values()];
}

function uniqueRelations<T extends { type: string; target: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = `${r.type}\u0000${r.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function plan(
  path: string,
  collectors: readonly OfflineCollector[],
  jobs: { path: string; collector: OfflineCollector }[],
  unrecognised: string[],
): Promise<void> {
  if (statSync(path).isDirectory()) {
    const whole = collectors.find((c) => c.wantsDirectory && c.detect(path, ''));
    if (whole) {
      jobs.push({ path, collector: whole });
      return;
    }
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue;
      await plan(join(path, name), collectors, jobs, unrecognised);
    }
    return;
  }
  if (DOC_EXTENSIONS.has(extname(path).toLowerCase())) return;
  const head = await readHead(path, 4096);
  const found = collectors.find((c) => !c.wantsDirectory && c.detect(path, head));
  if (found) jobs.push({ path, collector: found });
  else if (!/^(LICENSE|NOTICE)/i.test(basename(path))) unrecognised.push(path);
}

async function readHead(path: string, bytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path, { start: 0, end: bytes - 1 }))
    chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
