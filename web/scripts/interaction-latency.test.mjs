import { describe, expect, it } from 'vitest';
import { tapLatencies } from './interaction-latency.mjs';

describe('tapLatencies', () => {
  it("takes each tap's longest entry, ignoring entries of no interaction", () => {
    const entries = [
      { interactionId: 7, duration: 24, target: 'menu' },
      { interactionId: 7, duration: 312, target: 'menu' },
      { interactionId: 0, duration: 900, target: 'menu' },
      { interactionId: 9, duration: 48, target: 'search' },
    ];
    expect(tapLatencies(entries, ['menu', 'search'], 16)).toEqual({ menu: 312, search: 48 });
  });

  it('counts a tap with no entry as faster than the threshold', () => {
    expect(tapLatencies([{ interactionId: 3, duration: 40, target: 'menu' }], ['menu', 'search'], 16)).toEqual({
      menu: 40,
      search: 16,
    });
  });
});
