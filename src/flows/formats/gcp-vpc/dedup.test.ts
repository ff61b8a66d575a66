import { describe, expect, it } from 'vitest';
import { FlowDeduper } from './index.js';

const SRC = 1;
const DEST = 2;
const MIN = 60_000;

describe('FlowDeduper', () => {
  it('drops the other side of a flow when the intervals overlap, once', () => {
    const d = new FlowDeduper(15 * MIN, 1000, 1000);
    expect(d.isDuplicate('6 a 1 b 2', SRC, 0, 5000)).toBe(false);
    expect(d.isDuplicate('6 a 1 b 2', DEST, 4000, 9000)).toBe(true);
    expect(d.pending).toBe(0);
    // A third report of the same flow is new again.
    expect(d.isDuplicate('6 a 1 b 2', DEST, 4000, 9000)).toBe(false);
  });

  it('keeps same-side reports, other 5-tuples, and intervals that do not overlap', () => {
    const d = new FlowDeduper(15 * MIN, 1000, 1000);
    expect(d.isDuplicate('k', SRC, 0, 5000)).toBe(false);
    expect(d.isDuplicate('k', SRC, 0, 5000)).toBe(false);
    expect(d.isDuplicate('other', DEST, 0, 5000)).toBe(false);
    expect(d.isDuplicate('k', DEST, 10_000, 20_000)).toBe(false);
    // Within the 1 s slack it still matches.
    expect(d.isDuplicate('k', DEST, 5_900, 7_000)).toBe(true);
    expect(d.pending).toBe(3);
  });

  it('forgets reports older than the window behind the newest end time', () => {
    const d = new FlowDeduper(10 * MIN, 1000, 0);
    expect(d.isDuplicate('old', SRC, 0, MIN)).toBe(false);
    expect(d.isDuplicate('new', SRC, 20 * MIN, 21 * MIN)).toBe(false);
    expect(d.pending).toBe(1);
    // The old report's other half arrives too late to be matched.
    expect(d.isDuplicate('old', DEST, 0, MIN)).toBe(false);
  });

  it('never holds more than maxPending reports, dropping the oldest first', () => {
    const d = new FlowDeduper(24 * 60 * MIN, 100, 0);
    for (let i = 0; i < 10_000; i++) {
      expect(d.isDuplicate(`k${i}`, SRC, i, i + 1)).toBe(false);
      expect(d.pending).toBeLessThanOrEqual(100);
    }
    expect(d.isDuplicate('k9999', DEST, 9999, 10_000)).toBe(true);
    expect(d.isDuplicate('k0', DEST, 0, 1)).toBe(false);
  });
});
