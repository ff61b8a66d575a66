import { describe, expect, it } from 'vitest';
import { type JsonItem, JsonRecordSplitter, jsonRecords } from './json-records.js';

function items(text: string, chunk = text.length || 1, keys?: string[], max?: number): JsonItem[] {
  const s = new JsonRecordSplitter(keys, max);
  const data = Buffer.from(text, 'utf8');
  const out: JsonItem[] = [];
  for (let i = 0; i < data.length; i += chunk) {
    s.push(data.subarray(i, i + chunk));
    out.push(...s.items);
    s.items.length = 0;
  }
  s.end();
  out.push(...s.items);
  return out;
}

/** Records as parsed values with their lines, problems as `reason@line`. */
function view(list: JsonItem[]): unknown[] {
  return list.map((it) =>
    it.kind === 'record' ? [it.line, JSON.parse(it.text)] : `${it.reason}@${it.line}`,
  );
}

describe('JsonRecordSplitter', () => {
  it('reads JSON lines, one record each, with their line numbers', () => {
    expect(view(items('{"a":1}\n{"b":"}{"}\r\n\n  {"c":[1,{"d":2}]}'))).toEqual([
      [1, { a: 1 }],
      [2, { b: '}{' }],
      [4, { c: [1, { d: 2 }] }],
    ]);
  });

  it('reads the elements of a {"records": [...]} envelope, whatever else it holds and however it is printed', () => {
    const doc = {
      before: { records: 'not this' },
      records: [{ x: 1 }, { y: { records: [9] } }],
      after: [{ z: 3 }],
    };
    for (const indent of [undefined, 2, '\t']) {
      const text = JSON.stringify(doc, null, indent);
      const got = items(text);
      expect(got.map((i) => (i.kind === 'record' ? JSON.parse(i.text) : i.reason))).toEqual([
        { x: 1 },
        { y: { records: [9] } },
      ]);
    }
  });

  it('reads the elements of a top-level array, and other envelope keys when asked', () => {
    expect(view(items('[\n{"a":1},\n{"a":2}\n]\n'))).toEqual([
      [2, { a: 1 }],
      [3, { a: 2 }],
    ]);
    expect(view(items('{"entries":[{"a":1},{"a":2}],"nextPageToken":"t"}', undefined, ['entries']))).toEqual([
      [1, { a: 1 }],
      [1, { a: 2 }],
    ]);
    // Without the key, the whole object is one record.
    expect(view(items('{"entries":[{"a":1}]}'))).toEqual([[1, { entries: [{ a: 1 }] }]]);
  });

  it('gives the same items at every chunk size', () => {
    const text =
      '{"records":[{"s":"a \\"quoted\\" } brace","n":[1,2]},{"u":"\\u00e9t\\u00e9 ✓"}]}\n{"line":2}\n[{"arr":1}]\ngarbage here\n{"tail":true}';
    const whole = view(items(text));
    expect(whole).toEqual([
      [1, { s: 'a "quoted" } brace', n: [1, 2] }],
      [1, { u: 'été ✓' }],
      [2, { line: 2 }],
      [3, { arr: 1 }],
      'not JSON@4',
      [5, { tail: true }],
    ]);
    for (let size = 1; size <= 13; size++)
      expect(view(items(text, size)), `chunks of ${size}`).toEqual(whole);
  });

  it('reports a line that ends inside a string and resumes on the next line', () => {
    expect(view(items('{"a":"cut off\n{"b":2}\n'))).toEqual(['bad JSON@1', [2, { b: 2 }]]);
    // Inside an envelope: the cut record is dropped and the next element read.
    expect(view(items('{"records":[\n{"a":"cut\n{"b":2}\n]}'))).toEqual(['bad JSON@2', [3, { b: 2 }]]);
  });

  it('takes a { at the start of a line inside a record as the next record (the previous was cut off)', () => {
    expect(view(items('{"a":{"b":1,\n{"c":3}\n'))).toEqual(['truncated@1', [2, { c: 3 }]]);
    // Indented nested objects are not affected.
    expect(view(items('{"a":\n  {"b":1}\n}\n'))).toEqual([[1, { a: { b: 1 } }]]);
  });

  it('reports a record cut off by the end of input, and an envelope left open', () => {
    expect(view(items('{"a":1}\n{"b":[1,2'))).toEqual([[1, { a: 1 }], 'truncated@2']);
    expect(view(items('{"records":[{"a":1},{"b":'))).toEqual([[1, { a: 1 }], 'truncated@1']);
    expect(view(items('{"records":[{"a":1}'))).toEqual([[1, { a: 1 }], 'truncated@1']);
  });

  it('reports elements that are not objects, and lines that are not JSON', () => {
    expect(view(items('[1, "two", [3], {"ok":4}, null]'))).toEqual([
      'not an object@1',
      'not an object@1',
      'not an object@1',
      [1, { ok: 4 }],
      'not an object@1',
    ]);
    expect(view(items('hello\nworld\n{"a":1}'))).toEqual(['not JSON@1', 'not JSON@2', [3, { a: 1 }]]);
  });

  it('skips records over the size limit, in one chunk or across chunks', () => {
    const text = `{"small":1}\n{"big":"${'x'.repeat(200)}"}\n{"small":2}`;
    for (const size of [text.length, 16]) {
      expect(view(items(text, size, undefined, 100)), `chunks of ${size}`).toEqual([
        [1, { small: 1 }],
        'record too large@2',
        [3, { small: 2 }],
      ]);
    }
  });

  it('jsonRecords streams the same items from an async source', async () => {
    async function* src() {
      yield Buffer.from('{"records":[{"a"');
      yield Buffer.from(':1},{"b":2}]}\n{"c":3}');
    }
    const got: JsonItem[] = [];
    for await (const it of jsonRecords(src())) got.push(it);
    expect(view(got)).toEqual([
      [1, { a: 1 }],
      [1, { b: 2 }],
      [2, { c: 3 }],
    ]);
  });
});
