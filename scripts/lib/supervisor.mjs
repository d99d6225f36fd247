// Keeps the product's processes running: one that dies is started again after a pause that grows while it keeps
// dying (1 s, 2 s, 4 s … 30 s) and starts again from 1 s once it has run healthy for a minute.

export const FIRST_DELAY_MS = 1000;
export const MAX_DELAY_MS = 30_000;
export const HEALTHY_AFTER_MS = 60_000;

/**
 * The pause before the next start, given the previous pause and how long the process ran.
 * @param {number} previousDelayMs 0 before the first restart
 * @param {number} ranForMs
 */
export function nextDelay(previousDelayMs, ranForMs) {
  if (previousDelayMs === 0 || ranForMs >= HEALTHY_AFTER_MS) return FIRST_DELAY_MS;
  return Math.min(previousDelayMs * 2, MAX_DELAY_MS);
}

/**
 * @typedef {object} Supervised
 * @property {string} name
 * @property {() => import('./shell.mjs').Service} start starts the process
 * @property {(service: import('./shell.mjs').Service) => Promise<void>} ready resolves once it answers
 */

/**
 * Starts each process in order (each one ready before the next), then restarts any that dies until `stop()`.
 * @param {Supervised[]} processes
 * @param {{ log?: (message: string) => void }} [options]
 */
export async function supervise(processes, { log = (message) => console.error(message) } = {}) {
  /** @type {Map<string, import('./shell.mjs').Service>} */
  const running = new Map();
  /** @type {Set<ReturnType<typeof setTimeout>>} */
  const timers = new Set();
  let stopping = false;
  let restarts = 0;

  /** @param {Supervised} spec @param {number} delayMs */
  const watch = (spec, delayMs) => {
    const service = spec.start();
    const startedAt = Date.now();
    running.set(spec.name, service);
    void service.exited.then(({ code, signal }) => {
      if (stopping) return;
      const delay = nextDelay(delayMs, Date.now() - startedAt);
      log(`\n${spec.name} stopped (${signal ?? `exit ${code}`}); starting it again in ${delay / 1000} s.`);
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (stopping) return;
        restarts += 1;
        const next = watch(spec, delay);
        spec.ready(next).then(
          () => log(`${spec.name} is back.`),
          (error) => log(`${spec.name} did not come back: ${error instanceof Error ? error.message : String(error)}`),
        );
      }, delay);
      timers.add(timer);
    });
    return service;
  };

  const stop = async () => {
    stopping = true;
    for (const timer of timers) clearTimeout(timer);
    await Promise.all([...running.values()].map((service) => service.stop()));
  };

  try {
    for (const spec of processes) await spec.ready(watch(spec, 0));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    stop,
    /** @param {string} name */
    current: (name) => running.get(name),
    restarts: () => restarts,
  };
}
