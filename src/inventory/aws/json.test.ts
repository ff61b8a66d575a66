import { describe, expect, it } from 'vitest';
import { errorCategory, parseCliError, parseJson } from './json.js';

describe('parseJson', () => {
  it('parses like JSON.parse and keeps the line of objects, arrays and array elements', () => {
    const text = '{\n  "a": [\n    {"b": 1},\n    "two",\n    [3]\n  ],\n  "s": "x\\u0041\\n"\n}\n';
    const parsed = parseJson(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value).toEqual(JSON.parse(text));
    const a = (parsed.value as { a: unknown[] }).a;
    expect(parsed.lineOf(parsed.value)).toBe(1);
    expect(parsed.lineOf(a)).toBe(2);
    expect(parsed.lineOf(a[0])).toBe(3);
    expect(parsed.lineOf(a, 1)).toBe(4);
    expect(parsed.lineOf(a[2])).toBe(5);
    expect(parsed.lineOf('not a node')).toBeUndefined();
  });

  it('reports the line and column of a syntax error', () => {
    const missingComma = parseJson('{\n  "a": 1\n  "b": 2\n}');
    expect(missingComma).toEqual({
      ok: false,
      error: {
        line: 3,
        column: 3,
        message: `invalid JSON: expected ',' or '}' after the value of "a" but found '"'`,
      },
    });
    const truncated = parseJson('{\n  "a": [1, 2');
    expect(truncated.ok ? undefined : truncated.error).toMatchObject({
      line: 2,
      message: expect.stringContaining('end of input'),
    });
    const trailing = parseJson('{"a": 1}\n{"b": 2}');
    expect(trailing.ok ? undefined : trailing.error).toMatchObject({ line: 2, column: 1 });
    const rawNewline = parseJson('{"a": "x\ny"}');
    expect(rawNewline.ok ? undefined : rawNewline.error.message).toMatch(/control character/);
  });

  it('keeps a "__proto__" key as data', () => {
    const parsed = parseJson('{"__proto__": {"polluted": true}}');
    if (!parsed.ok) throw new Error('parse failed');
    expect(Object.keys(parsed.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('CLI error text', () => {
  it('recognises what the AWS CLI prints when a call fails', () => {
    expect(
      parseCliError(
        '\nAn error occurred (NoSuchBucketPolicy) when calling the GetBucketPolicy operation: The bucket policy does not exist\n',
      ),
    ).toEqual({
      code: 'NoSuchBucketPolicy',
      operation: 'GetBucketPolicy',
      message: 'The bucket policy does not exist',
    });
    expect(
      parseCliError(
        'An error occurred (Throttling) when calling the DescribeTrails operation (reached max retries: 2): Rate exceeded',
      ),
    ).toMatchObject({ code: 'Throttling', message: 'Rate exceeded' });
    expect(
      parseCliError('Could not connect to the endpoint URL: "https://ec2.ap-east-2.amazonaws.com/"'),
    ).toMatchObject({
      code: 'EndpointConnectionError',
    });
    expect(parseCliError('{"Vpcs": []}')).toBeUndefined();
    expect(errorCategory('AccessDeniedException')).toBe('access-denied');
    expect(errorCategory('UnauthorizedOperation')).toBe('access-denied');
    expect(errorCategory('RequestLimitExceeded')).toBe('throttled');
    expect(errorCategory('OptInRequired')).toBe('unsupported-region');
    expect(errorCategory('ResourceNotFoundException')).toBe('not-found');
    expect(errorCategory('InternalError')).toBe('error');
  });
});
