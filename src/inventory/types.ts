import type { InputIssue, Provider, ResourceInput } from '../core/index.js';

/** The offline formats `verity collect <path>` reads. Each belongs to one collector folder. */
export const OFFLINE_FORMATS = [
  'aws-cli',
  'aws-config',
  'azure-graph',
  'gcp-asset',
  'terraform',
  'terraform-plan',
  'cloudformation',
  'arm',
  'k8s',
  'csv',
  'nmap',
] as const;
export type OfflineFormat = (typeof OFFLINE_FORMATS)[number];

/**
 * Something that could not be collected: a failed API call (access denied, throttled after retries, timeout,
 * unsupported region), or a file that was skipped. Stored with the snapshot; checks on what it would have
 * covered report `error`.
 */
export interface CoverageGap {
  provider: Provider;
  /** Catalog service id, e.g. `s3`, or `*` when a whole source failed. */
  service: string;
  account?: string;
  region?: string;
  /** API operation (`ListBuckets`) or file path. */
  operation: string;
  error:
    | 'access-denied'
    | 'throttled'
    | 'timeout'
    | 'unsupported-region'
    | 'not-found'
    | 'invalid-input'
    | 'error';
  message: string;
  /** The resource kinds whose data is missing or partial because of this. */
  kinds: string[];
}

export interface CollectResult {
  resources: ResourceInput[];
  /** Files or records that were malformed and skipped, with file and line. */
  issues: InputIssue[];
  coverage: CoverageGap[];
  /** Provider resource types that were seen but not normalized, with counts: listed, never silently dropped. */
  unknownTypes: Record<string, number>;
  /** Files read. */
  files: string[];
}

export function emptyResult(): CollectResult {
  return { resources: [], issues: [], coverage: [], unknownTypes: {}, files: [] };
}

/** Merges `b` into `a`. */
export function mergeResults(a: CollectResult, b: CollectResult): CollectResult {
  a.resources.push(...b.resources);
  a.issues.push(...b.issues);
  a.coverage.push(...b.coverage);
  for (const [t, n] of Object.entries(b.unknownTypes)) a.unknownTypes[t] = (a.unknownTypes[t] ?? 0) + n;
  a.files.push(...b.files);
  return a;
}

export interface CollectContext {
  /** When the collection happened (ISO time), stamped on each resource's source. */
  collectedAt: string;
  /** Reports progress for long work (files read so far, of how many). */
  progress?: (done: number, total: number, what: string) => void;
}

/**
 * An offline collector: reads files of one format (a file, or a folder of them) and normalizes them. It never
 * throws on bad input: a malformed file or record becomes an `issue` with file and line, and the rest is read.
 */
export interface OfflineCollector {
  readonly format: OfflineFormat;
  readonly title: string;
  /** Whether a file (path and its first KiB as text) looks like this format; used by `--format auto`. */
  detect(path: string, head: string): boolean;
  /** Whether this collector wants a whole folder at once (AWS CLI output folders, Terraform modules). */
  readonly wantsDirectory?: boolean;
  collect(path: string, ctx: CollectContext): Promise<CollectResult>;
}
