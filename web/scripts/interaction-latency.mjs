// Interaction to Next Paint as Chrome defines it for one interaction: the Event Timing entries of a tap (pointerdown,
// pointerup, click…) share an interactionId, and the interaction's latency is the longest of their durations. Entries
// shorter than the observer's threshold (16 ms at least) are never reported: an interaction without any counts as
// faster than that threshold.

/**
 * The latency of each tapped target, by name: the longest entry of the interactions whose target lies in it.
 * @param {ReadonlyArray<{ interactionId: number, duration: number, target: string | null }>} entries Event Timing
 *   entries (those without an interaction, interactionId 0, are ignored), `target` naming what was tapped
 * @param {readonly string[]} targets the names the taps were given, in order
 * @param {number} threshold the observer's durationThreshold: the latency of a tap with no entry is below it
 * @returns {Record<string, number>}
 */
export function tapLatencies(entries, targets, threshold) {
  /** @type {Record<string, number>} */
  const latencies = {};
  for (const name of targets) {
    const durations = entries
      .filter((entry) => entry.interactionId > 0 && entry.target === name)
      .map((entry) => entry.duration);
    latencies[name] = durations.length ? Math.max(...durations) : threshold;
  }
  return latencies;
}
