// A small closed-loop HTTP load generator for benchmarks on loopback: a fixed number of requests over a fixed
// number of keep-alive connections; exact latency percentiles. Bounded in count and in time. A run with any non-2xx
// answer or failed request throws: a 429 or a 500 is fast, and timing it measures the refusal, not the work.
import http from 'node:http';

/**
 * @param {string} url
 * @param {{ connections?: number, requests?: number, maxSeconds?: number, headers?: Record<string, string> }} [options]
 *   headers: sent with every request (e.g. an admin session's Authorization)
 * @returns {Promise<{ p50: number, p95: number, p99: number, rps: number, requests: number, errors: number, statuses: Record<number, number>, cache: Record<string, number> }>}
 */
export async function measure(url, { connections = 10, requests = 400, maxSeconds = 30, headers = {} } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  /** @type {number[]} */
  const latencies = [];
  /** @type {Record<number, number>} */
  const statuses = {};
  /** X-Cache of each answer (HIT, MISS, BYPASS, or none when the response cache is off). */
  /** @type {Record<string, number>} */
  const cache = {};
  let errors = 0;
  /** @type {Set<string>} */
  const errorKinds = new Set();
  let issued = 0;
  const deadline = Date.now() + maxSeconds * 1000;
  const one = () =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      const request = http.get(
        { agent, hostname: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, headers },
        (response) => {
          response.resume();
          response.on('end', () => {
            latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
            statuses[response.statusCode ?? 0] = (statuses[response.statusCode ?? 0] ?? 0) + 1;
            const cacheStatus = String(response.headers['x-cache'] ?? 'none');
            cache[cacheStatus] = (cache[cacheStatus] ?? 0) + 1;
            resolve(undefined);
          });
        },
      );
      request.on('error', (error) => {
        errors += 1;
        errorKinds.add(/** @type {NodeJS.ErrnoException} */ (error).code ?? error.message);
        resolve(undefined);
      });
    });
  const worker = async () => {
    while (issued < requests && Date.now() < deadline) {
      issued += 1;
      await one();
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (/** @type {number} */ q) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  const refused = Object.entries(statuses).filter(([status]) => Number(status) < 200 || Number(status) > 299);
  if (errors > 0 || refused.length > 0) {
    const counts = refused.map(([status, count]) => `${count} × ${status}`).join(', ');
    throw new Error(
      `${url}: ${counts || 'no'} non-2xx answers and ${errors} failed requests (${[...errorKinds].join(', ')}); the figures would measure refusals`,
    );
  }
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    rps: latencies.length / seconds,
    requests: latencies.length,
    errors,
    statuses,
    cache,
  };
}

/**
 * The middle value of a list of figures (the upper one of an even count; NaN for none).
 * @param {number[]} values
 */
export function middle(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}
