import { statSync } from 'node:fs';
import type { CollectContext, CollectResult, OfflineCollector } from '../../types.js';
import { emptyResult } from '../../types.js';
import { normalizeTerraform } from './mapping.js';
import { hasTerraformFiles, loadTerraform } from './module.js';

/**
 * Terraform configuration: a root module folder of `.tf` / `.tf.json` files (with terraform.tfvars and
 * *.auto.tfvars), read with @cdktf/hcl2json and evaluated offline — variables, locals, references, `count`,
 * `for_each`, `dynamic` blocks and local modules. What needs a provider or a plan stays unknown.
 */
export const terraformCollector: OfflineCollector = {
  format: 'terraform',
  title: 'Terraform configuration (HCL)',
  wantsDirectory: true,
  detect(path: string): boolean {
    let dir = false;
    try {
      dir = statSync(path).isDirectory();
    } catch {
      dir = false;
    }
    return dir ? hasTerraformFiles(path) : /\.tf(\.json)?$/.test(path);
  },
  async collect(path: string, ctx: CollectContext): Promise<CollectResult> {
    const result = emptyResult();
    let load: Awaited<ReturnType<typeof loadTerraform>>;
    try {
      load = await loadTerraform(path);
    } catch (e) {
      result.issues.push({ file: path, message: `could not be read: ${(e as Error).message}` });
      return result;
    }
    const normalized = normalizeTerraform(load.resources, {
      collector: 'terraform',
      collectedAt: ctx.collectedAt,
    });
    result.resources = normalized.resources;
    result.unknownTypes = normalized.unknownTypes;
    result.issues = load.issues;
    result.coverage = load.coverage;
    result.files = load.files;
    return result;
  },
};
