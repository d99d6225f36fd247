// Cumulative Layout Shift as Chrome reports it (web-vitals' definition): layout shifts without recent input, grouped
// into session windows (a shift less than 1 s after the previous one and less than 5 s after the window's first joins
// that window); the score is the largest window's sum.

const GAP_MS = 1000;
const WINDOW_MS = 5000;

/**
 * @param {ReadonlyArray<{ startTime: number, value: number, hadRecentInput?: boolean }>} shifts in any order
 * @returns {number}
 */
export function cumulativeLayoutShift(shifts) {
  const counted = shifts.filter((shift) => !shift.hadRecentInput).sort((a, b) => a.startTime - b.startTime);
  let largest = 0;
  let sum = 0;
  let first = -Infinity;
  let previous = -Infinity;
  for (const shift of counted) {
    if (shift.startTime - previous >= GAP_MS || shift.startTime - first >= WINDOW_MS) {
      sum = 0;
      first = shift.startTime;
    }
    sum += shift.value;
    previous = shift.startTime;
    largest = Math.max(largest, sum);
  }
  return largest;
}
