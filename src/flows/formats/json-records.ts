/**
 * Streaming splitter for JSON inputs made of records, so a parser never holds a whole file:
 * - JSON lines / concatenated values: each top-level object is a record;
 * - a top-level array: each element is a record (`gcloud logging read --format=json`);
 * - an envelope object with a records array (`{"records": [...]}`, as Azure writes flow-log blobs): each
 *   element of that array is a record, whatever else the envelope holds.
 *
 * It tracks only strings, escapes and nesting, and hands each record's text to the caller for `JSON.parse`.
 * Bad input never throws: a line that does not start a JSON value, a string broken by a raw newline (never
 * valid JSON), a record cut off by the end of input, or one larger than the limit, is reported as a problem
 * and scanning resumes. A `{` at the start of a line inside a record is taken as the start of the next
 * record (the previous one was cut off): pretty-printers indent nested values, so this only happens when
 * a line was truncated.
 */

export type JsonItem =
  | { kind: 'record'; text: string; line: number }
  | { kind: 'problem'; reason: string; line: number; detail?: string };

enum Mode {
  /** Between top-level values. */
  None = 0,
  /** In a top-level object: a record, unless a records key turns it into an envelope. */
  TopObject = 1,
  /** In a top-level array of records. */
  Array = 2,
  /** In an envelope, records array found. */
  Envelope = 3,
  /** Skipping the rest of a line that did not start a JSON value. */
  SkipLine = 4,
}

enum Key {
  Idle = 0,
  Expect = 1,
  InKey = 2,
  AfterKey = 3,
  AfterColon = 4,
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export class JsonRecordSplitter {
  readonly items: JsonItem[] = [];
  #mode = Mode.None;
  #depth = 0;
  #elemDepth = 0;
  #inStr = false;
  #esc = false;
  #key = Key.Idle;
  #keyText = '';
  #line = 1;
  #prev = 10;
  #scalar = false;
  // The record being read.
  #inRecord = false;
  #keep = false;
  #recLine = 0;
  #parts: Buffer[] = [];
  #partLen = 0;
  #capStart = -1;
  #bytesSeen = 0;

  /**
   * @param envelopeKeys keys of a top-level object whose array value holds the records
   * @param maxRecordBytes larger records are reported (`record too large`) and skipped
   */
  constructor(
    readonly envelopeKeys: readonly string[] = ['records'],
    readonly maxRecordBytes = 64 << 20,
  ) {}

  push(chunk: Uint8Array): void {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const n = b.length;
    if (this.#inRecord && this.#keep) this.#capStart = 0;
    for (let i = 0; i < n; i++) {
      const c = b[i] as number;
      const prev = this.#prev;
      this.#prev = c;
      if (c === 10) this.#line++;

      if (this.#inStr) {
        if (c === 10) {
          this.#brokenLine('bad JSON', 'line ends inside a string');
          continue;
        }
        if (this.#esc) this.#esc = false;
        else if (c === 92) this.#esc = true;
        else if (c === 34) {
          this.#inStr = false;
          if (this.#key === Key.InKey) this.#key = Key.AfterKey;
        } else if (this.#key === Key.InKey && this.#keyText.length < 32)
          this.#keyText += String.fromCharCode(c);
        continue;
      }

      if (this.#mode === Mode.SkipLine) {
        if (c === 10) this.#mode = Mode.None;
        continue;
      }

      if (this.#mode === Mode.None) {
        if (
          isSpace(c) ||
          (c === 0xef && this.#line === 1) ||
          (this.#line === 1 && (c === 0xbb || c === 0xbf))
        ) {
          continue;
        }
        if (c === 123) {
          this.#mode = Mode.TopObject;
          this.#elemDepth = 0;
          this.#depth = 1;
          this.#key = Key.Expect;
          this.#startRecord(i);
        } else if (c === 91) {
          this.#mode = Mode.Array;
          this.#elemDepth = 1;
          this.#depth = 1;
        } else {
          this.items.push({ kind: 'problem', reason: 'not JSON', line: this.#line });
          this.#mode = Mode.SkipLine;
        }
        continue;
      }

      // Inside a top-level value.
      if (c === 123 && prev === 10 && this.#inRecord && this.#depth > this.#elemDepth) {
        this.items.push({
          kind: 'problem',
          reason: 'truncated',
          line: this.#recLine,
          detail: 'record cut off',
        });
        this.#endRecordDiscard();
        this.#depth = this.#elemDepth;
        this.#inStr = false;
        this.#esc = false;
        if (this.#mode === Mode.TopObject) {
          this.#depth = 1;
          this.#key = Key.Expect;
          this.#startRecord(i);
          continue;
        }
      }

      const atElem =
        this.#depth === this.#elemDepth && (this.#mode === Mode.Array || this.#mode === Mode.Envelope);
      if (c === 34) {
        this.#inStr = true;
        if (this.#mode === Mode.TopObject && this.#depth === 1 && this.#key === Key.Expect) {
          this.#key = Key.InKey;
          this.#keyText = '';
        } else if (this.#mode === Mode.TopObject && this.#depth === 1 && this.#key === Key.AfterColon) {
          this.#key = Key.Idle;
        } else if (atElem && !this.#scalar) {
          this.#scalar = true;
          this.items.push({ kind: 'problem', reason: 'not an object', line: this.#line });
        }
        continue;
      }
      if (c === 123 || c === 91) {
        if (
          c === 91 &&
          this.#mode === Mode.TopObject &&
          this.#depth === 1 &&
          this.#key === Key.AfterColon &&
          this.envelopeKeys.includes(this.#keyText)
        ) {
          this.#endRecordDiscard();
          this.#mode = Mode.Envelope;
          this.#elemDepth = 2;
          this.#depth = 2;
          this.#key = Key.Idle;
          continue;
        }
        if (this.#mode === Mode.TopObject && this.#depth === 1) this.#key = Key.Idle;
        if (atElem) {
          if (c === 123 && !this.#scalar) this.#startRecord(i);
          else if (!this.#scalar) {
            this.#scalar = true;
            this.items.push({ kind: 'problem', reason: 'not an object', line: this.#line });
          }
        }
        this.#depth++;
        continue;
      }
      if (c === 125 || c === 93) {
        if (atElem) {
          // The end of the records array (or of the top-level array).
          this.#scalar = false;
          this.#depth--;
          if (this.#depth === 0) this.#mode = Mode.None;
          else this.#elemDepth = -1; // the envelope's records array is closed; the rest is skipped
          continue;
        }
        this.#depth--;
        if (this.#inRecord && this.#depth === this.#elemDepth) this.#endRecord(b, i + 1);
        if (this.#depth === 0) this.#mode = Mode.None;
        continue;
      }
      if (c === 44) {
        if (atElem) this.#scalar = false;
        else if (this.#mode === Mode.TopObject && this.#depth === 1) this.#key = Key.Expect;
        continue;
      }
      if (c === 58) {
        if (this.#mode === Mode.TopObject && this.#depth === 1 && this.#key === Key.AfterKey)
          this.#key = Key.AfterColon;
        continue;
      }
      if (isSpace(c)) continue;
      if (this.#mode === Mode.TopObject && this.#depth === 1 && this.#key === Key.AfterColon)
        this.#key = Key.Idle;
      if (atElem && !this.#scalar) {
        this.#scalar = true;
        this.items.push({ kind: 'problem', reason: 'not an object', line: this.#line });
      }
    }
    if (this.#inRecord && this.#keep) this.#keepTail(b, this.#capStart, n);
  }

  /** The input ended: reports a value left open. */
  end(): void {
    if (this.#inRecord) {
      this.items.push({
        kind: 'problem',
        reason: 'truncated',
        line: this.#recLine,
        detail: 'input ends inside a record',
      });
      this.#endRecordDiscard();
    } else if (this.#mode === Mode.Array || this.#mode === Mode.Envelope || this.#mode === Mode.TopObject) {
      this.items.push({
        kind: 'problem',
        reason: 'truncated',
        line: this.#line,
        detail: 'input ends inside a JSON value',
      });
    }
    this.#mode = Mode.None;
    this.#depth = 0;
  }

  #startRecord(i: number): void {
    this.#inRecord = true;
    this.#keep = true;
    this.#recLine = this.#line;
    this.#capStart = i;
    this.#parts = [];
    this.#partLen = 0;
    this.#bytesSeen = 0;
  }

  #keepTail(b: Buffer, from: number, to: number): void {
    if (to <= from) return;
    this.#bytesSeen += to - from;
    if (this.#bytesSeen > this.maxRecordBytes) {
      this.items.push({ kind: 'problem', reason: 'record too large', line: this.#recLine });
      this.#keep = false;
      this.#parts = [];
      this.#partLen = 0;
      return;
    }
    this.#parts.push(Buffer.from(b.subarray(from, to)));
    this.#partLen += to - from;
  }

  #endRecord(b: Buffer, end: number): void {
    if (this.#keep) {
      const size = this.#parts.length === 0 ? end - this.#capStart : this.#partLen + end;
      if (size > this.maxRecordBytes) {
        this.items.push({ kind: 'problem', reason: 'record too large', line: this.#recLine });
      } else if (this.#parts.length === 0) {
        this.items.push({
          kind: 'record',
          text: b.toString('utf8', this.#capStart, end),
          line: this.#recLine,
        });
      } else {
        this.#parts.push(b.subarray(0, end));
        const text = Buffer.concat(this.#parts, size).toString('utf8');
        this.items.push({ kind: 'record', text, line: this.#recLine });
      }
    }
    this.#endRecordDiscard();
  }

  #endRecordDiscard(): void {
    this.#inRecord = false;
    this.#keep = false;
    this.#parts = [];
    this.#partLen = 0;
    this.#capStart = -1;
  }

  /** A raw newline inside a string: the line was cut; drop the value and resume on the next line. */
  #brokenLine(reason: string, detail: string): void {
    const line = this.#inRecord ? this.#recLine : this.#line - 1;
    this.items.push({ kind: 'problem', reason, line, detail });
    this.#endRecordDiscard();
    this.#inStr = false;
    this.#esc = false;
    this.#scalar = false;
    if (this.#mode === Mode.TopObject) {
      this.#mode = Mode.None;
      this.#depth = 0;
    } else if (this.#mode === Mode.Array || this.#mode === Mode.Envelope) {
      if (this.#elemDepth > 0) this.#depth = this.#elemDepth;
      else {
        this.#mode = Mode.None;
        this.#depth = 0;
      }
    }
  }
}

/** Yields records and problems from a stream of chunks, holding at most one record at a time. */
export async function* jsonRecords(
  chunks: AsyncIterable<Uint8Array>,
  envelopeKeys?: readonly string[],
  maxRecordBytes?: number,
): AsyncGenerator<JsonItem> {
  const s = new JsonRecordSplitter(envelopeKeys, maxRecordBytes);
  for await (const chunk of chunks) {
    s.push(chunk);
    if (s.items.length > 0) {
      yield* s.items;
      s.items.length = 0;
    }
  }
  s.end();
  yield* s.items;
  s.items.length = 0;
}
