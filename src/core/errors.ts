/** One problem found in an input, located as precisely as the input allows. */
export interface InputIssue {
  file: string;
  /** 1-based line, where the input has lines. */
  line?: number;
  column?: number;
  /** JSON path inside the document, e.g. `controls[3].frameworks.cis-v8[0]`. */
  path?: string;
  message: string;
}

/** `file:line:column: message (at path)`, the shape editors and CI logs link. */
export function formatIssue(issue: InputIssue): string {
  let where = issue.file;
  if (issue.line !== undefined) where += `:${issue.line}`;
  if (issue.line !== undefined && issue.column !== undefined) where += `:${issue.column}`;
  const at = issue.path ? ` (at ${issue.path})` : '';
  return `${where}: ${issue.message}${at}`;
}

/**
 * Stable error codes. Scripts may match on them; they never change meaning. The CLI maps each to an exit code
 * CI pipelines can gate on: 1 is kept for "findings at or above --fail-on"; 2 means the user or an input must
 * change (usage, invalid or missing file, unknown name); 3 means the environment failed (database, network,
 * permissions); 70 is a bug.
 */
export const ERROR_CODES = {
  USAGE: 2,
  INVALID_INPUT: 2,
  CATALOG_INVALID: 2,
  FILE_NOT_FOUND: 2,
  UNKNOWN_PROVIDER: 2,
  UNKNOWN_SERVICE: 2,
  UNKNOWN_CONTROL: 2,
  UNKNOWN_FRAMEWORK: 2,
  STORE_ERROR: 3,
  INTERNAL: 70,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** The base of every error Verity raises on purpose. `code` is stable; `message` is one clear sentence. */
export class VerityError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'VerityError';
    this.code = code;
  }
  get exitCode(): number {
    return ERROR_CODES[this.code];
  }
}

/** An input file (catalog, policy, estate, export) that failed validation, with every issue found in it. */
export class InputError extends VerityError {
  readonly issues: readonly InputIssue[];
  constructor(code: 'INVALID_INPUT' | 'CATALOG_INVALID', summary: string, issues: readonly InputIssue[]) {
    super(code, summary);
    this.name = 'InputError';
    this.issues = issues;
  }
}

/** A name the user typed that does not exist, with the closest names that do. */
export class UnknownNameError extends VerityError {
  readonly suggestions: readonly string[];
  constructor(
    code: 'UNKNOWN_PROVIDER' | 'UNKNOWN_SERVICE' | 'UNKNOWN_CONTROL' | 'UNKNOWN_FRAMEWORK',
    what: string,
    name: string,
    known: Iterable<string>,
  ) {
    const suggestions = closest(name, known);
    const hint =
      suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
    super(code, `Unknown ${what} '${name}'.${hint}`);
    this.name = 'UnknownNameError';
    this.suggestions = suggestions;
  }
}

export class StoreError extends VerityError {
  constructor(message: string, options?: ErrorOptions) {
    super('STORE_ERROR', message, options);
    this.name = 'StoreError';
  }
}

/** Edit distance (Levenshtein), for suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The known names closest to `name`: by edit distance (at most a third of the name's length, at least 2), and
 * names that contain it or that it contains. At most three, best first.
 */
export function closest(name: string, known: Iterable<string>, max = 3): string[] {
  const needle = name.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  const scored: { name: string; score: number }[] = [];
  for (const candidate of known) {
    const c = candidate.toLowerCase();
    const d = editDistance(needle, c);
    if (d <= limit) scored.push({ name: candidate, score: d });
    else if (needle.length >= 3 && (c.includes(needle) || needle.includes(c)))
      scored.push({ name: candidate, score: limit + 1 });
  }
  scored.sort((x, y) => x.score - y.score || x.name.localeCompare(y.name));
  return scored.slice(0, max).map((s) => s.name);
}
