// @ts-check
// Helpers the benchmark and soak scripts share: arguments, a free port, waiting, percentiles,
// a bounded pool of tasks and a process's resident memory.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * `--key value`, or a bare `--flag` (true).
 * @param {string[]} argv
 * @returns {Partial<Record<string, string | true>>}
 */
export function parseArgs(argv) {
  /** @type {Partial<Record<string, string | true>>} */
  const out = {};
  for (let i = 0; i < argv.length; i += 1) {
    if (!argv[i].startsWith('--')) continue;
    const key = argv[i].slice(2);
    const value = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[(i += 1)] : true;
    out[key] = value;
  }
  return out;
}

/**
 * A TCP port free on 127.0.0.1 right now (for a child server to listen on).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** @param {number} ms */
export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The nearest-rank percentile; NaN for no values.
 * @param {number[]} values
 * @param {number} p 0-100
 */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Runs `task(0)` … `task(count - 1)`, at most `concurrency` at a time.
 * @param {number} count
 * @param {number} concurrency
 * @param {(i: number) => Promise<void>} task
 */
export async function pool(count, concurrency, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/**
 * Resident memory (KiB) of process `pid`, from /proc; NaN without a pid.
 * @param {number | null | undefined} pid
 */
export function rssKib(pid) {
  if (!pid) return NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+)/.exec(status);
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]);
}

/**
 * @param {() => boolean} condition
 * @param {number} timeoutMs
 * @param {() => string} message
 * @param {import('node:child_process').ChildProcess} [child] fails at once if it exits
 */
export async function waitFor(condition, timeoutMs, message, child) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (child?.exitCode !== null && child?.exitCode !== undefined) throw new Error(message());
    if (Date.now() > deadline) throw new Error(message());
    await sleep(100);
  }
}
