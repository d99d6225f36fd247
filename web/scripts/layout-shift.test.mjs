import { describe, expect, it } from 'vitest';
import { cumulativeLayoutShift } from './layout-shift.mjs';

describe('cumulativeLayoutShift', () => {
  it('is 0 without shifts', () => {
    expect(cumulativeLayoutShift([])).toBe(0);
  });

  it('sums shifts less than 1 s apart into one window', () => {
    const shifts = [
      { startTime: 100, value: 0.01 },
      { startTime: 900, value: 0.02 },
      { startTime: 1800, value: 0.03 },
    ];
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.06, 10);
  });

  it('takes the largest window, not the sum of all, when shifts are 1 s or more apart', () => {
    const shifts = [
      { startTime: 0, value: 0.04 },
      { startTime: 1000, value: 0.03 },
      { startTime: 1500, value: 0.02 },
      { startTime: 4000, value: 0.01 },
    ];
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.05, 10);
  });

  it('closes a window 5 s after its first shift, however close the next shift comes', () => {
    const shifts = Array.from({ length: 12 }, (_, index) => ({ startTime: index * 500, value: 0.01 }));
    // 0, 500, …, 4500 ms form the first window (10 shifts); 5000 and 5500 ms a second.
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.1, 10);
  });

  it('leaves out shifts that follow the reader’s input, and sorts what it is given', () => {
    const shifts = [
      { startTime: 800, value: 0.02 },
      { startTime: 300, value: 0.5, hadRecentInput: true },
      { startTime: 200, value: 0.01 },
    ];
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.03, 10);
  });
});
