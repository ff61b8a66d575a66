/**
 * JSON reading for AWS exports: a small parser that keeps the line of every object and array, so a resource can
 * be located as `file:line`, and reports a malformed file with its line and column. Also recognises the text the
 * AWS CLI prints instead of JSON when a call fails (`An error occurred (Code) when calling the Op operation: …`),
 * which users often capture with `2>&1`.
 */

export interface JsonError {
  line: number;
  column: number;
  message: string;
}

export interface AwsCliError {
  code: string;
  operation?: string;
  message: string;
}

export type JsonParse =
  | {
      ok: true;
      value: unknown;
      /** The line an object or array starts on; with `index`, the line of that element of an array. */
      lineOf: (node: unknown, index?: number) => number | undefined;
    }
  | { ok: false; error: JsonError };

class JsonSyntaxError extends Error {
  constructor(
    readonly pos: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses JSON text; every object and array keeps its starting line. */
export function parseJson(text: string): JsonParse {
  const positions = new WeakMap<object, number>();
  const elements = new WeakMap<unknown[], number[]>();
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;

  const ws = () => {
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else break;
    }
  };
  const describe = (p: number) => (p >= n ? 'end of input' : `'${text[p]}'`);
  const fail = (expected: string): never => {
    throw new JsonSyntaxError(pos, `expected ${expected} but found ${describe(pos)}`);
  };

  const parseString = (): string => {
    const start = pos;
    pos++; // opening quote
    let escaped = false;
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        pos++;
        const raw = text.slice(start, pos);
        if (!escaped) return raw.slice(1, -1);
        try {
          return JSON.parse(raw) as string;
        } catch {
          throw new JsonSyntaxError(start, 'invalid escape sequence in string');
        }
      }
      if (c === 0x5c) {
        escaped = true;
        pos += 2;
        continue;
      }
      if (c < 0x20) throw new JsonSyntaxError(pos, 'unescaped control character (line break?) in string');
      pos++;
    }
    throw new JsonSyntaxError(start, 'unterminated string');
  };

  const parseValue = (depth: number): unknown => {
    if (depth > 512) throw new JsonSyntaxError(pos, 'nesting too deep');
    ws();
    const c = text[pos];
    if (c === '{') {
      const obj: Record<string, unknown> = {};
      positions.set(obj, pos);
      pos++;
      ws();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[pos] !== '"') fail('a property name in double quotes');
        const key = parseString();
        ws();
        if (text[pos] !== ':') fail(`':' after the property name "${key}"`);
        pos++;
        const value = parseValue(depth + 1);
        if (key === '__proto__') {
          Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
        } else obj[key] = value;
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail(`',' or '}' after the value of "${key}"`);
      }
    }
    if (c === '[') {
      const arr: unknown[] = [];
      const starts: number[] = [];
      positions.set(arr, pos);
      elements.set(arr, starts);
      pos++;
      ws();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        ws();
        starts.push(pos);
        arr.push(parseValue(depth + 1));
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail("',' or ']' after an array element");
      }
    }
    if (c === '"') return parseString();
    if (c === 't' && text.startsWith('true', pos)) {
      pos += 4;
      return true;
    }
    if (c === 'f' && text.startsWith('false', pos)) {
      pos += 5;
      return false;
    }
    if (c === 'n' && text.startsWith('null', pos)) {
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

  try {
    const value = parseValue(0);
    ws();
    if (pos < n) fail('end of input after the top-level value');
    let newlines: number[] | undefined;
    const lineOf = (node: unknown, index?: number): number | undefined => {
      if (typeof node !== 'object' || node === null) return undefined;
      const p =
        index !== undefined && Array.isArray(node) ? elements.get(node)?.[index] : positions.get(node);
      if (p === undefined) return undefined;
      newlines ??= lineStarts(text);
      return lineAt(newlines, p).line;
    };
    return { ok: true, value, lineOf };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = lineAt(lineStarts(text), Math.min(error.pos, n));
    return { ok: false, error: { line, column, message: `invalid JSON: ${error.message}` } };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], pos: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: pos - (starts[lo] ?? 0) + 1 };
}

const CLI_ERROR = /An error occurred \(([\w.-]+)\)(?: when calling the (\w+) operation)?(?: \(.*?\))?: ?(.*)/;

/** The AWS CLI's error text (`aws … 2>&1 > file`), if that is what the file holds instead of JSON. */
export function parseCliError(text: string): AwsCliError | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return undefined;
  const m = CLI_ERROR.exec(trimmed);
  if (m) {
    const out: AwsCliError = { code: m[1] ?? 'Error', message: (m[3] ?? '').trim() };
    if (m[2]) out.operation = m[2];
    return out;
  }
  if (
    /^Could not connect to the endpoint URL|Connect timeout on endpoint URL|Read timeout on endpoint URL/i.test(
      trimmed,
    )
  )
    return {
      code: /timeout/i.test(trimmed) ? 'Timeout' : 'EndpointConnectionError',
      message: trimmed.split('\n')[0] ?? '',
    };
  return undefined;
}

/** How a failed call's error code maps onto a coverage gap's `error`. */
export function errorCategory(
  code: string,
): 'access-denied' | 'throttled' | 'timeout' | 'unsupported-region' | 'not-found' | 'error' {
  if (/OptInRequired|EndpointConnectionError/i.test(code)) return 'unsupported-region';
  if (
    /AccessDenied|Unauthorized|AuthorizationError|AuthFailure|Forbidden|NotAuthorized|UnrecognizedClient|InvalidClientTokenId/i.test(
      code,
    )
  )
    return 'access-denied';
  if (/Throttl|RequestLimitExceeded|TooManyRequests|SlowDown|RateExceeded/i.test(code)) return 'throttled';
  if (/Timeout/i.test(code)) return 'timeout';
  if (/NoSuch|NotFound/i.test(code)) return 'not-found';
  return 'error';
}
