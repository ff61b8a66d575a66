import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from './json.js';

describe('parseJsonDocument', () => {
  it('parses like JSON.parse and gives the line each record starts on', () => {
    const text =
      '{\n  "count": 2,\n  "data": [\n    { "a": 1 },\n\n    {\n      "b": [1, 2.5e3, -0.5, true, false, null, "x\\u00e9\\n"]\n    }\n  ]\n}\n';
    const doc = parseJsonDocument(text);
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    expect(doc.value).toEqual(JSON.parse(text));
    expect(doc.recordLines).toEqual([4, 6]);
    const data = (doc.value as { data: object[] }).data;
    expect(doc.lineOf(data[1])).toBe(6);
    expect(doc.lineOf((data[1] as { b: object }).b)).toBe(7);
  });

  it('takes records from a top-level array or a `value` array, and a byte-order mark is ignored', () => {
    const arr = parseJsonDocument('\uFEFF[\n {"x": 1},\n {"y": 2}\n]');
    expect(arr.ok && arr.recordLines).toEqual([2, 3]);
    const list = parseJsonDocument('{"value": [\n{}]}');
    expect(list.ok && list.recordLines).toEqual([2]);
    // Arrays deeper down are not records.
    const nested = parseJsonDocument('{"meta": {"data": [1]}}');
    expect(nested.ok && nested.recordLines).toEqual([]);
  });

  it('keeps `__proto__` as an ordinary key', () => {
    const doc = parseJsonDocument('{"__proto__": {"polluted": true}}');
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    expect(Object.getPrototypeOf(doc.value)).toBe(Object.prototype);
    expect(Object.keys(doc.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects what JSON rejects, at the right line and column', () => {
    const cases: [string, number, number, RegExp][] = [
      ['{"a": 1,}', 1, 9, /a property name in double quotes but found '}'/],
      ['[1, 2,\n]', 2, 1, /a value but found '\]'/],
      ["{'a': 1}", 1, 2, /a property name in double quotes/],
      ['{"a": "line\nbreak"}', 1, 12, /closing quote before the end of the line/],
      ['{"a": "\\x"}', 1, 9, /valid escape sequence/],
      ['[1 2]', 1, 4, /',' or '\]' after an array element/],
      ['{"a": 01}', 1, 8, /',' or '}' after a property value but found '1'/],
      ['{"a": 1}\n{"b": 2}', 2, 1, /the end of the file after the JSON value/],
      ['[NaN]', 1, 2, /a value but found 'N'/],
      ['  ', 1, 3, /a JSON value but found the end of the file/],
      ['{"a": [1, {"b": ', 1, 17, /a value but found the end of the file/],
    ];
    for (const [text, line, column, message] of cases) {
      const doc = parseJsonDocument(text);
      expect(doc.ok, text).toBe(false);
      if (doc.ok) continue;
      expect([doc.error.line, doc.error.column], text).toEqual([line, column]);
      expect(doc.error.message, text).toMatch(message);
    }
  });

  it('stops at absurd nesting instead of overflowing the stack', () => {
    const doc = parseJsonDocument(`${'['.repeat(600)}${']'.repeat(600)}`);
    expect(doc.ok).toBe(false);
    if (!doc.ok) expect(doc.error.message).toMatch(/nesting|nested/);
  });
});
