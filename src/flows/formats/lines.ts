/**
 * Byte-level text helpers shared by the text flow parsers: a line splitter over a stream of chunks, and
 * parsers for unsigned decimals, dotted-quad IPv4 and IPv6 text straight from bytes (no strings, no `split`).
 */

const EMPTY = Buffer.alloc(0);

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Splits chunks into lines without copying, except for a line that spans chunks (copied once into a carry
 * buffer). Handles `\n` and `\r\n` endings and a final line with no newline.
 *
 * Use: `feed(chunk)`, then `while (next()) use(buf, start, end, line)`; after the last chunk, `if (finish())`
 * use the final line. `buf[start..end)` is valid until the next call to `next()`/`feed()`/`finish()`.
 */
export class LineReader {
  /** Bytes of the current line are `buf[start..end)`, without the line ending. */
  buf: Buffer = EMPTY;
  start = 0;
  end = 0;
  /** 1-based number of the current line. */
  line = 0;
  /** The current line was longer than `maxLineBytes`; only its first `maxLineBytes` bytes are kept. */
  overlong = false;

  #chunk: Buffer = EMPTY;
  #pos = 0;
  #carry: Buffer = Buffer.allocUnsafe(256);
  #carryLen = 0;
  /** A partial line is pending in the carry (possibly empty, e.g. a lone `\r` chunk boundary). */
  #pending = false;
  #dropping = false;

  constructor(readonly maxLineBytes = 1 << 20) {}

  feed(chunk: Uint8Array): void {
    this.#chunk = asBuffer(chunk);
    this.#pos = 0;
  }

  /** Advances to the next complete line of the fed chunk; false when the chunk is used up. */
  next(): boolean {
    const c = this.#chunk;
    const pos = this.#pos;
    if (pos >= c.length) return false;
    const nl = c.indexOf(10, pos);
    if (nl < 0) {
      this.#append(c, pos, c.length);
      this.#pos = c.length;
      return false;
    }
    this.#pos = nl + 1;
    this.line++;
    if (this.#pending) {
      this.#append(c, pos, nl);
      this.#takeCarry();
    } else if (nl - pos > this.maxLineBytes) {
      this.buf = c;
      this.start = pos;
      this.end = pos + this.maxLineBytes;
      this.overlong = true;
      return true;
    } else {
      this.buf = c;
      this.start = pos;
      this.end = nl;
      this.overlong = false;
    }
    if (this.end > this.start && this.buf[this.end - 1] === 13) this.end--;
    return true;
  }

  /** After the input ends: true if there is a final line without a newline (then read it as usual). */
  finish(): boolean {
    this.#chunk = EMPTY;
    this.#pos = 0;
    if (!this.#pending) return false;
    this.line++;
    this.#takeCarry();
    if (this.end > this.start && this.buf[this.end - 1] === 13) this.end--;
    return true;
  }

  #takeCarry(): void {
    this.buf = this.#carry;
    this.start = 0;
    this.end = this.#carryLen;
    this.overlong = this.#dropping;
    this.#carryLen = 0;
    this.#pending = false;
    this.#dropping = false;
  }

  #append(c: Buffer, from: number, to: number): void {
    this.#pending = true;
    if (this.#dropping) return;
    let n = to - from;
    if (this.#carryLen + n > this.maxLineBytes) {
      n = this.maxLineBytes - this.#carryLen;
      this.#dropping = true;
    }
    if (n <= 0) return;
    if (this.#carryLen + n > this.#carry.length) {
      let size = this.#carry.length * 2;
      while (size < this.#carryLen + n) size *= 2;
      const grown = Buffer.allocUnsafe(size);
      this.#carry.copy(grown, 0, 0, this.#carryLen);
      this.#carry = grown;
    }
    c.copy(this.#carry, this.#carryLen, from, from + n);
    this.#carryLen += n;
  }
}

/** A line as a copy of its bytes, for callers that keep lines (tests, slow paths). */
export interface Line {
  bytes: Uint8Array;
  line: number;
  overlong: boolean;
}

/** Convenience wrapper over {@link LineReader} yielding a copy of each line. Not for hot paths. */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxLineBytes?: number,
): AsyncGenerator<Line> {
  const r = new LineReader(maxLineBytes);
  for await (const chunk of chunks) {
    r.feed(chunk);
    while (r.next())
      yield {
        bytes: Uint8Array.prototype.slice.call(r.buf, r.start, r.end),
        line: r.line,
        overlong: r.overlong,
      };
  }
  if (r.finish())
    yield {
      bytes: Uint8Array.prototype.slice.call(r.buf, r.start, r.end),
      line: r.line,
      overlong: r.overlong,
    };
}

/** Unsigned decimal in `b[s..e)` (at most 15 digits, so always exact); -1 if empty or not all digits. */
export function parseUintBytes(b: Uint8Array, s: number, e: number): number {
  if (s >= e || e - s > 15) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const d = (b[i] as number) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Non-negative decimal with an optional fraction (`1547188415.857497`) in `b[s..e)`, scaled by `scale`
 * (1000 turns seconds into milliseconds); NaN if malformed.
 */
export function parseDecimalBytes(b: Uint8Array, s: number, e: number, scale = 1): number {
  let i = s;
  let int = 0;
  let digits = 0;
  while (i < e) {
    const d = (b[i] as number) - 48;
    if (d < 0 || d > 9) break;
    int = int * 10 + d;
    digits++;
    i++;
  }
  if (digits === 0 || digits > 15) return Number.NaN;
  if (i === e) return int * scale;
  if (b[i] !== 46) return Number.NaN;
  i++;
  let frac = 0;
  let div = 1;
  const fracStart = i;
  while (i < e) {
    const d = (b[i] as number) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    if (div < 1e15) {
      frac = frac * 10 + d;
      div *= 10;
    }
    i++;
  }
  if (i === fracStart) return Number.NaN;
  return int * scale + (frac * scale) / div;
}

/** Dotted-quad IPv4 in `b[s..e)` as an unsigned 32-bit number (10.0.0.1 = 0x0a000001); -1 if malformed. */
export function parseIPv4Bytes(b: Uint8Array, s: number, e: number): number {
  let acc = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = s; i < e; i++) {
    const c = b[i] as number;
    if (c === 46) {
      if (digits === 0 || part > 255 || dots === 3) return -1;
      acc = acc * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else {
      const d = c - 48;
      if (d < 0 || d > 9 || digits === 3) return -1;
      part = part * 10 + d;
      digits++;
    }
  }
  if (dots !== 3 || digits === 0 || part > 255) return -1;
  return acc * 256 + part;
}

const groups = new Int32Array(8);

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/**
 * IPv6 text (RFC 4291 §2.2 forms: full, `::`-compressed, with a dotted-quad tail) in `b[s..e)` written as
 * 16 network-order bytes at `out[off..off+16)`. False if malformed (zone ids `%eth0` are rejected).
 */
export function parseIPv6Bytes(b: Uint8Array, s: number, e: number, out: Uint8Array, off: number): boolean {
  if (e - s < 2) return false;
  let n = 0;
  let gap = -1;
  let i = s;
  if (b[i] === 58) {
    if (b[i + 1] !== 58) return false;
    gap = 0;
    i += 2;
  }
  while (i < e) {
    if (n === 8) return false;
    let v = 0;
    let digits = 0;
    let j = i;
    while (j < e) {
      const h = hexValue(b[j] as number);
      if (h < 0) break;
      if (++digits > 4) {
        // Could still be a dotted-quad tail like 192.168.0.1 with 3-digit parts; those have at most 3.
        return false;
      }
      v = v * 16 + h;
      j++;
    }
    if (j < e && b[j] === 46) {
      if (n > 6) return false;
      const v4 = parseIPv4Bytes(b, i, e);
      if (v4 < 0) return false;
      groups[n++] = v4 >>> 16;
      groups[n++] = v4 & 0xffff;
      i = e;
      break;
    }
    if (digits === 0) return false;
    groups[n++] = v;
    i = j;
    if (i === e) break;
    if (b[i] !== 58) return false;
    i++;
    if (i === e) return false;
    if (b[i] === 58) {
      if (gap >= 0) return false;
      gap = n;
      i++;
    }
  }
  if (gap < 0 ? n !== 8 : n > 7) return false;
  const zeros = 8 - n;
  let g = 0;
  for (let k = 0; k < 8; k++) {
    const val = gap >= 0 && k >= gap && k < gap + zeros ? 0 : (groups[g++] as number);
    out[off + 2 * k] = val >>> 8;
    out[off + 2 * k + 1] = val & 255;
  }
  return true;
}

const scratch = new Uint8Array(64);

function toScratch(s: string): number {
  if (s.length > scratch.length) return -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return -1;
    scratch[i] = c;
  }
  return s.length;
}

/** {@link parseIPv4Bytes} for a string. */
export function parseIPv4Text(s: string): number {
  const n = toScratch(s);
  return n < 0 ? -1 : parseIPv4Bytes(scratch, 0, n);
}

/** {@link parseIPv6Bytes} for a string. */
export function parseIPv6Text(s: string, out: Uint8Array, off: number): boolean {
  const n = toScratch(s);
  return n < 0 ? false : parseIPv6Bytes(scratch, 0, n, out, off);
}

/** Whether `b[s..e)` holds exactly the ASCII text `text`. */
export function bytesEqual(b: Uint8Array, s: number, e: number, text: string): boolean {
  if (e - s !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (b[s + i] !== text.charCodeAt(i)) return false;
  return true;
}
