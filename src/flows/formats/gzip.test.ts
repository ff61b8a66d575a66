import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { maybeGunzip } from './gzip.js';

async function* chunks(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function collect(src: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const c of src) parts.push(c);
  return Buffer.concat(parts);
}

const text = Buffer.from('2 123456789010 eni-1 10.0.0.1 10.0.0.2 1 2 6 1 40 1 2 ACCEPT OK\n'.repeat(500));

describe('maybeGunzip', () => {
  it('passes input that is not gzip through unchanged, even one byte at a time', async () => {
    for (const size of [1, 2, 4096]) expect(await collect(maybeGunzip(chunks(text, size)))).toEqual(text);
    expect(await collect(maybeGunzip(chunks(Buffer.from([0x1f]), 1)))).toEqual(Buffer.from([0x1f]));
    expect(await collect(maybeGunzip(chunks(Buffer.alloc(0), 1)))).toEqual(Buffer.alloc(0));
  });

  it('gunzips input that starts with 1f 8b, whatever the chunk boundaries', async () => {
    const gz = gzipSync(text);
    for (const size of [1, 7, 65536]) expect(await collect(maybeGunzip(chunks(gz, size)))).toEqual(text);
  });

  it('reads concatenated gzip members as one stream', async () => {
    const gz = Buffer.concat([gzipSync(text.subarray(0, 1000)), gzipSync(text.subarray(1000))]);
    expect(await collect(maybeGunzip(chunks(gz, 333)))).toEqual(text);
  });

  it('reports a corrupt or truncated stream instead of throwing, keeping what it decompressed', async () => {
    const gz = gzipSync(text);
    const errors: Error[] = [];
    const out = await collect(
      maybeGunzip(chunks(gz.subarray(0, gz.length - 20), 100), (e) => errors.push(e)),
    );
    expect(errors).toHaveLength(1);
    expect(text.subarray(0, out.length)).toEqual(out);

    const bad = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9]);
    const errors2: Error[] = [];
    expect(await collect(maybeGunzip(chunks(bad, 3), (e) => errors2.push(e)))).toEqual(Buffer.alloc(0));
    expect(errors2).toHaveLength(1);
  });

  it('rethrows a failure of the input itself rather than reporting it as bad data', async () => {
    async function* failing() {
      yield gzipSync(text).subarray(0, 50);
      throw new Error('disk on fire');
    }
    const errors: Error[] = [];
    await expect(collect(maybeGunzip(failing(), (e) => errors.push(e)))).rejects.toThrow('disk on fire');
    expect(errors).toEqual([]);
  });
});
