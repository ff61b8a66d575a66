import { LineCounter, type ParsedNode, parseDocument } from 'yaml';
import type { InputIssue } from '../../core/index.js';

export interface JsonDocument {
  data: unknown;
  /** The 1-based line of the node at `path`, where the document is small enough to keep positions. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** Documents larger than this are read without line positions. */
const MAX_POSITIONS_BYTES = 20 * 1024 * 1024;

/** Line and column of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Parses strict JSON (a trailing comma or a comment is an error, as it is for the tools that read these files)
 * and keeps positions so resources can be located by line. A syntax error becomes one issue with its line.
 */
export function parseJson(file: string, text: string): JsonDocument | { issue: InputIssue } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /line (\d+) column (\d+)/.exec(message);
    const pos = /position (\d+)/.exec(message);
    const where = at
      ? { line: Number(at[1]), column: Number(at[2]) }
      : pos
        ? position(text, Number(pos[1]))
        : text.trim() === ''
          ? { line: 1 }
          : position(text, text.length);
    return {
      issue: {
        file,
        ...where,
        message: `not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, '')}`,
      },
    };
  }
  if (Buffer.byteLength(text) > MAX_POSITIONS_BYTES) return { data, lineOf: () => undefined };
  let doc: ReturnType<typeof parseDocument> | undefined;
  const lines = new LineCounter();
  return {
    data,
    lineOf(path) {
      doc ??= parseDocument(text, { lineCounter: lines, uniqueKeys: false });
      const node = doc.getIn(path as (string | number)[], true) as ParsedNode | undefined;
      return node?.range ? lines.linePos(node.range[0]).line : undefined;
    },
  };
}
