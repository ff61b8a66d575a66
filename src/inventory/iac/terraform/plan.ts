import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CollectContext, CollectResult, OfflineCollector } from '../../types.js';
import { emptyResult } from '../../types.js';
import { rawValue } from '../draft.js';
import { parseJson } from '../json.js';
import type { IacResource } from '../resource.js';
import { fromJson, isObject, Unknown, type Value, type ValueObject } from '../value.js';
import { normalizeTerraform } from './mapping.js';

type Json = Record<string, unknown>;

const obj = (x: unknown): Json =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Json) : {};
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

interface PlannedResource {
  address: string;
  type: string;
  mode: string;
  providerName: string;
  values: unknown;
  /** JSON path of the resource in the document, for its line. */
  path: (string | number)[];
  /** Address of the module instance holding it (`module.net[0]`), empty for the root. */
  module: string;
}

function plannedResources(mod: unknown, path: (string | number)[], out: PlannedResource[]): void {
  const m = obj(mod);
  const moduleAddress = typeof m.address === 'string' ? m.address : '';
  arr(m.resources).forEach((r, i) => {
    const res = obj(r);
    if (typeof res.address !== 'string' || typeof res.type !== 'string') return;
    out.push({
      address: res.address,
      type: res.type,
      mode: typeof res.mode === 'string' ? res.mode : 'managed',
      providerName: typeof res.provider_name === 'string' ? res.provider_name : '',
      values: res.values,
      path: [...path, 'resources', i],
      module: moduleAddress,
    });
  });
  arr(m.child_modules).forEach((c, i) => {
    plannedResources(c, [...path, 'child_modules', i], out);
  });
}

/** Sets `Unknown` wherever `after_unknown` says the value is known only after apply. */
function overlayUnknown(value: Value, mask: unknown, what: string): Value {
  if (mask === true) return new Unknown(`${what} is known only after apply`);
  if (Array.isArray(mask)) {
    const list = Array.isArray(value) ? [...value] : [];
    mask.forEach((m, i) => {
      if (m === false || m === undefined) return;
      list[i] = overlayUnknown(list[i] ?? null, m, what);
    });
    return Array.isArray(value) || list.length > 0 ? list : value;
  }
  if (typeof mask === 'object' && mask !== null) {
    const o: ValueObject = isObject(value) ? { ...value } : {};
    for (const [k, m] of Object.entries(mask as Json)) {
      if (m === false) continue;
      o[k] = overlayUnknown(o[k] ?? null, m, `${what}.${k}`);
    }
    return o;
  }
  return value;
}

/** `module.net[0].aws_subnet.a["x"]` → `module.net.` (the configuration path of its module). */
function configModulePath(moduleAddress: string): string[] {
  if (!moduleAddress) return [];
  return moduleAddress
    .split(/\.(?=module\.)/)
    .map((part) => part.replace(/^module\./, '').replace(/\[.*\]$/, ''));
}

function configModule(configuration: Json, moduleAddress: string): Json | undefined {
  let mod = obj(configuration.root_module);
  for (const name of configModulePath(moduleAddress)) {
    const call = obj(obj(mod.module_calls)[name]);
    if (!('module' in call)) return undefined;
    mod = obj(call.module);
  }
  return mod;
}

/** Every `references` entry inside an expression tree (blocks nest their attributes' expressions). */
function collectReferences(expr: unknown, out: Set<string>): void {
  if (Array.isArray(expr)) {
    for (const x of expr) collectReferences(x, out);
    return;
  }
  const e = obj(expr);
  for (const r of arr(e.references)) if (typeof r === 'string') out.add(r);
  for (const [k, v] of Object.entries(e))
    if (k !== 'references' && k !== 'constant_value') collectReferences(v, out);
}

/**
 * Maps configuration references to resource ids: `aws_s3_bucket.logs.id` to that bucket of the same module,
 * `module.net.vpc_id` through the module's output expression to the resources it names.
 */
function resolveReferences(
  refs: readonly string[],
  prefix: string,
  mod: Json | undefined,
  addresses: ReadonlySet<string>,
  ids: Set<string>,
  idOf: (address: string) => string,
  depth: number,
): void {
  for (const ref of refs) {
    const out = /^module\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)/.exec(ref);
    if (out && depth < 8) {
      const call = obj(obj(mod?.module_calls)[out[1] ?? '']);
      const output = obj(obj(obj(call.module).outputs)[out[2] ?? '']);
      const inner = new Set<string>();
      collectReferences(output.expression, inner);
      const childPrefixes = new Set<string>();
      for (const a of addresses) {
        const m = new RegExp(
          `^(${escapeRe(prefix)}module\\.${escapeRe(out[1] ?? '')}(?:\\[[^\\]]+\\])?\\.)`,
        ).exec(a);
        if (m?.[1]) childPrefixes.add(m[1]);
      }
      for (const p of childPrefixes)
        resolveReferences([...inner], p, obj(call.module), addresses, ids, idOf, depth + 1);
      continue;
    }
    // `aws_s3_bucket.logs.id`, `aws_s3_bucket.logs[0]`: the resource part, in this module.
    const m = /^([a-z0-9_-]+\.[A-Za-z0-9_-]+)(\[[^\]]+\])?/.exec(ref);
    if (!m || /^(var|local|module|data|path|count|each|self|terraform)\./.test(ref)) continue;
    const base = `${prefix}${m[1]}`;
    const exact = `${base}${m[2] ?? ''}`;
    if (addresses.has(exact)) ids.add(idOf(exact));
    else for (const a of addresses) if (a.startsWith(`${base}[`) || a === base) ids.add(idOf(a));
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function constantValues(expressions: unknown): ValueObject {
  const out: ValueObject = {};
  for (const [k, v] of Object.entries(obj(expressions))) {
    const e = obj(v);
    if ('constant_value' in e) out[k] = fromJson(e.constant_value);
    else if (Array.isArray(v)) out[k] = v.map((b) => constantValues(b));
    else if ('references' in e) out[k] = new Unknown(`${k} refers to ${arr(e.references).join(', ')}`);
  }
  return out;
}

/**
 * A Terraform plan as `terraform show -json` prints it (also the state as `terraform show -json` prints it):
 * planned values, with attributes listed in `after_unknown` unknown (known after apply), and the
 * configuration's references used to link resources.
 */
export const terraformPlanCollector: OfflineCollector = {
  format: 'terraform-plan',
  title: 'Terraform plan (terraform show -json)',
  detect(path: string, head: string): boolean {
    if (!/\.json$/i.test(path) && !head.trimStart().startsWith('{')) return false;
    return /"format_version"\s*:/.test(head) && /"(planned_values|terraform_version)"\s*:/.test(head);
  },
  async collect(path: string, ctx: CollectContext): Promise<CollectResult> {
    const result = emptyResult();
    result.files.push(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      result.issues.push({ file: path, message: `could not be read: ${(e as Error).message}` });
      return result;
    }
    const parsed = parseJson(path, text);
    if ('issue' in parsed) {
      result.issues.push(parsed.issue);
      return result;
    }
    if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
      result.issues.push({ file: path, line: 1, message: 'a plan must be a JSON object' });
      return result;
    }
    const data = parsed.data as Json;
    const lineOf = parsed.lineOf;
    const planned = obj(data.planned_values).root_module ?? obj(data.values).root_module;
    if (planned === undefined) {
      result.issues.push({
        file: path,
        line: 1,
        message: 'no planned_values (or values) in this document: is it the output of terraform show -json?',
      });
      return result;
    }
    const list: PlannedResource[] = [];
    plannedResources(
      planned,
      [data.planned_values !== undefined ? 'planned_values' : 'values', 'root_module'],
      list,
    );
    const changes = new Map<string, Json>();
    for (const c of arr(data.resource_changes)) {
      const ch = obj(c);
      if (typeof ch.address === 'string') changes.set(ch.address, obj(ch.change));
    }
    const configuration = obj(data.configuration);
    const providerConfigs = obj(configuration.provider_config);
    const file = basename(path);
    const idOf = (address: string) => `iac:terraform-plan:${file}#${address}`;
    const managed = list.filter((r) => r.mode === 'managed');
    const addresses = new Set(managed.map((r) => r.address));

    const resources: IacResource[] = [];
    for (const r of managed) {
      const change = changes.get(r.address);
      const after = change && 'after' in change ? change.after : r.values;
      let attrs = fromJson(after ?? {});
      if (change?.after_unknown !== undefined) attrs = overlayUnknown(attrs, change.after_unknown, r.address);
      const values = isObject(attrs) ? attrs : {};
      const prefix = r.module ? `${r.module}.` : '';
      const local = r.address.slice(prefix.length).replace(/\[[^\]]*\]$/, '');
      const cfgModule = configModule(configuration, r.module);
      const cfg = obj(arr(cfgModule?.resources).find((x) => obj(x).address === local));
      const expressions = obj(cfg.expressions);
      const refs: Record<string, string[]> = {};
      for (const [attr, expr] of Object.entries(expressions)) {
        const found = new Set<string>();
        collectReferences(expr, found);
        const ids = new Set<string>();
        resolveReferences([...found], prefix, cfgModule, addresses, ids, idOf, 0);
        refs[attr] = [...ids];
      }
      const key = typeof cfg.provider_config_key === 'string' ? cfg.provider_config_key : undefined;
      const pc =
        (key !== undefined
          ? (providerConfigs[key] ?? providerConfigs[key.split(':').pop() ?? ''])
          : undefined) ?? providerConfigs[r.providerName.split('/').pop() ?? ''];
      const line = lineOf(r.path);
      const providerName = r.providerName.split('/').pop() ?? r.type.split('_')[0] ?? '';
      resources.push({
        address: r.address,
        type: r.type,
        id: idOf(r.address),
        attrs: values,
        refs,
        providerName,
        ...(pc !== undefined ? { providerConfig: constantValues(obj(pc).expressions) } : {}),
        location: line !== undefined ? `${path}:${line}` : path,
        ...(Object.keys(expressions).length > 0 ? { configured: new Set(Object.keys(expressions)) } : {}),
        raw: rawValue(values),
      });
    }
    const normalized = normalizeTerraform(resources, {
      collector: 'terraform-plan',
      collectedAt: ctx.collectedAt,
    });
    result.resources = normalized.resources;
    result.unknownTypes = normalized.unknownTypes;
    return result;
  },
};
