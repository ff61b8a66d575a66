import { describe, expect, it } from 'vitest';
import { ipv6ToString } from '../batch.js';
import {
  bytesEqual,
  LineReader,
  parseDecimalBytes,
  parseIPv4Bytes,
  parseIPv4Text,
  parseIPv6Bytes,
  parseIPv6Text,
  parseUintBytes,
  splitLines,
} from './lines.js';

const enc = (s: string) => Buffer.from(s, 'latin1');

/** Runs a LineReader over `chunks`, returning [line number, text, overlong] for each line. */
function readAll(chunks: Uint8Array[], max?: number): [number, string, boolean][] {
  const r = new LineReader(max);
  const out: [number, string, boolean][] = [];
  for (const c of chunks) {
    r.feed(c);
    while (r.next()) out.push([r.line, r.buf.toString('latin1', r.start, r.end), r.overlong]);
  }
  if (r.finish()) out.push([r.line, r.buf.toString('latin1', r.start, r.end), r.overlong]);
  return out;
}

function split(data: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) out.push(data.subarray(i, i + size));
  return out;
}

describe('LineReader', () => {
  const text = 'first line\nsecond\r\n\nfourth after an empty one\r\nlast, no newline';
  const want: [number, string, boolean][] = [
    [1, 'first line', false],
    [2, 'second', false],
    [3, '', false],
    [4, 'fourth after an empty one', false],
    [5, 'last, no newline', false],
  ];

  it('splits lines, strips CRLF, numbers from 1, and keeps a final line without a newline', () => {
    expect(readAll([enc(text)])).toEqual(want);
  });

  it('gives the same lines whatever the chunk boundaries, including inside a CRLF', () => {
    const data = enc(text);
    for (let size = 1; size <= data.length; size++)
      expect(readAll(split(data, size)), `chunks of ${size}`).toEqual(want);
    // Every two-way split.
    for (let cut = 0; cut <= data.length; cut++)
      expect(readAll([data.subarray(0, cut), data.subarray(cut)])).toEqual(want);
  });

  it('yields no extra empty line after a final newline, and nothing for empty input', () => {
    expect(readAll([enc('a\nb\n')])).toEqual([
      [1, 'a', false],
      [2, 'b', false],
    ]);
    expect(readAll([])).toEqual([]);
    expect(readAll([enc(''), enc('')])).toEqual([]);
    expect(readAll([enc('\n')])).toEqual([[1, '', false]]);
  });

  it('flags lines longer than the limit and keeps their first bytes, in one chunk or many', () => {
    const data = enc(`short\n${'x'.repeat(50)}\nafter\n${'y'.repeat(30)}`);
    for (const size of [data.length, 1, 7]) {
      expect(readAll(split(data, size), 20), `chunks of ${size}`).toEqual([
        [1, 'short', false],
        [2, 'x'.repeat(20), true],
        [3, 'after', false],
        [4, 'y'.repeat(20), true],
      ]);
    }
  });

  it('handles lines much longer than its initial carry buffer', () => {
    const long = 'z'.repeat(100_000);
    expect(readAll(split(enc(`${long}\nend`), 333))).toEqual([
      [1, long, false],
      [2, 'end', false],
    ]);
  });

  it('splitLines yields copies that stay valid', async () => {
    async function* src() {
      yield enc('ab');
      yield enc('c\nde');
      yield enc('f\r\n');
    }
    const got: string[] = [];
    for await (const l of splitLines(src())) got.push(`${l.line}:${Buffer.from(l.bytes).toString()}`);
    expect(got).toEqual(['1:abc', '2:def']);
  });
});

describe('parseUintBytes', () => {
  const p = (s: string) => parseUintBytes(enc(s), 0, s.length);
  it('reads digits and rejects anything else', () => {
    expect(p('0')).toBe(0);
    expect(p('65535')).toBe(65535);
    expect(p('1418530010')).toBe(1418530010);
    expect(p('999999999999999')).toBe(999999999999999);
    for (const bad of ['', '-', '-1', '1a', ' 1', '1.5', '1234567890123456']) expect(p(bad), bad).toBe(-1);
  });
  it('reads a range within a larger buffer', () => {
    const b = enc('x 4249 y');
    expect(parseUintBytes(b, 2, 6)).toBe(4249);
  });
});

describe('parseDecimalBytes', () => {
  const p = (s: string, scale?: number) => parseDecimalBytes(enc(s), 0, s.length, scale);
  it('reads integers and fractions, scaled', () => {
    expect(p('12')).toBe(12);
    expect(p('1547188415.857497', 1000)).toBeCloseTo(1547188415857.497, 3);
    expect(p('0.076967', 1000)).toBeCloseTo(76.967, 9);
    expect(p('2.5', 1000)).toBe(2500);
  });
  it('rejects malformed numbers', () => {
    for (const bad of ['', '.5', '5.', '1e5', '-1', 'a', '1.2.3']) expect(p(bad), bad).toBeNaN();
  });
});

describe('parseIPv4Bytes', () => {
  it('turns dotted quads into host-order uint32', () => {
    expect(parseIPv4Text('10.0.0.1')).toBe(0x0a000001);
    expect(parseIPv4Text('0.0.0.0')).toBe(0);
    expect(parseIPv4Text('255.255.255.255')).toBe(0xffffffff);
    expect(parseIPv4Text('172.31.16.139')).toBe(((172 << 24) >>> 0) + (31 << 16) + (16 << 8) + 139);
    const b = enc('src=192.168.1.254;');
    expect(parseIPv4Bytes(b, 4, 17)).toBe(0xc0a801fe);
  });
  it('rejects anything that is not four decimal octets', () => {
    for (const bad of [
      '',
      '1.2.3',
      '1.2.3.4.5',
      '256.0.0.1',
      '1.2.3.256',
      '1..2.3',
      '.1.2.3',
      '1.2.3.',
      '1.2.3.4a',
      '1234.1.1.1',
      'a.b.c.d',
      '-',
      '::1',
    ]) {
      expect(parseIPv4Text(bad), bad).toBe(-1);
    }
  });
});

describe('parseIPv6Bytes', () => {
  const bytes = (s: string) => {
    const out = new Uint8Array(16);
    return parseIPv6Text(s, out, 0) ? [...out] : null;
  };
  const hex = (h: string) => [...Buffer.from(h.replace(/[^0-9a-f]/g, ''), 'hex')];

  it('reads the RFC 4291 text forms', () => {
    expect(bytes('2001:db8:0:0:8:800:200c:417a')).toEqual(hex('20010db8 00000000 00080800 200c417a'));
    expect(bytes('2001:DB8::8:800:200C:417A')).toEqual(hex('20010db8 00000000 00080800 200c417a'));
    expect(bytes('::1')).toEqual(hex('00000000 00000000 00000000 00000001'));
    expect(bytes('::')).toEqual(hex('00000000 00000000 00000000 00000000'));
    expect(bytes('ff01::')).toEqual(hex('ff010000 00000000 00000000 00000000'));
    expect(bytes('2a02:cf40::')).toEqual(hex('2a02cf40 00000000 00000000 00000000'));
    expect(bytes('::ffff:192.0.2.128')).toEqual(hex('00000000 00000000 0000ffff c0000280'));
    expect(bytes('64:ff9b::198.51.100.7')).toEqual(hex('0064ff9b 00000000 00000000 c6336407'));
    expect(bytes('1:2:3:4:5:6:7::')).toEqual(hex('00010002 00030004 00050006 00070000'));
    expect(bytes('::2:3:4:5:6:7:8')).toEqual(hex('00000002 00030004 00050006 00070008'));
  });

  it('rejects malformed text', () => {
    for (const bad of [
      '',
      ':',
      ':::',
      '1:2:3:4:5:6:7',
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      '12345::',
      '1:2:3:4:5:6:7:8::',
      '::1:2:3:4:5:6:7:8',
      '1:',
      ':1',
      'g::1',
      'fe80::1%eth0',
      '::ffff:1.2.3',
      '::ffff:1.2.3.4:5',
      '1:2:3:4:5:6:7:1.2.3.4',
      '10.0.0.1',
    ]) {
      expect(bytes(bad), bad).toBeNull();
    }
  });

  it('round-trips random addresses through the RFC 5952 printer', () => {
    let seed = 99;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 16;
    };
    for (let n = 0; n < 2000; n++) {
      const a = new Uint8Array(16);
      // Zero runs of random length, so the :: compression is exercised.
      for (let g = 0; g < 8; g++) {
        const v = rand() % 3 === 0 ? 0 : rand() & 0xffff;
        a[2 * g] = v >> 8;
        a[2 * g + 1] = v & 255;
      }
      const text = ipv6ToString(a, 0);
      const out = new Uint8Array(20);
      expect(parseIPv6Bytes(enc(`[${text}]`), 1, text.length + 1, out, 2), text).toBe(true);
      expect([...out.subarray(2, 18)], text).toEqual([...a]);
    }
  });
});

describe('bytesEqual', () => {
  it('compares a byte range with ASCII text', () => {
    const b = enc('x ACCEPT y');
    expect(bytesEqual(b, 2, 8, 'ACCEPT')).toBe(true);
    expect(bytesEqual(b, 2, 8, 'REJECT')).toBe(false);
    expect(bytesEqual(b, 2, 7, 'ACCEPT')).toBe(false);
  });
});
