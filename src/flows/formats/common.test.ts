import { describe, expect, it } from 'vitest';
import { FlowBatch, ParseStats } from '../batch.js';
import { Addr, BatchWriter, parseRfc3339, writeAddrs } from './common.js';

type Column = { [i: number]: number; length: number };

function columns(b: FlowBatch): [string, Column][] {
  return Object.entries(b).filter((e): e is [string, Column] => ArrayBuffer.isView(e[1]));
}

describe('BatchWriter.add', () => {
  it('resets every column of the slot as FlowBatch.add does (given only IPv6 records hold IPv6 bytes)', () => {
    const capacity = 64;
    const writer = new BatchWriter({
      source: 'x.log',
      emit: () => {},
      stats: new ParseStats(),
      batchSize: capacity,
    });
    const reference = new FlowBatch(capacity);
    expect(columns(reference).length).toBeGreaterThanOrEqual(18);
    // The same leftovers in both batches: earlier records of both families.
    let seed = 7;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    for (const b of [writer.batch, reference]) {
      seed = 7;
      for (const [name, col] of columns(b)) {
        if (name === 'src6' || name === 'dst6') continue;
        for (let i = 0; i < col.length; i++) col[i] = rand();
      }
      for (let i = 0; i < capacity; i++) {
        b.family[i] = i % 3 === 0 ? 6 : 4;
        for (let k = 0; k < 16; k++) {
          b.src6[i * 16 + k] = b.family[i] === 6 ? rand() & 255 : 0;
          b.dst6[i * 16 + k] = b.family[i] === 6 ? rand() & 255 : 0;
        }
      }
    }
    for (let i = 0; i < capacity; i++) {
      expect(writer.add()).toBe(reference.add());
    }
    const ours = Object.fromEntries(columns(writer.batch).map(([n, c]) => [n, Array.from(c)]));
    const theirs = Object.fromEntries(columns(reference).map(([n, c]) => [n, Array.from(c)]));
    // The writer stamps the origin; FlowBatch.add leaves it unset.
    expect(ours.origin).toEqual(Array(capacity).fill(0));
    expect(writer.batch.strings[0]).toBe('x.log');
    delete ours.origin;
    delete theirs.origin;
    expect(ours).toEqual(theirs);
    expect(writer.batch.length).toBe(reference.length);
  });
});

describe('writeAddrs', () => {
  const addr = (s: string) => {
    const a = new Addr();
    expect(a.parseText(s)).toBe(true);
    return a;
  };
  it('stores IPv4 pairs as family 4, IPv6 as 6, and a mixed pair as IPv6 with an IPv4-mapped partner', () => {
    const b = new FlowBatch(4);
    for (const [s, d] of [
      ['10.0.0.1', '10.0.0.2'],
      ['2001:db8::1', '2001:db8::2'],
      ['1.128.0.0', '2a02:cf40::'],
    ] as const) {
      const i = b.add();
      writeAddrs(b, i, addr(s), addr(d));
    }
    const i = b.add();
    writeAddrs(b, i, new Addr(), new Addr());
    expect([0, 1, 2, 3].map((k) => [b.family[k], b.record(k).src, b.record(k).dst])).toEqual([
      [4, '10.0.0.1', '10.0.0.2'],
      [6, '2001:db8::1', '2001:db8::2'],
      [6, '::ffff:180:0', '2a02:cf40::'],
      [0, '', ''],
    ]);
  });
});

describe('parseRfc3339', () => {
  it('reads UTC and offset times with any fraction, to the sub-millisecond', () => {
    expect(parseRfc3339('2024-05-01T12:00:00Z')).toBe(Date.UTC(2024, 4, 1, 12));
    expect(parseRfc3339('2024-05-01T12:00:00.5Z')).toBe(Date.UTC(2024, 4, 1, 12) + 500);
    expect(parseRfc3339('2024-05-01T12:00:00.123456789Z')).toBe(Date.UTC(2024, 4, 1, 12) + 123.456789);
    expect(parseRfc3339('2024-05-01T14:30:00+02:30')).toBe(Date.UTC(2024, 4, 1, 12));
    expect(parseRfc3339('2024-05-01T09:00:00-0300')).toBe(Date.UTC(2024, 4, 1, 12));
    expect(parseRfc3339('2018-11-13T12:00:35.3899262Z')).toBeCloseTo(
      Date.UTC(2018, 10, 13, 12, 0, 35) + 389.9262,
      6,
    );
  });
  it('rejects what is not an RFC 3339 time', () => {
    for (const bad of [
      '',
      '2024-05-01',
      '2024-13-01T00:00:00Z',
      '2024-05-01T25:00:00Z',
      '1714564800',
      '2024-05-01T12:00:00',
    ]) {
      expect(parseRfc3339(bad), bad).toBeNaN();
    }
  });
});
