import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CollectContext, CollectResult, OfflineCollector } from '../../types.js';
import { emptyResult } from '../../types.js';
import { rawValue } from '../draft.js';
import { parseJson } from '../json.js';
import { normalizeResources } from '../normalize.js';
import type { IacResource } from '../resource.js';
import { EvalFailure, Unknown, type Value, type ValueObject } from '../value.js';
import { ArmEvaluator, type ArmResourceRef } from './expressions.js';
import { ARM_TABLES, CANONICAL_TYPES } from './mapping.js';

type Json = Record<string, unknown>;
const isJson = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One resource declaration, nested children flattened (their type and name made full). */
interface Decl {
  type: string;
  /** The name as written (an expression or a literal). */
  nameRaw: unknown;
  /** The declaration a nested child is written in. */
  parent?: Decl;
  symbolic?: string;
  body: Json;
  path: (string | number)[];
}

function declarations(
  list: unknown,
  path: (string | number)[],
  parent: Decl | undefined,
  out: Decl[],
  bad: { path: (string | number)[]; message: string }[],
): void {
  const entries: [string | number, unknown][] = Array.isArray(list)
    ? list.map((x, i) => [i, x])
    : isJson(list)
      ? Object.entries(list)
      : [];
  for (const [key, body] of entries) {
    if (!isJson(body) || typeof body.type !== 'string') {
      bad.push({ path: [...path, key], message: 'a resource must be an object with a type' });
      continue;
    }
    // languageVersion 2.0: an `existing` resource is only referred to, not deployed.
    if (body.existing === true) continue;
    let type = body.type;
    if (parent && !type.includes('/')) type = `${parent.type}/${type}`;
    const decl: Decl = {
      type,
      nameRaw: body.name,
      ...(parent ? { parent } : {}),
      ...(typeof key === 'string' ? { symbolic: key } : {}),
      body,
      path: [...path, key],
    };
    out.push(decl);
    if (body.resources !== undefined)
      declarations(body.resources, [...path, key, 'resources'], decl, out, bad);
  }
}

const SKIP = new Set([
  'type',
  'apiVersion',
  'resources',
  'dependsOn',
  'copy',
  'condition',
  'comments',
  'metadata',
]);

function canonicalType(type: string): string {
  return CANONICAL_TYPES.get(type.toLowerCase()) ?? type;
}

/** The full name of a declaration: a nested child's name is its parent's followed by its own. */
function fullName(ev: ArmEvaluator, d: Decl, copy: ReadonlyMap<string, number>): Value {
  const own = ev.resolve(d.nameRaw, new Set(), copy);
  if (!d.parent) return own;
  const parent = fullName(ev, d.parent, new Map());
  if (typeof parent === 'string' && typeof own === 'string')
    return own.includes('/') ? own : `${parent}/${own}`;
  return parent instanceof Unknown ? parent : own;
}

/**
 * Azure Resource Manager templates (deploymentTemplate JSON): parameter defaults, variables and template
 * expressions are evaluated where the template says enough; nested child resources and copy loops are expanded.
 */
export const armCollector: OfflineCollector = {
  format: 'arm',
  title: 'Azure Resource Manager template (JSON)',
  detect(path: string, head: string): boolean {
    return /\.json$/i.test(path) && /"\$schema"\s*:\s*"[^"]*deploymentTemplate\.json/i.test(head);
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
    const template = parsed.data;
    if (!isJson(template)) {
      result.issues.push({ file: path, line: 1, message: 'a template must be a JSON object' });
      return result;
    }
    const lineOf = parsed.lineOf;
    const decls: Decl[] = [];
    const bad: { path: (string | number)[]; message: string }[] = [];
    declarations(template.resources, ['resources'], undefined, decls, bad);
    for (const b of bad) {
      const line = lineOf(b.path);
      result.issues.push({
        file: path,
        ...(line !== undefined ? { line } : {}),
        path: b.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
          .join('')
          .slice(1),
        message: b.message,
      });
    }
    const file = basename(path);

    // Names first (with no resources known), then ids, then everything with resourceId() resolvable.
    const naming = new ArmEvaluator(template, []);
    interface Instance {
      decl: Decl;
      type: string;
      name: Value;
      address: string;
      copy: Map<string, number>;
      expansion?: Unknown;
    }
    const instances: Instance[] = [];
    for (const d of decls) {
      const line = lineOf(d.path);
      const type = canonicalType(d.type);
      const copyDecl = d.body.copy;
      const copies: { copy: Map<string, number>; expansion?: Unknown }[] = [];
      if (isJson(copyDecl)) {
        const loop = typeof copyDecl.name === 'string' ? copyDecl.name : '';
        const n = naming.resolve(copyDecl.count, new Set(), new Map());
        if (typeof n === 'number' && Number.isInteger(n) && n >= 0)
          for (let i = 0; i < n; i++) copies.push({ copy: new Map([[loop, i]]) });
        else if (n instanceof EvalFailure) {
          result.issues.push({
            file: path,
            ...(line !== undefined ? { line } : {}),
            message: `copy count: ${n.reason}`,
          });
          continue;
        } else
          copies.push({
            copy: new Map(),
            expansion: new Unknown(
              `copy loop ${loop}: the count is unknown (${n instanceof Unknown ? n.reason : 'not a number'})`,
            ),
          });
      } else copies.push({ copy: new Map() });
      for (const { copy, expansion } of copies) {
        const name = fullName(naming, d, copy);
        const shown = typeof name === 'string' ? name : (d.symbolic ?? String(d.nameRaw));
        instances.push({
          decl: d,
          type,
          name,
          address: d.symbolic && typeof name !== 'string' ? d.symbolic : `${type}/${shown}`,
          copy,
          ...(expansion ? { expansion } : {}),
        });
      }
    }
    const idOf = (address: string) => `iac:arm:${file}#${address}`;
    const refsList: ArmResourceRef[] = instances
      .filter((i) => typeof i.name === 'string')
      .map((i) => ({ type: i.type, name: i.name as string, id: idOf(i.address) }));
    const ev = new ArmEvaluator(template, refsList);

    const resources: IacResource[] = [];
    for (const inst of instances) {
      const d = inst.decl;
      const line = lineOf(d.path);
      let expansion = inst.expansion;
      const expansionPath = expansion ? 'count' : 'condition';
      if ('condition' in d.body) {
        const c = ev.resolve(d.body.condition, new Set(), inst.copy);
        if (c === false) continue;
        if (c instanceof Unknown && !expansion)
          expansion = new Unknown(`deployed only when its condition holds: ${c.reason}`, c.refs);
      }
      const attrs: ValueObject = {};
      const refs: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(d.body)) {
        if (SKIP.has(k)) continue;
        const set = new Set<string>();
        attrs[k] = k === 'name' ? inst.name : ev.resolve(v, set, inst.copy);
        refs[k] = [...set];
      }
      // The resources this one belongs to (a rule's group, a container's storage account).
      if (typeof inst.name === 'string') {
        const segments = inst.type.split('/');
        const names = inst.name.split('/');
        const owners: string[] = [];
        for (let n = segments.length - 1; n >= 2; n--) {
          const ownerType = segments.slice(0, n).join('/');
          const ownerName = names.slice(0, n - 1).join('/');
          const found = refsList.find(
            (r) => r.type.toLowerCase() === ownerType.toLowerCase() && r.name === ownerName,
          );
          if (found) owners.push(found.id);
        }
        refs.__owner = owners;
      }
      resources.push({
        address: inst.address,
        type: inst.type,
        id: idOf(inst.address),
        attrs,
        refs,
        providerName: 'azurerm',
        location: line !== undefined ? `${path}:${line}` : path,
        ...(expansion ? { expansion, expansionPath } : {}),
        raw: {
          type: inst.type,
          ...(typeof d.body.apiVersion === 'string' ? { apiVersion: d.body.apiVersion } : {}),
        },
      });
    }
    attachDocuments(resources);
    const normalized = normalizeResources(resources, ARM_TABLES, {
      collector: 'arm',
      collectedAt: ctx.collectedAt,
    });
    result.resources = normalized.resources;
    result.unknownTypes = normalized.unknownTypes;
    return result;
  },
};

/**
 * Gives each resource its ARM document as `raw` — type, apiVersion, resolved name, location, sku, kind, identity,
 * tags, properties (unknown parts as `{ "$unknown": reason }`) — with the documents of its child resources in
 * `resources`, as a template nests them. A template declares all it deploys, so `resources` is always present.
 */
function attachDocuments(resources: IacResource[]): void {
  const docs = new Map<string, Record<string, unknown>>();
  for (const res of resources) {
    const head = res.raw as Record<string, unknown>;
    docs.set(res.id, { ...head, ...(rawValue(res.attrs) as Record<string, unknown>), resources: [] });
  }
  for (const res of resources) {
    const owner = res.refs.__owner?.[0];
    const parent = owner === undefined ? undefined : docs.get(owner);
    const doc = docs.get(res.id);
    if (parent && doc) (parent.resources as unknown[]).push(doc);
  }
  for (const res of resources) res.raw = docs.get(res.id);
}
