import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/** One line of a text file, 1-based, without its line break. */
export interface Line {
  line: number;
  text: string;
}

/**
 * The lines of a file, read as a stream of bytes (a Cloud Asset Inventory export can be gigabytes): only the
 * current line is held in memory. `.gz` files are decompressed on the way. Lines split at `\n`, so a multi-byte
 * UTF-8 character is never cut; a trailing `\r` and a leading byte-order mark are dropped.
 */
export async function* readLines(file: string): AsyncGenerator<Line> {
  const raw = createReadStream(file);
  const source: AsyncIterable<Buffer> = file.toLowerCase().endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let pending: Buffer[] = [];
  let line = 0;
  const text = (parts: Buffer[]): string => {
    let s = (parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts)).toString('utf8');
    if (line === 1 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    return s.endsWith('\r') ? s.slice(0, -1) : s;
  };
  try {
    for await (const chunk of source) {
      let start = 0;
      for (;;) {
        const nl = chunk.indexOf(0x0a, start);
        if (nl < 0) break;
        pending.push(chunk.subarray(start, nl));
        line++;
        yield { line, text: text(pending) };
        pending = [];
        start = nl + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    }
    if (pending.some((b) => b.length > 0)) {
      line++;
      yield { line, text: text(pending) };
    }
  } finally {
    raw.destroy();
  }
}
