import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type ParsedNode,
  parseDocument,
  type Tags,
} from 'yaml';
import type { InputIssue } from '../../../core/index.js';

/** The short-form intrinsic function tags of CloudFormation YAML, each standing for `Fn::<Name>`. */
const FN_TAGS = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
  'Length',
  'ToJsonString',
];
const OTHER_TAGS = ['Ref', 'Condition'];

/** Tags that keep their node as it is: the conversion to the long form happens in `toValue`, keeping positions. */
const CUSTOM_TAGS: Tags = [...FN_TAGS, ...OTHER_TAGS].flatMap((name) => [
  { tag: `!${name}`, resolve: (s: string) => s },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (n: unknown) => n },
  { tag: `!${name}`, collection: 'map' as const, resolve: (n: unknown) => n },
]);

export interface Template {
  data: Record<string, unknown>;
  /** Line of the key `Resources.<id>` (or of any path). */
  lineOf(path: readonly string[]): number | undefined;
}

/** Converts a YAML node to plain data, turning `!Ref x` into `{ Ref: x }` and `!Sub ...` into `{ "Fn::Sub": ... }`. */
function toValue(node: unknown, doc: Document.Parsed): unknown {
  if (isAlias(node)) return toValue(node.resolve(doc), doc);
  let value: unknown;
  if (isScalar(node)) value = node.value;
  else if (isSeq(node)) value = node.items.map((i) => toValue(i, doc));
  else if (isMap(node)) {
    const o: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = isScalar(pair.key) ? String(pair.key.value) : String(toValue(pair.key, doc));
      o[k] = toValue(pair.value, doc);
    }
    value = o;
  } else return node ?? null;
  const tag = (node as Node).tag;
  if (!tag?.startsWith('!')) return value;
  const name = tag.slice(1);
  if (name === 'Ref' || name === 'Condition') return { [name]: value };
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  if (FN_TAGS.includes(name)) return { [`Fn::${name}`]: value };
  return value;
}

/**
 * Parses a CloudFormation template (YAML with the short-form tags, or JSON) keeping line positions. Returns the
 * issues instead when it is not valid YAML / JSON.
 */
export function parseTemplate(file: string, text: string): Template | { issues: InputIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    customTags: CUSTOM_TAGS,
    uniqueKeys: true,
    prettyErrors: false,
  }) as Document.Parsed;
  if (doc.errors.length > 0) {
    return {
      issues: doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return { file, line: pos.line, column: pos.col, message: e.message.split('\n')[0] ?? e.message };
      }),
    };
  }
  const data = toValue(doc.contents, doc);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { issues: [{ file, line: 1, message: 'a template must be a mapping' }] };
  return {
    data: data as Record<string, unknown>,
    lineOf(path) {
      // The line of the key itself (`LogsBucket:`), not of its first property.
      const parent = doc.getIn(path.slice(0, -1), true);
      const last = path[path.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === last);
        const key = pair?.key as ParsedNode | undefined;
        if (key?.range) return lines.linePos(key.range[0]).line;
      }
      const node = doc.getIn(path, true) as ParsedNode | undefined;
      return node?.range ? lines.linePos(node.range[0]).line : undefined;
    },
  };
}
