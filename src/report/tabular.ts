/** Output formats for tabular data: an aligned terminal table, CSV (RFC 4180), Markdown, JSON. */
export const TABULAR_FORMATS = ['table', 'json', 'csv', 'md'] as const;
export type TabularFormat = (typeof TABULAR_FORMATS)[number];

export interface Column<R> {
  title: string;
  value: (row: R) => string;
  /** `flex` columns share what is left of the terminal width and are cut with an ellipsis; others fit content. */
  flex?: boolean;
  /** Styles the (already padded) cell text for a colour terminal. */
  style?: (text: string, row: R) => string;
}

export interface TableOptions {
  width?: number;
  color?: boolean;
}

/** Terminal width taken up by a string, ignoring ANSI colour codes. */
export function visibleLength(s: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are control characters by definition
  return s.replace(/\u001b\[[0-9;]*m/g, '').length;
}

export function truncate(s: string, width: number): string {
  if (width <= 0) return '';
  return s.length <= width ? s : `${s.slice(0, Math.max(0, width - 1))}…`;
}

/** An aligned table that fits `width` columns (80 by default): flex columns shrink, others keep their size. */
export function renderTable<R>(
  columns: readonly Column<R>[],
  rows: readonly R[],
  options: TableOptions = {},
): string {
  const width = options.width ?? 80;
  const gap = 2;
  const cells = rows.map((r) => columns.map((c) => oneLine(c.value(r))));
  const natural = columns.map((c, i) => Math.max(c.title.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const fixed = columns.reduce((sum, c, i) => sum + (c.flex ? 0 : (natural[i] ?? 0)), 0);
  const flexCount = columns.filter((c) => c.flex).length;
  const room = Math.max(flexCount * 8, width - fixed - gap * (columns.length - 1));
  const widths = natural.map((n, i) => {
    if (!columns[i]?.flex) return n;
    const fair = Math.floor(room / flexCount);
    return Math.min(n, Math.max(8, fair));
  });
  const line = (values: string[], row?: R) =>
    values
      .map((v, i) => {
        const w = widths[i] ?? 0;
        const padded = truncate(v, w).padEnd(i === values.length - 1 ? 0 : w);
        const style = columns[i]?.style;
        return options.color && style && row !== undefined ? style(padded, row) : padded;
      })
      .join(' '.repeat(gap))
      .trimEnd();
  const header = line(columns.map((c) => c.title));
  const rule = widths.map((w) => '─'.repeat(w)).join(' '.repeat(gap));
  const body = cells.map((values, r) => line(values, rows[r]));
  return [options.color ? bold(header) : header, rule, ...body].join('\n');
}

export function renderCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [
    columns.map((c) => quote(c.title)),
    ...rows.map((r) => columns.map((c) => quote(c.value(r)))),
  ];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

export function renderMarkdown<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const esc = (v: string) => oneLine(v).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const lines = [
    `| ${columns.map((c) => esc(c.title)).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${columns.map((c) => esc(c.value(r))).join(' | ')} |`),
  ];
  return lines.join('\n');
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}

export const bold = (s: string) => `\u001b[1m${s}\u001b[22m`;
export const dim = (s: string) => `\u001b[2m${s}\u001b[22m`;
export const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
export const green = (s: string) => `\u001b[32m${s}\u001b[39m`;
export const yellow = (s: string) => `\u001b[33m${s}\u001b[39m`;
export const blue = (s: string) => `\u001b[34m${s}\u001b[39m`;
export const cyan = (s: string) => `\u001b[36m${s}\u001b[39m`;
