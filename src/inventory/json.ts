/**
 * JSON reading for exports whose records sit in one array: a strict parser (RFC 8259, nothing YAML-ish
 * accepted) that remembers the line where each record starts, so a resource is located as `file:line`, and
 * reports a malformed document with the line and column of the first error.
 *
 * The record array is the top-level array (`az … list -o json`, `gcloud … --format=json`), or the `data` /
 * `value` array of a top-level object (`az graph query` output, ARM REST list responses).
 */

export interface JsonSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

export type JsonDocument =
  | {
      ok: true;
      value: unknown;
      recordLines: number[];
      /** The line where any object or array of the document starts. */
      lineOf: (node: unknown) => number | undefined;
    }
  | { ok: false; error: JsonSyntaxProblem };

/** Keys of a top-level object whose array holds the records. */
const RECORD_KEYS = new Set(['data', 'value']);
const MAX_DEPTH = 512;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class Stop extends Error {}

/** Parses a whole JSON document; `recordLines[i]` is the 1-based line where record `i` starts. */
export function parseJsonDocument(text: string): JsonDocument {
  const n = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = pos;
  const recordLines: number[] = [];
  const lines = new WeakMap<object, number>();
  let problem: JsonSyntaxProblem | undefined;

  const fail = (expected: string): never => {
    const found = pos >= n ? 'the end of the file' : `'${text[pos]}'`;
    problem = {
      line,
      column: pos - lineStart + 1,
      message: `invalid JSON: expected ${expected} but found ${found}`,
    };
    throw new Stop();
  };

  const ws = (): void => {
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === 0x0a) {
        pos++;
        line++;
        lineStart = pos;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) pos++;
      else return;
    }
  };

  const str = (): string => {
    pos++; // opening quote
    let out = '';
    let from = pos;
    for (;;) {
      if (pos >= n) fail('a closing quote');
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        out += text.slice(from, pos);
        pos++;
        return out;
      }
      if (c === 0x5c) {
        out += text.slice(from, pos);
        const e = text[pos + 1] ?? '';
        if (e === 'u') {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            pos += 2;
            fail('four hexadecimal digits after \\u');
          }
          out += String.fromCharCode(Number.parseInt(hex, 16));
          pos += 6;
        } else {
          const decoded = ESCAPES[e];
          if (decoded === undefined) {
            pos++;
            fail('a valid escape sequence');
          }
          out += decoded;
          pos += 2;
        }
        from = pos;
        continue;
      }
      if (c < 0x20) fail('a closing quote before the end of the line');
      pos++;
    }
  };

  const value = (depth: number, records: boolean): unknown => {
    ws();
    if (depth > MAX_DEPTH) fail(`nesting of at most ${MAX_DEPTH} levels`);
    const c = text.charCodeAt(pos);
    if (c === 0x7b) return object(depth);
    if (c === 0x5b) return array(depth, records);
    if (c === 0x22) return str();
    if (c === 0x74 && text.startsWith('true', pos)) {
      pos += 4;
      return true;
    }
    if (c === 0x66 && text.startsWith('false', pos)) {
      pos += 5;
      return false;
    }
    if (c === 0x6e && text.startsWith('null', pos)) {
      pos += 4;
      return null;
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m) {
      pos += m[0].length;
      return Number(m[0]);
    }
    return fail('a value');
  };

  const object = (depth: number): Record<string, unknown> => {
    pos++;
    const out: Record<string, unknown> = {};
    lines.set(out, line);
    ws();
    if (text.charCodeAt(pos) === 0x7d) {
      pos++;
      return out;
    }
    for (;;) {
      ws();
      if (text.charCodeAt(pos) !== 0x22) fail('a property name in double quotes');
      const key = str();
      ws();
      if (text.charCodeAt(pos) !== 0x3a) fail("':' after a property name");
      pos++;
      const v = value(depth + 1, depth === 0 && RECORD_KEYS.has(key));
      // `__proto__` is an ordinary key in JSON; assigning it would change the object's prototype.
      if (key === '__proto__')
        Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
      ws();
      const c = text.charCodeAt(pos);
      if (c === 0x2c) pos++;
      else if (c === 0x7d) {
        pos++;
        return out;
      } else fail("',' or '}' after a property value");
    }
  };

  const array = (depth: number, records: boolean): unknown[] => {
    pos++;
    const out: unknown[] = [];
    lines.set(out, line);
    ws();
    if (text.charCodeAt(pos) === 0x5d) {
      pos++;
      return out;
    }
    for (;;) {
      ws();
      if (records) recordLines.push(line);
      out.push(value(depth + 1, false));
      ws();
      const c = text.charCodeAt(pos);
      if (c === 0x2c) pos++;
      else if (c === 0x5d) {
        pos++;
        return out;
      } else fail("',' or ']' after an array element");
    }
  };

  try {
    ws();
    if (pos >= n) fail('a JSON value');
    const root = value(0, true);
    ws();
    if (pos < n) fail('the end of the file after the JSON value');
    const lineOf = (node: unknown) =>
      typeof node === 'object' && node !== null ? lines.get(node) : undefined;
    return { ok: true, value: root, recordLines, lineOf };
  } catch (error) {
    if (error instanceof Stop && problem) return { ok: false, error: problem };
    if (error instanceof RangeError) {
      return {
        ok: false,
        error: { line, column: pos - lineStart + 1, message: 'invalid JSON: nested too deeply' },
      };
    }
    throw error;
  }
}
