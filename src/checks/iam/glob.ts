/**
 * Wildcard patterns as IAM reads them.
 *
 * - Actions (`s3:Get*`, `*`): `*` matches any run of characters, `?` any one character, and the whole name is
 *   case-insensitive (`IAM:passrole` is `iam:PassRole`).
 * - Resources (ARNs): case-sensitive. A `*` matches within one colon-separated segment, except when it is the last
 *   character of a segment (followed by `:` or the end), where it may run across colons; `?` matches one character.
 *   A resource of `*` alone matches everything.
 *
 * Besides matching a concrete value, two questions about pairs of patterns are answered: does one pattern cover
 * every value of another (`covers`), and can any value match both (`intersects`). Both are decided exactly on the
 * token sequences, never by sampling.
 *
 * Policy variables (`${aws:username}`) are unknown without a request: `variables: 'wildcard'` reads them as a
 * one-segment `*` (what they could stand for), `variables: 'opaque'` marks the pattern as unresolvable so callers
 * can refuse to rely on it (a `Deny` on `…/${aws:username}` cannot be assumed to cover anyone in particular).
 */

export type GlobMode = 'action' | 'resource' | 'text';

type Token =
  | { t: 'lit'; c: string }
  | { t: 'one' } // ?
  | { t: 'seg' } // * within a segment
  | { t: 'any' }; // * that may cross colons

export interface Pattern {
  tokens: Token[];
  /** Contains a policy variable with no value supplied. */
  unresolved: boolean;
}

export interface PatternOptions {
  mode: GlobMode;
  /** Values for policy variables, by key (`aws:username`). */
  variables?: Readonly<Record<string, string>>;
}

const ESCAPES: Record<string, string> = { '*': '*', '?': '?', $: '$' };

/** Tokenizes a policy pattern. */
export function compile(pattern: string, options: PatternOptions): Pattern {
  const { mode } = options;
  const fold = mode === 'action' ? (s: string) => s.toLowerCase() : (s: string) => s;
  const tokens: Token[] = [];
  let unresolved = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '$' && pattern[i + 1] === '{') {
      const end = pattern.indexOf('}', i + 2);
      if (end !== -1) {
        const name = pattern.slice(i + 2, end);
        i = end;
        const escaped = ESCAPES[name];
        if (escaped !== undefined) {
          tokens.push({ t: 'lit', c: escaped });
          continue;
        }
        const [key, fallback] = splitDefault(name);
        const value = lookupVariable(options.variables, key) ?? fallback;
        if (value !== undefined) {
          for (const c of fold(value)) tokens.push({ t: 'lit', c });
        } else {
          unresolved = true;
          tokens.push({ t: 'seg' });
        }
        continue;
      }
    }
    if (ch === '*') {
      if (mode !== 'resource') tokens.push({ t: 'any' });
      else {
        const next = pattern[i + 1];
        tokens.push({ t: next === undefined || next === ':' ? 'any' : 'seg' });
      }
    } else if (ch === '?') tokens.push({ t: 'one' });
    else tokens.push({ t: 'lit', c: fold(ch) });
  }
  return { tokens, unresolved };
}

function splitDefault(name: string): [string, string | undefined] {
  // `${aws:username, 'default'}` supplies a value when the key is absent.
  const m = /^\s*([^,]+?)\s*,\s*'([^']*)'\s*$/.exec(name);
  return m ? [m[1] ?? name, m[2]] : [name.trim(), undefined];
}

function lookupVariable(vars: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  if (!vars) return undefined;
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(vars)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

function literal(value: string, mode: GlobMode): Token[] {
  const folded = mode === 'action' ? value.toLowerCase() : value;
  return [...folded].map((c) => ({ t: 'lit', c }) as const);
}

const isStar = (t: Token | undefined): boolean => t?.t === 'seg' || t?.t === 'any';

/** Whether `general` matches every string `specific` can match. Sound: `true` only when that is certain. */
function coversTokens(g: Token[], s: Token[]): boolean {
  const memo = new Map<number, boolean>();
  const width = s.length + 1;
  const go = (i: number, j: number): boolean => {
    const key = i * width + j;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let out: boolean;
    const gt = g[i];
    const st = s[j];
    if (gt === undefined) out = st === undefined;
    else if (gt.t === 'any') out = go(i + 1, j) || (st !== undefined && go(i, j + 1));
    else if (gt.t === 'seg')
      out =
        go(i + 1, j) ||
        (st !== undefined && (st.t === 'seg' || (st.t === 'lit' && st.c !== ':')) && go(i, j + 1));
    else if (st === undefined || isStar(st)) out = false;
    else if (gt.t === 'one') out = go(i + 1, j + 1);
    else out = st.t === 'lit' && st.c === gt.c && go(i + 1, j + 1);
    memo.set(key, out);
    return out;
  };
  return go(0, 0);
}

/** Whether some string matches both token sequences. */
function intersectsTokens(a: Token[], b: Token[]): boolean {
  const memo = new Map<number, boolean>();
  const width = b.length + 1;
  const consumes = (star: Token, other: Token): boolean =>
    star.t === 'any' || !(other.t === 'lit' && other.c === ':');
  const go = (i: number, j: number): boolean => {
    const key = i * width + j;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const at = a[i];
    const bt = b[j];
    let out = false;
    if (at === undefined && bt === undefined) out = true;
    else if (at !== undefined && isStar(at)) {
      out = go(i + 1, j) || (bt !== undefined && consumes(at, bt) && go(i, j + 1));
    }
    if (!out && bt !== undefined && isStar(bt)) {
      out = go(i, j + 1) || (at !== undefined && consumes(bt, at) && go(i + 1, j));
    }
    if (!out && at !== undefined && bt !== undefined && !isStar(at) && !isStar(bt)) {
      const compatible =
        at.t === 'one' || bt.t === 'one' || (at.t === 'lit' && bt.t === 'lit' && at.c === bt.c);
      out = compatible && go(i + 1, j + 1);
    }
    memo.set(key, out);
    return out;
  };
  return go(0, 0);
}

function normalizeAction(p: string): string {
  // Every action name has a service prefix, so `*:*` and `*` grant the same.
  return p === '*:*' ? '*' : p;
}

function prep(pattern: string, options: PatternOptions): Pattern {
  return compile(options.mode === 'action' ? normalizeAction(pattern) : pattern, options);
}

/** Whether the concrete `value` (no wildcards of its own) matches `pattern`. */
export function matches(pattern: string, value: string, options: PatternOptions): boolean {
  if (options.mode === 'resource' && pattern === '*') return true;
  return coversTokens(prep(pattern, options).tokens, literal(value, options.mode));
}

/** Whether every value `specific` matches is matched by `general`. An unresolved `general` covers nothing. */
export function covers(general: string, specific: string, options: PatternOptions): boolean {
  if (options.mode === 'resource' && general === '*') return true;
  const g = prep(general, options);
  if (g.unresolved) return false;
  const s =
    options.mode === 'resource' && specific === '*'
      ? [{ t: 'any' } as const]
      : prep(specific, options).tokens;
  return coversTokens(g.tokens, s);
}

/** Whether some value matches both patterns. */
export function intersects(a: string, b: string, options: PatternOptions): boolean {
  if (options.mode === 'resource' && (a === '*' || b === '*')) return true;
  return intersectsTokens(prep(a, options).tokens, prep(b, options).tokens);
}

/** Whether the pattern has a policy variable without a value. */
export function isUnresolved(pattern: string, options: PatternOptions): boolean {
  return compile(pattern, options).unresolved;
}
