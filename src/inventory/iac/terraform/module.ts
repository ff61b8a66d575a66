import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse as parseHcl } from '@cdktf/hcl2json';
import type { InputIssue } from '../../../core/index.js';
import type { CoverageGap } from '../../types.js';
import { rawValue } from '../draft.js';
import { parseJson } from '../json.js';
import type { IacResource } from '../resource.js';
import {
  EvalFailure,
  findUnknown,
  fromJson,
  isObject,
  toJson,
  Unknown,
  type Value,
  type ValueObject,
} from '../value.js';
import { formatNumber, toBool, toNumber } from './convert.js';
import { type EvalCtx, evalRaw, type Scope, type Step } from './eval.js';

/** One configuration file of a module. */
interface ConfigFile {
  /** Path relative to the collected root (used in ids): `main.tf`, `modules/net/main.tf`. */
  rel: string;
  /** Path as it is shown in issues and locations. */
  shown: string;
  text: string;
  json: boolean;
  /** Line of a `.tf.json` node, by path. */
  jsonLine?: (path: string[]) => number | undefined;
}

interface Block {
  type: string;
  name: string;
  body: Record<string, unknown>;
  file: ConfigFile;
}

interface ModuleConfig {
  dir: string;
  /** Directory relative to the root module, `.` for the root. */
  rel: string;
  variables: Map<string, Block>;
  locals: Map<string, { raw: unknown; file: ConfigFile }>;
  resources: Map<string, Block>;
  data: Map<string, Block>;
  modules: Map<string, Block>;
  outputs: Map<string, Block>;
  providers: Block[];
}

export interface TerraformLoad {
  resources: IacResource[];
  issues: InputIssue[];
  coverage: CoverageGap[];
  files: string[];
}

const META = new Set([
  'count',
  'for_each',
  'provider',
  'depends_on',
  'lifecycle',
  'provisioner',
  'connection',
  'dynamic',
  '//',
]);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The 1-based line of `keyword "label" "label" {` in HCL text. */
function hclLine(text: string, keyword: string, labels: string[]): number | undefined {
  const pattern = [keyword, ...labels.map((l) => `"?${escapeRe(l)}"?`)].join('\\s+');
  const m = new RegExp(`^[ \\t]*${pattern}\\s*\\{`, 'm').exec(text);
  if (!m) return undefined;
  return text.slice(0, m.index).split('\n').length;
}

function lineOf(file: ConfigFile, keyword: string, labels: string[]): number | undefined {
  if (file.json) return file.jsonLine?.([keyword, ...labels]);
  return hclLine(file.text, keyword, labels);
}

/** Blocks in hcl2json output are lists of bodies; `.tf.json` may write a single body as an object. */
function bodies(x: unknown): Record<string, unknown>[] {
  if (Array.isArray(x)) return x.filter(isPlainObject);
  return isPlainObject(x) ? [x] : [];
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function entries(x: unknown): [string, unknown][] {
  return isPlainObject(x) ? Object.entries(x).filter(([k]) => k !== '//') : [];
}

function parseIssueLocation(message: string): { line?: number; column?: number } {
  const m = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?:/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : {};
}

/** Terraform's own message for a parse failure, without the bridge's wrapping. */
function cleanHclMessage(message: string): string {
  const m = /\[[^:\]]+:\d+,\d+(?:-\d+(?:,\d+)?)?: ([^\]]+)\]/.exec(message);
  return (m?.[1] ?? message).replace(/; /, ': ');
}

/** Parses one HCL or JSON configuration file into hcl2json's structure, or reports why it cannot be read. */
async function parseConfigFile(
  abs: string,
  rel: string,
  shown: string,
  issues: InputIssue[],
): Promise<{ file: ConfigFile; doc: Record<string, unknown> } | undefined> {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    issues.push({ file: shown, message: `could not be read: ${(e as Error).message}` });
    return undefined;
  }
  if (abs.endsWith('.json')) {
    const parsed = parseJson(shown, text);
    if ('issue' in parsed) {
      issues.push(parsed.issue);
      return undefined;
    }
    if (!isPlainObject(parsed.data)) {
      issues.push({ file: shown, line: 1, message: 'a Terraform JSON file must hold an object' });
      return undefined;
    }
    return {
      file: { rel, shown, text, json: true, jsonLine: (path) => parsed.lineOf(path) },
      doc: parsed.data,
    };
  }
  try {
    const doc = (await parseHcl(rel, text)) as Record<string, unknown>;
    return { file: { rel, shown, text, json: false }, doc };
  } catch (e) {
    const message = (e as Error).message;
    issues.push({ file: shown, ...parseIssueLocation(message), message: cleanHclMessage(message) });
    return undefined;
  }
}

function isOverride(name: string): boolean {
  return /(^|_)override\.tf(\.json)?$/.test(name);
}

async function loadModule(
  dir: string,
  root: string,
  shownRoot: string,
  issues: InputIssue[],
  files: string[],
  onlyFile?: string,
): Promise<ModuleConfig> {
  const relDir = relative(root, dir).split(sep).join('/') || '.';
  const config: ModuleConfig = {
    dir,
    rel: relDir,
    variables: new Map(),
    locals: new Map(),
    resources: new Map(),
    data: new Map(),
    modules: new Map(),
    outputs: new Map(),
    providers: [],
  };
  const names = onlyFile
    ? [onlyFile]
    : readdirSync(dir)
        .filter((n) => (n.endsWith('.tf') || n.endsWith('.tf.json')) && !n.startsWith('.'))
        .filter((n) => statSync(join(dir, n)).isFile())
        .sort((a, b) => Number(isOverride(a)) - Number(isOverride(b)) || a.localeCompare(b));
  for (const name of names) {
    const abs = join(dir, name);
    const rel = relative(root, abs).split(sep).join('/');
    const shown = join(shownRoot, relative(root, abs));
    files.push(shown);
    const parsed = await parseConfigFile(abs, rel, shown, issues);
    if (!parsed) continue;
    addFile(config, parsed.file, parsed.doc, isOverride(name));
  }
  return config;
}

function addFile(
  config: ModuleConfig,
  file: ConfigFile,
  doc: Record<string, unknown>,
  override: boolean,
): void {
  const put = (map: Map<string, Block>, key: string, block: Block) => {
    const existing = map.get(key);
    if (override && existing) Object.assign(existing.body, block.body);
    else if (!existing) map.set(key, block);
  };
  for (const [name, decl] of entries(doc.variable))
    for (const body of bodies(decl)) put(config.variables, name, { type: 'variable', name, body, file });
  for (const body of bodies(doc.locals))
    for (const [name, raw] of entries(body)) config.locals.set(name, { raw, file });
  for (const [kind, map] of [
    ['resource', config.resources],
    ['data', config.data],
  ] as const) {
    for (const [type, byName] of entries(doc[kind]))
      for (const [name, decl] of entries(byName))
        for (const body of bodies(decl)) put(map, `${type}.${name}`, { type, name, body, file });
  }
  for (const [name, decl] of entries(doc.module))
    for (const body of bodies(decl)) put(config.modules, name, { type: 'module', name, body, file });
  for (const [name, decl] of entries(doc.output))
    for (const body of bodies(decl)) put(config.outputs, name, { type: 'output', name, body, file });
  for (const [name, decl] of entries(doc.provider))
    for (const body of bodies(decl)) config.providers.push({ type: 'provider', name, body, file });
}

/** `${aws.west}` or `aws.west` → `aws.west`. */
function providerRef(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^(?:\$\{)?\s*([A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)?)\s*\}?$/.exec(raw.trim());
  return m?.[1];
}

interface ProviderInfo {
  name: string;
  config: ValueObject;
}

interface Instance {
  /** `[0]`, `["a"]` or empty. */
  suffix: string;
  locals: Map<string, Value>;
}

type Expansion = { instances: Instance[]; unknown?: Unknown };

function expand(body: Record<string, unknown>, ctx: EvalCtx, what: string): Expansion | EvalFailure {
  if ('count' in body && body.count !== null) {
    const v = evalRaw(body.count, ctx);
    if (v instanceof EvalFailure) return v;
    if (v instanceof Unknown) {
      const unknown = new Unknown(`${what}: count is unknown (${v.reason})`, v.refs);
      const index = new Unknown(`count.index of ${what}, whose count is unknown`);
      return { instances: [{ suffix: '', locals: new Map([['count', { index }]]) }], unknown };
    }
    const n = toNumber(v);
    if (n === undefined || !Number.isInteger(n) || n < 0)
      return new EvalFailure(`${what}: count is not a whole number`);
    return {
      instances: Array.from({ length: n }, (_, i) => ({
        suffix: `[${i}]`,
        locals: new Map([['count', { index: i }]]),
      })),
    };
  }
  if ('for_each' in body && body.for_each !== null) {
    const v = evalRaw(body.for_each, ctx);
    const u = v instanceof Unknown ? v : Array.isArray(v) ? v.find((x) => x instanceof Unknown) : undefined;
    if (u instanceof EvalFailure) return u;
    if (u instanceof Unknown) {
      const unknown = new Unknown(`${what}: for_each is unknown (${u.reason})`, u.refs);
      const each = { key: new Unknown(`each.key of ${what}`), value: new Unknown(`each.value of ${what}`) };
      return { instances: [{ suffix: '', locals: new Map([['each', each]]) }], unknown };
    }
    const pairs: [string, Value][] = [];
    if (isObject(v)) for (const k of Object.keys(v).sort()) pairs.push([k, v[k] as Value]);
    else if (Array.isArray(v)) {
      const set = new Set<string>();
      for (const x of v) {
        if (typeof x !== 'string')
          return new EvalFailure(`${what}: for_each over a list must be a set of strings`);
        set.add(x);
      }
      for (const k of [...set].sort()) pairs.push([k, k]);
    } else return new EvalFailure(`${what}: for_each is not a map or set`);
    return {
      instances: pairs.map(([key, value]) => ({
        suffix: `[${JSON.stringify(key)}]`,
        locals: new Map([['each', { key, value }]]),
      })),
    };
  }
  return { instances: [{ suffix: '', locals: new Map() }] };
}

/** Converts a variable value to its declared primitive type, as Terraform does. */
function convertType(v: Value, type: unknown): Value {
  if (typeof type !== 'string' || v instanceof Unknown || v === null) return v;
  const t = type.replace(/^\$\{|\}$/g, '').trim();
  if (t === 'number') return toNumber(v) ?? new EvalFailure('the value is not a number');
  if (t === 'bool') return toBool(v) ?? new EvalFailure('the value is not a boolean');
  if (t === 'string' && (typeof v === 'number' || typeof v === 'boolean'))
    return typeof v === 'number' ? formatNumber(v) : String(v);
  return v;
}

class Evaluation {
  readonly resources: IacResource[] = [];
  readonly issues: InputIssue[] = [];
  readonly coverage: CoverageGap[] = [];
  readonly files: string[] = [];
  readonly configs = new Map<string, ModuleConfig>();

  constructor(
    readonly root: string,
    readonly shownRoot: string,
    readonly tool: string,
  ) {}
}

/** A module instance: the root module, or one instance of a module call. Resolves names for expressions. */
class ModuleInstance implements Scope {
  private readonly localValues = new Map<string, { value: Value; refs: ReadonlySet<string> }>();
  private readonly busy = new Set<string>();
  private readonly attrCache = new Map<
    string,
    { attrs: ValueObject; refs: Record<string, string[]> } | Unknown
  >();
  private readonly expansions = new Map<string, Expansion | EvalFailure>();
  private readonly children = new Map<string, Map<string, ModuleInstance> | Unknown>();
  private readonly varValues = new Map<string, Value>();

  constructor(
    readonly ev: Evaluation,
    readonly config: ModuleConfig,
    /** Address prefix: `` or `module.net.` or `module.net[0].` */
    readonly prefix: string,
    /** Values of input variables set by the caller (or tfvars for the root). */
    readonly inputs: (name: string) => Value | undefined,
    readonly inputsFrom: string,
    readonly providers: Map<string, ProviderInfo>,
    readonly expansion: Unknown | undefined,
  ) {}

  ctx(locals: Map<string, Value> = new Map(), refs: Set<string> = new Set()): EvalCtx {
    return { scope: this, locals, refs };
  }

  readFile(path: string): string | undefined {
    const abs = isAbsolute(path) ? path : resolve(this.ev.root, path);
    try {
      return readFileSync(abs, 'utf8');
    } catch {
      return undefined;
    }
  }

  variable(name: string): Value {
    const cached = this.varValues.get(name);
    if (cached !== undefined) return cached;
    const decl = this.config.variables.get(name);
    let v: Value;
    if (!decl) v = new EvalFailure(`variable "${name}" is not declared`);
    else {
      const given = this.inputs(name);
      if (given !== undefined) v = given;
      else if ('default' in decl.body)
        v = evalRaw(decl.body.default, {
          scope: { root: () => undefined },
          locals: new Map(),
          refs: new Set(),
        });
      else v = new Unknown(`variable "${name}" has no default and ${this.inputsFrom} gives it no value`);
      v = convertType(v, decl.body.type);
    }
    this.varValues.set(name, v);
    return v;
  }

  /** A local value, and the resources its expression refers to (a reader of the local refers to them too). */
  local(name: string): { value: Value; refs: ReadonlySet<string> } {
    const key = `local.${name}`;
    const cached = this.localValues.get(name);
    if (cached !== undefined) return cached;
    const decl = this.config.locals.get(name);
    if (!decl) return { value: new EvalFailure(`local value "${name}" is not declared`), refs: new Set() };
    if (this.busy.has(key))
      return { value: new EvalFailure(`local.${name} refers to itself`), refs: new Set() };
    this.busy.add(key);
    const refs = new Set<string>();
    const value = evalRaw(decl.raw, this.ctx(new Map(), refs));
    this.busy.delete(key);
    const result = { value, refs };
    this.localValues.set(name, result);
    return result;
  }

  resourceId(block: Block, suffix: string): string {
    return `iac:${this.ev.tool}:${block.file.rel}#${this.prefix}${block.type}.${block.name}${suffix}`;
  }

  expansionOf(key: string, block: Block, kind: 'resource' | 'data'): Expansion | EvalFailure {
    let e = this.expansions.get(`${kind}.${key}`);
    if (!e) {
      const what = `${this.prefix}${kind === 'data' ? 'data.' : ''}${key}`;
      if (this.busy.has(`expand.${kind}.${key}`))
        return new EvalFailure(`${what}: count or for_each refers to itself`);
      this.busy.add(`expand.${kind}.${key}`);
      e = expand(block.body, this.ctx(), what);
      this.busy.delete(`expand.${kind}.${key}`);
      this.expansions.set(`${kind}.${key}`, e);
    }
    return e;
  }

  /** The evaluated arguments of one resource instance. */
  instanceAttrs(
    block: Block,
    inst: Instance,
  ): { attrs: ValueObject; refs: Record<string, string[]> } | Unknown {
    const key = `${block.type}.${block.name}${inst.suffix}`;
    const cached = this.attrCache.get(key);
    if (cached) return cached;
    if (this.busy.has(key)) return new EvalFailure(`${this.prefix}${key} refers to itself`);
    this.busy.add(key);
    const result = evalBody(block.body, this, inst.locals, true);
    this.busy.delete(key);
    this.attrCache.set(key, result);
    return result;
  }

  private instanceValue(block: Block, inst: Instance, refs: Set<string>): Value {
    const id = this.resourceId(block, inst.suffix);
    refs.add(id);
    const address = `${this.prefix}${block.type}.${block.name}${inst.suffix}`;
    const attrs = this.instanceAttrs(block, inst);
    if (attrs instanceof Unknown) return new Unknown(`${address} (${attrs.reason})`, [id]);
    return new Unknown(`${address}, known only after apply`, [id], attrs.attrs);
  }

  root(name: string, steps: readonly Step[], refs: Set<string>): { value: Value; used: number } | undefined {
    const first = steps[0];
    const attrName = first?.kind === 'attr' ? first.name : undefined;
    switch (name) {
      case 'var':
        return attrName === undefined ? undefined : { value: this.variable(attrName), used: 1 };
      case 'local': {
        if (attrName === undefined) return undefined;
        const local = this.local(attrName);
        for (const r of local.refs) refs.add(r);
        return { value: local.value, used: 1 };
      }
      case 'path': {
        const rel = this.config.rel;
        const v = attrName === 'module' ? rel : attrName === 'root' || attrName === 'cwd' ? '.' : undefined;
        return v === undefined ? undefined : { value: v, used: 1 };
      }
      case 'terraform':
        return {
          value: new Unknown(`terraform.${attrName ?? ''} depends on how Terraform is run (workspace)`),
          used: steps.length,
        };
      case 'self':
        return { value: new Unknown('self is only known while provisioning'), used: steps.length };
      case 'count':
      case 'each':
        return {
          value: new EvalFailure(`${name} is used outside a resource with ${name}`),
          used: steps.length,
        };
      case 'data':
        return this.dataRoot(steps, refs);
      case 'module':
        return this.moduleRoot(steps, refs);
    }
    if (attrName === undefined) return undefined;
    const block = this.config.resources.get(`${name}.${attrName}`);
    if (!block) {
      if (/^[a-z0-9]+_/.test(name))
        return { value: new EvalFailure(`resource ${name}.${attrName} is not declared`), used: 1 };
      return undefined;
    }
    const e = this.expansionOf(`${name}.${attrName}`, block, 'resource');
    if (e instanceof EvalFailure) return { value: e, used: 1 };
    const counted = 'count' in block.body || 'for_each' in block.body;
    if (!counted || e.unknown) {
      const inst = e.instances[0];
      if (!inst) return { value: new EvalFailure(`${name}.${attrName} has no instances`), used: 1 };
      const v = this.instanceValue(block, inst, refs);
      // With an unknown count, an index selects one of the unknown instances.
      const skip = e.unknown && steps[1]?.kind === 'index' ? 2 : 1;
      return { value: v, used: skip };
    }
    const idx = steps[1];
    if (idx?.kind === 'index' && !(idx.key instanceof Unknown)) {
      const suffix =
        'count' in block.body
          ? `[${typeof idx.key === 'number' ? idx.key : Number(idx.key)}]`
          : `[${JSON.stringify(String(idx.key))}]`;
      const inst = e.instances.find((i) => i.suffix === suffix);
      if (!inst)
        return {
          value: new EvalFailure(`${this.prefix}${name}.${attrName}${suffix} does not exist`),
          used: 2,
        };
      return { value: this.instanceValue(block, inst, refs), used: 2 };
    }
    const values = e.instances.map((inst) => this.instanceValue(block, inst, refs));
    if ('count' in block.body) return { value: values, used: 1 };
    const obj: ValueObject = {};
    e.instances.forEach((inst, i) => {
      obj[JSON.parse(inst.suffix.slice(1, -1)) as string] = values[i] ?? null;
    });
    return { value: obj, used: 1 };
  }

  private dataRoot(steps: readonly Step[], refs: Set<string>): { value: Value; used: number } | undefined {
    const [t, n] = steps;
    if (t?.kind !== 'attr' || n?.kind !== 'attr') return undefined;
    const what = `data.${t.name}.${n.name}`;
    const block = this.config.data.get(`${t.name}.${n.name}`);
    if (!block) return { value: new EvalFailure(`${what} is not declared`), used: 2 };
    if (t.name === 'aws_iam_policy_document' && !('count' in block.body) && !('for_each' in block.body)) {
      const r = evalBody(block.body, this, new Map(), true);
      if (r instanceof Unknown) return { value: r, used: 2 };
      for (const ids of Object.values(r.refs)) for (const id of ids) refs.add(id);
      const doc = policyDocumentFromBlocks(r.attrs);
      return { value: { json: doc, minified_json: doc }, used: 2 };
    }
    return {
      value: new Unknown(`${what} is a data source, read from the provider when Terraform plans`),
      used: steps.length,
    };
  }

  private moduleRoot(steps: readonly Step[], refs: Set<string>): { value: Value; used: number } | undefined {
    const first = steps[0];
    if (first?.kind !== 'attr') return undefined;
    const call = this.config.modules.get(first.name);
    if (!call) return { value: new EvalFailure(`module.${first.name} is not declared`), used: 1 };
    const instances = this.moduleInstances(first.name);
    if (instances instanceof Unknown) return { value: instances, used: steps.length };
    const byCount = 'count' in call.body;
    const counted = byCount || 'for_each' in call.body;
    const outputsOf = (m: ModuleInstance, at: number): { value: Value; used: number } => {
      const out = steps[at];
      if (out?.kind === 'attr') return { value: m.output(out.name, refs), used: at + 1 };
      const o: ValueObject = {};
      for (const name of m.config.outputs.keys()) o[name] = m.output(name, refs);
      return { value: o, used: at };
    };
    const only = instances.get('');
    if (!counted && only) return outputsOf(only, 1);
    // count / for_each unknown: one instance stands for all; an index picks one of them.
    if (only) return outputsOf(only, steps[1]?.kind === 'index' ? 2 : 1);
    const idx = steps[1];
    if (idx?.kind === 'index') {
      if (idx.key instanceof Unknown) return { value: idx.key, used: steps.length };
      const key = byCount ? `[${String(idx.key)}]` : `[${JSON.stringify(String(idx.key))}]`;
      const inst = instances.get(key);
      if (!inst) return { value: new EvalFailure(`module.${first.name}${key} does not exist`), used: 2 };
      return outputsOf(inst, 2);
    }
    const whole = (m: ModuleInstance): Value => outputsOf(m, steps.length + 1).value;
    if (byCount) return { value: [...instances.values()].map(whole), used: 1 };
    const o: ValueObject = {};
    for (const [k, m] of instances) o[JSON.parse(k.slice(1, -1)) as string] = whole(m);
    return { value: o, used: 1 };
  }

  output(name: string, refs: Set<string>): Value {
    const block = this.config.outputs.get(name);
    if (!block) return new EvalFailure(`output "${name}" is not declared in ${this.prefix.slice(0, -1)}`);
    const key = `output.${name}`;
    if (this.busy.has(key)) return new EvalFailure(`output ${name} refers to itself`);
    this.busy.add(key);
    const v = evalRaw(block.body.value, this.ctx(new Map(), refs));
    this.busy.delete(key);
    return v;
  }

  /** The instances of module call `name`, keyed by their address suffix. */
  moduleInstances(name: string): Map<string, ModuleInstance> | Unknown {
    const cached = this.children.get(name);
    if (cached) return cached;
    const call = this.config.modules.get(name) as Block;
    const what = `${this.prefix}module.${name}`;
    const source = call.body.source;
    const fail = (u: Unknown) => {
      this.children.set(name, u);
      return u;
    };
    if (typeof source !== 'string') return fail(new Unknown(`${what} has no literal source`));
    if (!source.startsWith('./') && !source.startsWith('../')) {
      return fail(new Unknown(`${what} comes from ${source}, which is not read offline`));
    }
    const dir = resolve(this.config.dir, source);
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      return fail(new Unknown(`${what}: ${source} not found`));
    const config = this.ev.configs.get(dir);
    if (!config) return fail(new Unknown(`${what}: ${source} was not loaded`));
    if (this.busy.has(`module.${name}`)) return fail(new EvalFailure(`${what} refers to itself`));
    this.busy.add(`module.${name}`);
    const e = expand(call.body, this.ctx(), what);
    this.busy.delete(`module.${name}`);
    if (e instanceof EvalFailure) return fail(e);
    const providers = new Map(this.providers);
    for (const [local, ref] of entries(call.body.providers)) {
      const target = providerRef(ref);
      const p = target ? this.providers.get(target) : undefined;
      if (p) providers.set(local, p);
    }
    const out = new Map<string, ModuleInstance>();
    for (const inst of e.instances) {
      const prefix = `${this.prefix}module.${name}${inst.suffix}.`;
      const inputs = (v: string): Value | undefined => {
        if (
          !(v in call.body) ||
          ['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(v)
        )
          return undefined;
        return evalRaw(call.body[v], this.ctx(inst.locals));
      };
      const child = new ModuleInstance(
        this.ev,
        config,
        prefix,
        inputs,
        `${what}${inst.suffix}`,
        providers,
        e.unknown ?? this.expansion,
      );
      for (const p of config.providers) child.addProvider(p);
      out.set(inst.suffix, child);
    }
    this.children.set(name, out);
    return out;
  }

  addProvider(p: Block): void {
    const attrs = evalBody(p.body, this, new Map(), true);
    const config = attrs instanceof Unknown ? {} : attrs.attrs;
    const alias = typeof config.alias === 'string' ? config.alias : undefined;
    this.providers.set(alias ? `${p.name}.${alias}` : p.name, { name: p.name, config });
  }

  /** Emits every managed resource instance of this module and of the modules it calls. */
  collect(): void {
    for (const [key, block] of this.config.resources) {
      const e = this.expansionOf(key, block, 'resource');
      const line = lineOf(block.file, 'resource', [block.type, block.name]);
      const location = line !== undefined ? `${block.file.shown}:${line}` : block.file.shown;
      if (e instanceof EvalFailure) {
        this.ev.issues.push({
          file: block.file.shown,
          ...(line !== undefined ? { line } : {}),
          message: `${this.prefix}${key}: ${e.reason}`,
        });
        continue;
      }
      const local = providerRef(block.body.provider) ?? key.split('_')[0] ?? '';
      const provider = this.providers.get(local);
      for (const inst of e.instances) {
        const r = this.instanceAttrs(block, inst);
        const attrs = r instanceof Unknown ? {} : r.attrs;
        const expansion = e.unknown ?? this.expansion;
        this.ev.resources.push({
          address: `${this.prefix}${key}${inst.suffix}`,
          type: block.type,
          id: this.resourceId(block, inst.suffix),
          attrs,
          refs: r instanceof Unknown ? {} : r.refs,
          providerName: local.split('.')[0] ?? local,
          ...(provider ? { providerConfig: provider.config } : {}),
          location,
          ...(expansion ? { expansion } : {}),
          raw: rawValue(attrs),
        });
      }
    }
    for (const [name, call] of this.config.modules) {
      const instances = this.moduleInstances(name);
      if (instances instanceof Unknown) {
        const line = lineOf(call.file, 'module', [name]);
        const source = typeof call.body.source === 'string' ? call.body.source : '';
        this.ev.issues.push({
          file: call.file.shown,
          ...(line !== undefined ? { line } : {}),
          message: `${this.prefix}module.${name} not collected: ${instances.reason}`,
        });
        const provider = /^[^/]+\/[^/]+\/(aws|azurerm|google)$/.exec(source.split('?')[0] ?? '')?.[1];
        if (provider)
          this.ev.coverage.push({
            provider: provider === 'aws' ? 'aws' : provider === 'azurerm' ? 'azure' : 'gcp',
            service: '*',
            operation: `${call.file.shown}: ${this.prefix}module.${name}`,
            error: 'not-found',
            message: `module source ${source} is not available offline; its resources are not collected`,
            kinds: [],
          });
        continue;
      }
      for (const child of instances.values()) child.collect();
    }
  }
}

/**
 * Evaluates a block body: arguments, nested blocks (lists of bodies) and `dynamic` blocks expanded from their
 * `for_each`. At the top level, meta-arguments are left out and each argument's references are recorded.
 */
function evalBody(
  body: Record<string, unknown>,
  scope: ModuleInstance,
  locals: Map<string, Value>,
  top: boolean,
): { attrs: ValueObject; refs: Record<string, string[]> } | Unknown {
  const attrs: ValueObject = {};
  const refs: Record<string, string[]> = {};
  for (const [key, raw] of Object.entries(body)) {
    if (key === 'dynamic' || key === '//' || (top && META.has(key))) continue;
    const set = new Set<string>();
    const ctx = scope.ctx(locals, set);
    if (Array.isArray(raw) && raw.length > 0 && raw.every(isPlainObject)) {
      const list: Value[] = [];
      for (const item of raw) {
        const r = evalBody(item, scope, locals, false);
        list.push(r instanceof Unknown ? r : r.attrs);
        if (!(r instanceof Unknown))
          for (const ids of Object.values(r.refs)) for (const id of ids) set.add(id);
      }
      attrs[key] = list;
    } else if (isPlainObject(raw) && 'dynamic' in raw) {
      const r = evalBody(raw, scope, locals, false);
      attrs[key] = r instanceof Unknown ? r : r.attrs;
    } else attrs[key] = evalRaw(raw, ctx);
    if (top) refs[key] = [...set];
  }
  for (const [blockType, defs] of entries(body.dynamic)) {
    const set = new Set<string>();
    const generated: Value[] = Array.isArray(attrs[blockType]) ? [...(attrs[blockType] as Value[])] : [];
    let unknown: Unknown | undefined;
    for (const def of bodies(defs)) {
      const ctx = scope.ctx(locals, set);
      const coll = evalRaw(def.for_each, ctx);
      const iterator = typeof def.iterator === 'string' ? def.iterator.replace(/^\$\{|\}$/g, '') : blockType;
      if (coll instanceof Unknown) {
        unknown = new Unknown(`dynamic "${blockType}": for_each is unknown (${coll.reason})`, coll.refs);
        continue;
      }
      const pairs: [Value, Value][] = isObject(coll)
        ? Object.keys(coll)
            .sort()
            .map((k) => [k, coll[k] as Value])
        : Array.isArray(coll)
          ? coll.map((v, i) => [i, v])
          : [];
      for (const [k, v] of pairs) {
        const inner = new Map(locals);
        inner.set(iterator, { key: k, value: v });
        for (const content of bodies(def.content)) {
          const r = evalBody(content, scope, inner, false);
          generated.push(r instanceof Unknown ? r : r.attrs);
          if (!(r instanceof Unknown))
            for (const ids of Object.values(r.refs)) for (const id of ids) set.add(id);
        }
      }
    }
    attrs[blockType] = unknown ?? generated;
    if (top) refs[blockType] = [...new Set([...(refs[blockType] ?? []), ...set])];
  }
  return { attrs, refs };
}

/**
 * The JSON policy an `aws_iam_policy_document` data source renders: it only transforms its arguments, so it is
 * evaluated offline. Unknown parts leave a partial document.
 */
function policyDocumentFromBlocks(attrs: ValueObject): Value {
  const statements: Value[] = [];
  const list = (v: Value | undefined): Value | undefined =>
    v === undefined || v === null ? undefined : Array.isArray(v) && v.length === 1 ? (v[0] as Value) : v;
  for (const s of Array.isArray(attrs.statement) ? attrs.statement : []) {
    if (!isObject(s)) {
      statements.push(s);
      continue;
    }
    const st: ValueObject = {};
    if (typeof s.sid === 'string') st.Sid = s.sid;
    st.Effect = s.effect === undefined || s.effect === null ? 'Allow' : s.effect;
    const pairs: [string, string][] = [
      ['actions', 'Action'],
      ['not_actions', 'NotAction'],
      ['resources', 'Resource'],
      ['not_resources', 'NotResource'],
    ];
    for (const [from, to] of pairs) {
      const v = list(s[from]);
      if (v !== undefined) st[to] = v;
    }
    for (const [from, to] of [
      ['principals', 'Principal'],
      ['not_principals', 'NotPrincipal'],
    ] as const) {
      const blocks = s[from];
      if (!Array.isArray(blocks)) continue;
      const p: ValueObject = {};
      for (const b of blocks) {
        if (!isObject(b)) continue;
        const type = b.type;
        if (typeof type !== 'string') continue;
        const ids = list(b.identifiers);
        if (type === '*' && (ids === '*' || (Array.isArray(ids) && ids.includes('*')))) {
          st[to] = '*';
          continue;
        }
        p[type] = ids ?? null;
      }
      if (Object.keys(p).length > 0 && st[to] !== '*') st[to] = p;
    }
    if (Array.isArray(s.condition)) {
      const c: ValueObject = {};
      for (const b of s.condition) {
        if (!isObject(b) || typeof b.test !== 'string' || typeof b.variable !== 'string') continue;
        const test = (isObject(c[b.test]) ? c[b.test] : {}) as ValueObject;
        test[b.variable] = b.values ?? null;
        c[b.test] = test;
      }
      st.Condition = c;
    }
    statements.push(st);
  }
  const doc: ValueObject = { Version: attrs.version ?? '2012-10-17', Statement: statements };
  const u = findUnknown(doc);
  if (u) return new Unknown(u.reason, u.refs, doc);
  return JSON.stringify(toJson(doc));
}

async function loadTree(ev: Evaluation, dir: string, onlyFile?: string): Promise<void> {
  if (ev.configs.has(dir)) return;
  const config = await loadModule(dir, ev.root, ev.shownRoot, ev.issues, ev.files, onlyFile);
  ev.configs.set(dir, config);
  for (const call of config.modules.values()) {
    const source = call.body.source;
    if (typeof source !== 'string' || !(source.startsWith('./') || source.startsWith('../'))) continue;
    const child = resolve(dir, source);
    if (existsSync(child) && statSync(child).isDirectory()) await loadTree(ev, child);
  }
}

/** Variable values from terraform.tfvars, terraform.tfvars.json and *.auto.tfvars(.json), later files winning. */
async function loadTfvars(ev: Evaluation, dir: string): Promise<Map<string, Value>> {
  const values = new Map<string, Value>();
  if (!statSync(dir).isDirectory()) return values;
  const names = readdirSync(dir);
  const ordered = [
    ...['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => names.includes(n)),
    ...names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)).sort(),
  ];
  for (const name of ordered) {
    const abs = join(dir, name);
    const shown = join(ev.shownRoot, relative(ev.root, abs));
    ev.files.push(shown);
    if (name.endsWith('.json')) {
      const parsed = await parseConfigFile(abs, name, shown, ev.issues);
      if (parsed) for (const [k, v] of Object.entries(parsed.doc)) values.set(k, fromJson(v));
      continue;
    }
    const parsed = await parseConfigFile(abs, name, shown, ev.issues);
    if (!parsed) continue;
    const ctx: EvalCtx = { scope: { root: () => undefined }, locals: new Map(), refs: new Set() };
    for (const [k, v] of Object.entries(parsed.doc)) values.set(k, evalRaw(v, ctx));
  }
  return values;
}

/**
 * Reads a Terraform root module (a folder of `.tf` / `.tf.json` files, or one file) with the local modules it
 * calls, and evaluates every managed resource instance.
 */
export async function loadTerraform(path: string, tool = 'terraform'): Promise<TerraformLoad> {
  const isDir = statSync(path).isDirectory();
  const root = resolve(isDir ? path : join(path, '..'));
  const shownRoot = isDir ? path : join(path, '..');
  const ev = new Evaluation(root, shownRoot, tool);
  await loadTree(ev, root, isDir ? undefined : (path.split(/[\\/]/).pop() as string));
  const tfvars = isDir ? await loadTfvars(ev, root) : new Map<string, Value>();
  const config = ev.configs.get(root) as ModuleConfig;
  const top = new ModuleInstance(
    ev,
    config,
    '',
    (name) => tfvars.get(name),
    'terraform.tfvars',
    new Map(),
    undefined,
  );
  for (const p of config.providers) top.addProvider(p);
  top.collect();
  return { resources: ev.resources, issues: ev.issues, coverage: ev.coverage, files: ev.files };
}

/** Whether a folder holds Terraform configuration files. */
export function hasTerraformFiles(dir: string): boolean {
  try {
    return readdirSync(dir).some((n) => n.endsWith('.tf') || n.endsWith('.tf.json'));
  } catch {
    return false;
  }
}
