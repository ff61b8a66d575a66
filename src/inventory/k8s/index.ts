import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { InputIssue, ResourceInput } from '../../core/index.js';
import { type CollectContext, type CollectResult, emptyResult, type OfflineCollector } from '../types.js';
import { linkK8sResources } from './link.js';
import { isObject, looksLikeManifest, type ManifestObject, readManifests } from './manifests.js';
import { normalizeObject } from './normalize.js';

export { linkK8sResources } from './link.js';
export { looksLikeManifest, type ManifestObject, readManifests } from './manifests.js';
export {
  CLUSTER_ADMIN_RULES,
  CLUSTER_SCOPE,
  k8sId,
  normalizeObject,
  rulesToStatements,
} from './normalize.js';
export { formatSelector, matches, readSelector } from './selectors.js';

export interface K8sCollectorOptions {
  /** Cluster name, the `<cluster>` of every id and the resources' account. Default: the input folder's name. */
  cluster?: string;
  /** Catalog service id of the cluster (`verity catalog services --provider k8s`). Default: `self-managed`. */
  service?: string;
  /** Namespace assumed for namespaced objects that do not say theirs. Default: `default`, as kubectl. */
  namespace?: string;
}

const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];
const DOC_EXTENSIONS = new Set(['.md', '.txt', '.rst', '.html', '.png', '.jpg', '.svg', '.pdf']);

/** The manifest files of a folder (recursively, hidden entries skipped), and the other files found. */
function listFolder(dir: string, files: string[], others: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) listFolder(full, files, others);
    else if (MANIFEST_EXTENSIONS.includes(extname(name).toLowerCase())) files.push(full);
    else if (!DOC_EXTENSIONS.has(extname(name).toLowerCase())) others.push(full);
  }
}

/**
 * Reads Kubernetes manifests at `path` (a file, or every `.yaml`/`.yml`/`.json` file under a folder) into
 * resources of one cluster, and links them (`linkK8sResources`). Never throws.
 */
export async function collectManifests(
  path: string,
  ctx: CollectContext,
  options: K8sCollectorOptions = {},
): Promise<CollectResult> {
  const result = emptyResult();
  let files: string[] = [];
  let folder: string;
  try {
    if (statSync(path).isDirectory()) {
      folder = path;
      const others: string[] = [];
      listFolder(path, files, others);
      for (const f of others) {
        result.issues.push({ file: f, message: 'not read: not a .yaml, .yml or .json file' });
      }
    } else {
      folder = dirname(path);
      files = [path];
    }
  } catch (error) {
    result.issues.push({ file: path, message: `could not be read: ${(error as Error).message}` });
    return result;
  }
  const cluster = options.cluster ?? basename(resolve(folder));
  const inFolder = files.length > 1 || files[0] !== path;

  const objects: ManifestObject[] = [];
  for (const [i, file] of files.entries()) {
    ctx.progress?.(i, files.length, file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      result.issues.push({ file, message: `could not be read: ${(error as Error).message}` });
      continue;
    }
    if (inFolder && !looksLikeManifest(file, text.slice(0, 4096))) {
      result.issues.push({
        file,
        message: 'not read: it does not look like Kubernetes manifests (apiVersion and kind)',
      });
      continue;
    }
    result.files.push(file);
    const read = readManifests(file, text);
    objects.push(...read.objects);
    result.issues.push(...read.issues);
  }

  // Namespaces whose LimitRange gives containers default limits.
  const limitRangeNamespaces = new Set<string>();
  for (const o of objects) {
    if (o.data.kind !== 'LimitRange' || o.data.apiVersion !== 'v1') continue;
    const spec = o.data.spec;
    const limits = isObject(spec) && Array.isArray(spec.limits) ? spec.limits : [];
    const defaults = limits.some((l) => isObject(l) && l.type === 'Container' && isObject(l.default));
    const meta = o.data.metadata;
    const ns =
      isObject(meta) && typeof meta.namespace === 'string'
        ? meta.namespace
        : (options.namespace ?? 'default');
    if (defaults) limitRangeNamespaces.add(ns);
  }

  const seen = new Map<string, string>();
  const resources: ResourceInput[] = [];
  for (const o of objects) {
    const n = normalizeObject(o, {
      cluster,
      service: options.service ?? 'self-managed',
      defaultNamespace: options.namespace ?? 'default',
      collectedAt: ctx.collectedAt,
      limitRangeNamespaces,
    });
    result.issues.push(...n.issues);
    if ('unknownType' in n) {
      result.unknownTypes[n.unknownType] = (result.unknownTypes[n.unknownType] ?? 0) + 1;
    } else if ('resource' in n) {
      const where = n.resource.source.location ?? o.file;
      const first = seen.get(n.resource.id);
      if (first) {
        result.issues.push({
          file: o.file,
          line: o.line,
          message: `${n.resource.id} is already defined at ${first}; this definition was skipped`,
        } satisfies InputIssue);
        continue;
      }
      seen.set(n.resource.id, where);
      resources.push(n.resource);
    }
  }
  result.resources = linkK8sResources(resources);
  return result;
}

/** A Kubernetes manifests collector for one cluster; see src/inventory/k8s/README.md for the options. */
export function createK8sCollector(options: K8sCollectorOptions = {}): OfflineCollector {
  return {
    format: 'k8s',
    title: 'Kubernetes manifests (YAML/JSON, kubectl get -o yaml|json)',
    detect: (path, head) => looksLikeManifest(path, head),
    collect: (path, ctx) => collectManifests(path, ctx, options),
  };
}

/** The collector with default options: cluster named after the input folder, service `self-managed`. */
export const k8sCollector: OfflineCollector = createK8sCollector();
