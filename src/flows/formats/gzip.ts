import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * Passes chunks through unchanged, unless the input starts with the gzip magic bytes 1f 8b, in which case it
 * yields the gunzipped bytes (concatenated gzip members included, as `gzip -d` does).
 *
 * A corrupt or truncated gzip stream never throws: `onError` is told, and the output ends with what was
 * decompressed before the fault.
 */
export async function* maybeGunzip(
  chunks: AsyncIterable<Uint8Array>,
  onError: (err: Error) => void = () => {},
): AsyncGenerator<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headLen = 0;
  let done = false;
  while (headLen < 2) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    if (r.value.length === 0) continue;
    head.push(r.value);
    headLen += r.value.length;
  }
  const first = head[0];
  const b0 = first?.[0];
  const b1 = first && first.length > 1 ? first[1] : head[1]?.[0];
  if (b0 !== 0x1f || b1 !== 0x8b) {
    yield* head;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }

  async function* rest(): AsyncGenerator<Uint8Array> {
    yield* head;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  const gunzip = createGunzip();
  const source = Readable.from(rest(), { objectMode: false });
  // An error of the input itself (a failed read) is not bad data: it is rethrown, not reported.
  let inputError: unknown;
  source.on('error', (err: Error) => {
    inputError = err;
    gunzip.destroy(err);
  });
  source.pipe(gunzip);
  try {
    for await (const out of gunzip) yield out as Buffer;
  } catch (err) {
    if (inputError !== undefined) throw inputError;
    onError(err instanceof Error ? err : new Error(String(err)));
  } finally {
    source.unpipe(gunzip);
    source.destroy();
  }
}
