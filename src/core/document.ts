import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { InputIssue } from './errors.js';

/**
 * A YAML (or JSON: JSON is YAML 1.2) document parsed with positions kept, so any problem in it can be reported
 * with its line. For very large JSON exports prefer JSON.parse and report the record index.
 */
export class YamlFile {
  readonly data: unknown;
  readonly issues: InputIssue[] = [];
  readonly #doc;
  readonly #lines = new LineCounter();

  constructor(
    readonly file: string,
    text: string = readFileSync(file, 'utf8'),
  ) {
    this.#doc = parseDocument(text, { lineCounter: this.#lines, uniqueKeys: true, prettyErrors: false });
    for (const e of [...this.#doc.errors, ...this.#doc.warnings]) {
      const pos = this.#lines.linePos(e.pos[0]);
      this.issues.push({
        file,
        line: pos.line,
        column: pos.col,
        message: e.message.split('\n')[0] ?? e.message,
      });
    }
    this.data = this.#doc.errors.length > 0 ? undefined : this.#doc.toJS();
  }

  /** The line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined {
    for (let n = path.length; n >= 0; n--) {
      const node = this.#doc.getIn(path.slice(0, n) as (string | number)[], true);
      if (isNode(node) && node.range) return this.#lines.linePos(node.range[0]).line;
    }
    return undefined;
  }

  /** Records a problem at `path`. */
  report(path: readonly PropertyKey[], message: string): void {
    const line = this.lineOf(path);
    this.issues.push({
      file: this.file,
      ...(line !== undefined ? { line } : {}),
      ...(path.length > 0 ? { path: formatPath(path) } : {}),
      message,
    });
  }

  /** Validates the document with `schema`; every Zod issue becomes a located problem. */
  parse<S extends z.ZodType>(schema: S): z.output<S> | undefined {
    if (this.data === undefined) return undefined;
    const result = schema.safeParse(this.data, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.report(issue.path, describeZodIssue(issue));
    return undefined;
  }
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof issue.input === 'number') {
    return `expected a string but found the number ${issue.input}; quote it (YAML reads 1.10 as 1.1)`;
  }
  if (issue.input === undefined && issue.path.length > 0 && issue.code !== 'custom')
    return 'missing required field';
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  return issue.message;
}

/** `controls[3].frameworks.cis-v8[0]` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
