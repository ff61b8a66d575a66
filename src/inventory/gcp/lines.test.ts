import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type Line, readLines } from './lines.js';

async function lines(content: string | Buffer, name = 'x.jsonl'): Promise<Line[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'verity-lines-')), name);
  writeFileSync(file, content);
  const out: Line[] = [];
  for await (const l of readLines(file)) out.push(l);
  return out;
}

describe('readLines', () => {
  it('numbers lines from 1 and handles LF, CRLF, a BOM, blank lines and no final newline', async () => {
    expect(await lines('\uFEFFa\r\nb\n\nc')).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
      { line: 3, text: '' },
      { line: 4, text: 'c' },
    ]);
    expect(await lines('')).toEqual([]);
    expect(await lines('only\n')).toEqual([{ line: 1, text: 'only' }]);
  });

  it('joins lines split across read chunks without breaking multi-byte characters', async () => {
    // Read chunks are 64 KiB: put a 3-byte character and a line break across several boundaries.
    const long = `${'x'.repeat(65535)}€${'y'.repeat(70000)}`;
    const out = await lines(`${long}\nsecond ✓\n${'z'.repeat(200000)}`);
    expect(out.map((l) => l.text.length)).toEqual([long.length, 8, 200000]);
    expect(out[0]?.text).toBe(long);
    expect(out[1]).toEqual({ line: 2, text: 'second ✓' });
  });

  it('decompresses .gz files', async () => {
    expect(await lines(gzipSync('{"a":1}\n{"b":2}\n'), 'x.jsonl.gz')).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{"b":2}' },
    ]);
  });
});
