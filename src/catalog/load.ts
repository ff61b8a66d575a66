import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FRAMEWORKS,
  InputError,
  type InputIssue,
  type ModelDefault,
  type Provider,
  SERVICE_MODELS,
  type Source,
  VerityError,
  YamlFile,
} from '../core/index.js';
import {
  Catalog,
  type CatalogControl,
  type CatalogService,
  type ProviderEntry,
  type ServiceOverride,
} from './catalog.js';
import { ControlsFileSchema, ServicesFileSchema, SourcesFileSchema } from './files.js';
import { frameworkIdProblem } from './frameworks.js';

/** The catalog shipped with Verity: `data/catalog/` at the package root. */
export function defaultCatalogDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../data/catalog');
}

export interface LoadOptions {
  /** Paths in messages are shown relative to this folder (default: the current directory). */
  relativeTo?: string;
}

/**
 * Reads and validates the catalog in `dir`. Every problem in every file is collected, located by file and line,
 * and reported together in one `InputError` (code `CATALOG_INVALID`); nothing invalid is silently dropped.
 */
export function loadCatalog(dir: string = defaultCatalogDir(), options: LoadOptions = {}): Catalog {
  if (!existsSync(dir)) throw new VerityError('FILE_NOT_FOUND', `The catalog folder ${dir} does not exist.`);
  const base = options.relativeTo ?? process.cwd();
  const show = (file: string) => {
    const rel = relative(base, file);
    if (rel === '') return '.';
    return rel.startsWith('..') ? file : rel;
  };
  const issues: InputIssue[] = [];
  const sources = new Map<string, Source>();
  const sourceLines = new Map<string, string>();
  /** Source ids cited anywhere, checked once all files are read. */
  const citations: { file: YamlFile; path: (string | number)[]; id: string }[] = [];

  const addSources = (file: YamlFile, list: readonly Source[]) => {
    list.forEach((s, i) => {
      const seen = sourceLines.get(s.id);
      if (seen) file.report(['sources', i, 'id'], `duplicate source id '${s.id}' (first defined at ${seen})`);
      else {
        sources.set(s.id, s);
        sourceLines.set(s.id, `${file.file}:${file.lineOf(['sources', i]) ?? '?'}`);
      }
    });
  };

  const files: YamlFile[] = [];
  const open = (path: string) => {
    const f = new YamlFile(show(path), readFileSync(path, 'utf8'));
    files.push(f);
    return f;
  };
  const yamlIn = (sub: string) => {
    const d = join(dir, sub);
    if (!existsSync(d)) {
      issues.push({ file: show(d), message: 'folder is missing' });
      return [];
    }
    return readdirSync(d)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()
      .map((n) => join(d, n));
  };

  // Sources first, then controls, then services: later files cite what earlier ones define.
  const sourcesPath = join(dir, 'sources.yaml');
  if (existsSync(sourcesPath)) {
    const f = open(sourcesPath);
    const parsed = f.parse(SourcesFileSchema);
    if (parsed) addSources(f, parsed.sources);
  }

  const controls = new Map<string, CatalogControl>();
  for (const path of yamlIn('controls')) {
    const f = open(path);
    const parsed = f.parse(ControlsFileSchema);
    if (!parsed) continue;
    addSources(f, parsed.sources);
    parsed.controls.forEach((c, i) => {
      const at = (...rest: (string | number)[]) => ['controls', i, ...rest];
      const prior = controls.get(c.id);
      if (prior) {
        f.report(
          at('id'),
          `duplicate control id '${c.id}' (first defined at ${prior.location.file}:${prior.location.line ?? '?'})`,
        );
        return;
      }
      let mapped = 0;
      for (const fw of FRAMEWORKS) {
        const ids = c.frameworks[fw];
        const seen = new Set<string>();
        ids.forEach((id, j) => {
          const problem = frameworkIdProblem(fw, id);
          if (problem) f.report(at('frameworks', fw, j), `'${id}' ${problem}`);
          if (seen.has(id)) f.report(at('frameworks', fw, j), `'${id}' is listed twice`);
          seen.add(id);
        });
        mapped += ids.length;
      }
      if (mapped === 0) f.report(at('frameworks'), `control ${c.id} maps to no framework requirement`);
      citations.push({ file: f, path: at('source'), id: c.source });
      const defaults = {} as Record<(typeof SERVICE_MODELS)[number], ModelDefault>;
      for (const model of SERVICE_MODELS) {
        const d = c.defaults[model];
        const owner = typeof d === 'string' ? d : d.owner;
        const source = typeof d === 'string' ? c.source : (d.source ?? c.source);
        if (typeof d !== 'string' && d.source)
          citations.push({ file: f, path: at('defaults', model, 'source'), id: d.source });
        defaults[model] = {
          owner,
          source,
          providerDuty: (typeof d !== 'string' && d.provider) || c.duties.provider,
          customerDuty: (typeof d !== 'string' && d.customer) || c.duties.customer,
        };
      }
      const line = f.lineOf(at());
      controls.set(c.id, {
        ...c,
        domain: parsed.domain,
        defaults,
        location: { file: f.file, ...(line !== undefined ? { line } : {}) },
      });
    });
  }

  const providers = new Map<Provider, ProviderEntry>();
  for (const path of yamlIn('services')) {
    const f = open(path);
    const parsed = f.parse(ServicesFileSchema);
    if (!parsed) continue;
    addSources(f, parsed.sources);
    const prior = providers.get(parsed.provider);
    if (prior) {
      f.report(['provider'], `provider '${parsed.provider}' is already defined in ${prior.location.file}`);
      continue;
    }
    citations.push({ file: f, path: ['source'], id: parsed.source });
    const services: CatalogService[] = [];
    const names = new Map<string, string>();
    parsed.services.forEach((s, i) => {
      const at = (...rest: (string | number)[]) => ['services', i, ...rest];
      for (const [j, name] of [s.id, ...s.aliases].entries()) {
        const key = name.toLowerCase();
        const clash = names.get(key);
        const path = j === 0 ? at('id') : at('aliases', j - 1);
        if (clash) f.report(path, `service name '${name}' is already used by service '${clash}'`);
        else names.set(key, s.id);
      }
      const overrides = new Map<string, ServiceOverride>();
      s.overrides.forEach((o, j) => {
        const op = at('overrides', j);
        if (!controls.has(o.control)) {
          f.report([...op, 'control'], `unknown control '${o.control}'`);
          return;
        }
        if (overrides.has(o.control)) {
          f.report([...op, 'control'], `control ${o.control} is overridden twice for service '${s.id}'`);
          return;
        }
        citations.push({ file: f, path: [...op, 'source'], id: o.source });
        const line = f.lineOf(op);
        overrides.set(o.control, {
          control: o.control,
          owner: o.owner,
          providerDuty: o.provider,
          customerDuty: o.customer,
          source: o.source,
          location: { file: f.file, ...(line !== undefined ? { line } : {}) },
        });
      });
      const line = f.lineOf(at());
      services.push({
        provider: parsed.provider,
        id: s.id,
        title: s.title,
        model: s.model,
        kinds: s.kinds,
        aliases: s.aliases,
        ...(s.description ? { description: s.description } : {}),
        overrides,
        location: { file: f.file, ...(line !== undefined ? { line } : {}) },
      });
    });
    const line = f.lineOf([]);
    providers.set(parsed.provider, {
      provider: parsed.provider,
      title: parsed.title,
      source: parsed.source,
      services,
      location: { file: f.file, ...(line !== undefined ? { line } : {}) },
    });
  }

  for (const c of citations) if (!sources.has(c.id)) c.file.report(c.path, `unknown source '${c.id}'`);
  if (controls.size === 0 && files.every((f) => f.issues.length === 0)) {
    issues.push({ file: show(join(dir, 'controls')), message: 'no controls found' });
  }

  for (const f of files) issues.push(...f.issues);
  if (issues.length > 0) {
    const n = issues.length;
    throw new InputError(
      'CATALOG_INVALID',
      `The catalog in ${show(dir)} has ${n} problem${n === 1 ? '' : 's'}.`,
      issues,
    );
  }
  return new Catalog([...controls.values()], [...providers.values()], sources);
}
