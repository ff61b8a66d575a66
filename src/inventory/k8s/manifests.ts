import { type Document, isNode, LineCounter, parseAllDocuments } from 'yaml';
import type { InputIssue } from '../../core/index.js';

export type Path = readonly (string | number)[];

/** One Kubernetes object read from a manifest file, with the means to locate any field of it. */
export interface ManifestObject {
  file: string;
  /** Line of the object's first field. */
  line: number;
  data: Record<string, unknown>;
  /** The line of `path` inside this object, or of its nearest ancestor that exists. */
  lineOf(path: Path): number;
}

export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A document's top-level `---` marker: three dashes at the start of a line, then a space or the line end. */
const DOCUMENT_START = /^---(?=[ \t\r\n]|$)/;

/**
 * Splits a YAML stream into its documents at the `---` lines. YAML forbids `---` at the start of a line inside a
 * scalar, so this split is exact, and it keeps a broken document (an unclosed quote or bracket) from swallowing
 * the ones after it.
 */
function splitDocuments(text: string): { text: string; firstLine: number }[] {
  const lines = text.split(/(?<=\n)/);
  const chunks: { text: string; firstLine: number }[] = [];
  let current: string[] = [];
  let firstLine = 1;
  lines.forEach((l, i) => {
    if (DOCUMENT_START.test(l) && current.some((c) => c.trim() !== '' && !c.trimStart().startsWith('#'))) {
      chunks.push({ text: current.join(''), firstLine });
      current = [];
      firstLine = i + 1;
    }
    current.push(l);
  });
  chunks.push({ text: current.join(''), firstLine });
  return chunks;
}

/**
 * Reads every object of a manifest file: multi-document YAML (`---`), or JSON. `kind: List` documents (and
 * typed lists such as `PodList`, as `kubectl get -o yaml|json` prints them) are opened into their items. A
 * malformed document gives one issue with its line and is skipped; the other documents are still read. YAML is
 * read as YAML 1.1 with merge keys, as kubectl reads it (`yes`/`no` are booleans).
 */
export function readManifests(
  file: string,
  input: string,
): { objects: ManifestObject[]; issues: InputIssue[] } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const objects: ManifestObject[] = [];
  const issues: InputIssue[] = [];

  for (const chunk of splitDocuments(text)) {
    const lines = new LineCounter();
    const lineAt = (offset: number) => lines.linePos(offset).line + chunk.firstLine - 1;
    let docs: Document.Parsed[];
    try {
      docs = parseAllDocuments(chunk.text, {
        lineCounter: lines,
        version: '1.1',
        merge: true,
        uniqueKeys: true,
        prettyErrors: false,
      }) as Document.Parsed[];
    } catch (error) {
      issues.push({ file, line: chunk.firstLine, message: `unreadable YAML: ${(error as Error).message}` });
      continue;
    }
    if (!Array.isArray(docs)) continue; // an empty stream
    for (const doc of docs) {
      const start =
        doc.contents && isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : doc.range[0];
      const docLine = lineAt(start);
      if (doc.errors.length > 0) {
        const json = jsonFallback(chunk.text);
        if (json !== undefined) {
          pushObjects(json, docLine, () => docLine);
          continue;
        }
        // The earliest error, and never past the document's last line (an unclosed bracket is found at its end).
        const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
        const lastLine = chunk.firstLine + chunk.text.trimEnd().split('\n').length - 1;
        const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more)` : '';
        issues.push({
          file,
          line: first ? Math.min(lineAt(first.pos[0]), lastLine) : docLine,
          message: `malformed YAML document (starting on line ${docLine}): ${yamlMessage(first?.message)}${more}; the document was skipped`,
        });
        continue;
      }
      let data: unknown;
      try {
        data = doc.toJS({ maxAliasCount: 1000 });
      } catch (error) {
        issues.push({
          file,
          line: docLine,
          message: `unreadable YAML document: ${(error as Error).message}`,
        });
        continue;
      }
      if (data === null || data === undefined) continue; // an empty document (a trailing `---`)
      const lineOf = (path: Path): number => {
        for (let n = path.length; n >= 0; n--) {
          const node = doc.getIn(path.slice(0, n), true);
          if (isNode(node) && node.range) return lineAt(node.range[0]);
        }
        return docLine;
      };
      pushObjects(data, docLine, lineOf);
    }
  }
  return { objects, issues };

  function pushObjects(data: unknown, docLine: number, lineOf: (path: Path) => number): void {
    if (!isObject(data)) {
      issues.push({
        file,
        line: docLine,
        message: 'the document is not a Kubernetes object (a mapping with apiVersion and kind)',
      });
      return;
    }
    const kind = data.kind;
    if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(data.items)) {
      data.items.forEach((item, i) => {
        const base: Path = ['items', i];
        const at = (path: Path) => lineOf([...base, ...path]);
        if (!isObject(item)) {
          issues.push({
            file,
            line: at([]),
            path: `items[${i}]`,
            message: 'the list item is not a Kubernetes object',
          });
          return;
        }
        // kubectl leaves apiVersion/kind out of items of typed lists (PodList): take them from the list.
        const listed = { ...item };
        if (listed.kind === undefined && kind !== 'List') listed.kind = kind.slice(0, -'List'.length);
        if (listed.apiVersion === undefined && kind !== 'List') listed.apiVersion = data.apiVersion;
        objects.push({ file, line: at([]), data: listed, lineOf: at });
      });
      return;
    }
    objects.push({ file, line: docLine, data, lineOf });
  }
}

/** The first line of a yaml error, without its position (relative to the document, so misleading here). */
function yamlMessage(message: string | undefined): string {
  return (
    (message ?? 'parse error').split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'parse error'
  );
}

/** A JSON document YAML could not read (JSON allows tabs where YAML does not): parsed with JSON.parse. */
function jsonFallback(text: string): unknown {
  const t = text.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}

/** apiVersion of a Kubernetes kind: `v1`, `apps/v1`, `networking.k8s.io/v1beta1` (not dates, as ARM uses). */
export const API_VERSION = /^([a-z0-9][a-z0-9.-]*\/)?v[0-9]+((alpha|beta)[0-9]+)?$/;

/**
 * Whether a file's head looks like Kubernetes manifests: YAML with a top-level `apiVersion` of Kubernetes form
 * and a `kind` (or `items`, for `kubectl get -o yaml` lists whose `kind: List` comes last); or JSON whose first
 * key is `apiVersion` or `kind` with such an apiVersion.
 */
export function looksLikeManifest(path: string, head: string): boolean {
  const lower = path.toLowerCase();
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  if (lower.endsWith('.json')) {
    if (!/^\s*\{\s*"(apiVersion|kind)"\s*:/.test(text)) return false;
    const m = /"apiVersion"\s*:\s*"([^"]*)"/.exec(text);
    return m !== null && API_VERSION.test(m[1] ?? '');
  }
  if (!lower.endsWith('.yaml') && !lower.endsWith('.yml')) return false;
  const version = /^apiVersion:[ \t]*["']?([^"'\s#]+)/m.exec(text);
  if (!version || !API_VERSION.test(version[1] ?? '')) return false;
  return /^kind:[ \t]*["']?[A-Z]/m.test(text) || /^items:/m.test(text);
}
