/**
 * A small streaming XML tokenizer, enough for machine-written XML such as Nmap's `-oX` output. Feed it text in
 * chunks of any size (`write`), then call `end`. It reports start tags (with decoded attributes), end tags and
 * text (entities decoded, CDATA kept verbatim), each with the line it starts on. It skips the XML declaration
 * and other processing instructions (`<?xml-stylesheet …?>`), comments and the DOCTYPE (an internal subset
 * included). It checks that end tags match; on the first well-formedness error it stops and remembers where.
 * It does not validate, read external entities, or expand entities declared in a DTD (they stay as text).
 */

export type XmlEvent =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean; line: number }
  | { type: 'close'; name: string; line: number }
  | { type: 'text'; text: string; line: number };

export interface XmlError {
  line: number;
  message: string;
}

export interface XmlEnd {
  /** Every element was closed and no error stopped the tokenizer. */
  complete: boolean;
  /** The error that stopped the tokenizer, if one did. */
  error?: XmlError;
  /** Elements still open where the input stopped, outermost first, with the line each started on. */
  open: { name: string; line: number }[];
  /** The last line read. */
  line: number;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_.:-]*/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces the five predefined entities and numeric character references; anything else is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

export class XmlTokenizer {
  #buf = '';
  #line = 1;
  #stack: { name: string; line: number }[] = [];
  #error: XmlError | undefined;
  readonly #emit: (event: XmlEvent) => void;

  constructor(emit: (event: XmlEvent) => void) {
    this.#emit = emit;
  }

  /** The error that stopped the tokenizer, if any. Later writes are ignored. */
  get error(): XmlError | undefined {
    return this.#error;
  }

  /** How many elements are open. */
  get depth(): number {
    return this.#stack.length;
  }

  write(chunk: string): void {
    if (this.#error) return;
    this.#buf += chunk;
    this.#drain(false);
  }

  end(): XmlEnd {
    if (!this.#error) {
      this.#drain(true);
    }
    const rest = this.#buf.trim();
    const result: XmlEnd = {
      complete: !this.#error && rest === '' && this.#stack.length === 0,
      open: [...this.#stack],
      line: this.#line,
    };
    if (this.#error) result.error = this.#error;
    return result;
  }

  #fail(line: number, message: string): void {
    this.#error ??= { line, message };
  }

  /** Consumes every complete token in the buffer; at the end of input also the trailing text. */
  #drain(final: boolean): void {
    const buf = this.#buf;
    let pos = 0;
    let line = this.#line;
    const advance = (to: number) => {
      for (let k = pos; k < to; k++) if (buf.charCodeAt(k) === 10) line++;
      pos = to;
    };

    while (pos < buf.length && !this.#error) {
      if (buf[pos] !== '<') {
        let lt = buf.indexOf('<', pos);
        if (lt < 0) {
          if (!final) break;
          lt = buf.length;
        }
        const raw = buf.slice(pos, lt);
        const start = line;
        advance(lt);
        if (raw.trim() !== '' && this.#stack.length === 0) {
          this.#fail(start, 'text outside the root element');
          break;
        }
        if (raw !== '') this.#emit({ type: 'text', text: decodeEntities(raw), line: start });
        continue;
      }
      const start = line;
      // Which kind of markup: wait for enough characters to tell.
      if (buf.length - pos < 9 && !final) {
        const head = buf.slice(pos);
        if ('<![CDATA['.startsWith(head) || '<!--'.startsWith(head) || '<?'.startsWith(head)) break;
      }
      if (buf.startsWith('<?', pos)) {
        const close = buf.indexOf('?>', pos + 2);
        if (close < 0) break;
        advance(close + 2);
      } else if (buf.startsWith('<!--', pos)) {
        const close = buf.indexOf('-->', pos + 4);
        if (close < 0) break;
        advance(close + 3);
      } else if (buf.startsWith('<![CDATA[', pos)) {
        const close = buf.indexOf(']]>', pos + 9);
        if (close < 0) break;
        const text = buf.slice(pos + 9, close);
        advance(close + 3);
        if (this.#stack.length === 0) {
          this.#fail(start, 'CDATA outside the root element');
          break;
        }
        this.#emit({ type: 'text', text, line: start });
      } else if (buf.startsWith('<!', pos)) {
        const close = declarationEnd(buf, pos + 2);
        if (close < 0) break;
        advance(close + 1);
      } else if (buf.startsWith('</', pos)) {
        const close = buf.indexOf('>', pos + 2);
        if (close < 0) break;
        const name = buf.slice(pos + 2, close).trim();
        advance(close + 1);
        const top = this.#stack.pop();
        if (!top) {
          this.#fail(start, `</${name}> closes nothing`);
        } else if (top.name !== name) {
          this.#stack.push(top);
          this.#fail(start, `</${name}> does not match <${top.name}> opened on line ${top.line}`);
        } else {
          this.#emit({ type: 'close', name, line: start });
        }
      } else {
        const close = tagEnd(buf, pos + 1);
        if (close < 0) break;
        const inner = buf.slice(pos + 1, close);
        advance(close + 1);
        const tag = parseStartTag(inner);
        if (typeof tag === 'string') {
          this.#fail(start, tag);
          break;
        }
        if (!tag.selfClosing) this.#stack.push({ name: tag.name, line: start });
        this.#emit({ type: 'open', ...tag, line: start });
        if (tag.selfClosing) this.#emit({ type: 'close', name: tag.name, line: start });
      }
    }
    this.#buf = buf.slice(pos);
    this.#line = line;
  }
}

/** The index of the `>` ending a start tag that begins before `from`, skipping quoted attribute values; -1 if not yet read. */
function tagEnd(buf: string, from: number): number {
  let quote = '';
  for (let k = from; k < buf.length; k++) {
    const c = buf[k];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return k;
    else if (c === '<') return k; // malformed; parseStartTag reports it
  }
  return -1;
}

/** The `>` ending a `<!DOCTYPE …>` declaration, past an internal subset in brackets and quoted strings. */
function declarationEnd(buf: string, from: number): number {
  let quote = '';
  let depth = 0;
  for (let k = from; k < buf.length; k++) {
    const c = buf[k];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return k;
  }
  return -1;
}

function parseStartTag(
  inner: string,
): { name: string; attrs: Record<string, string>; selfClosing: boolean } | string {
  let body = inner;
  const selfClosing = body.endsWith('/');
  if (selfClosing) body = body.slice(0, -1);
  const nameMatch = NAME.exec(body);
  if (!nameMatch) return `malformed tag <${inner.slice(0, 40)}>`;
  const name = nameMatch[0];
  const attrs: Record<string, string> = {};
  let rest = body.slice(name.length);
  const ATTR = /^\s+([A-Za-z_:][A-Za-z0-9_.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/;
  for (;;) {
    const m = ATTR.exec(rest);
    if (!m) break;
    const key = m[1] as string;
    if (key in attrs) return `attribute ${key} appears twice in <${name}>`;
    // Attribute-value normalisation: tabs and line breaks read as spaces (XML 1.0 section 3.3.3).
    attrs[key] = decodeEntities((m[3] ?? m[4] ?? '').replace(/[\t\r\n]/g, ' '));
    rest = rest.slice(m[0].length);
  }
  if (rest.trim() !== '') return `malformed attributes in <${name}>: ${rest.trim().slice(0, 40)}`;
  return { name, attrs, selfClosing };
}
