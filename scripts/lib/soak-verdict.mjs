// @ts-check
// The soak's verdict: samples and games in, the start-versus-end comparison and pass/fail out.
// Pure apart from the log lines, so the rules read apart from the driver in soak.mjs.
import { percentile } from './bench-helpers.mjs';

/** @typedef {{ at: number, rssBytes: number, heapUsedBytes: number, lagP99Ms: number, liveGames: number }} Sample */
/** @typedef {{ lastChangeAt: number, changes: number, lastPhase: string | null }} ScreenState */
/**
 * @typedef {object} Game
 * @property {string} gameId
 * @property {number} questions
 * @property {number} answers
 * @property {number} rejected
 * @property {number} joinFailures
 * @property {number} ackP99Ms
 * @property {number} durationMs
 * @property {number} endedAt
 */
/**
 * @typedef {object} Limits
 * @property {number} maxMemoryGrowthPercent heap; RSS gets twice that (it includes allocator slack)
 * @property {number} maxLatencyGrowthPercent
 * @property {number} latencySlackMs absolute slack on top, so that 4 ms → 7 ms is not a failure
 */

/**
 * Compares the first quarter of the run with the last and decides; logs the comparison.
 * @param {{ samples: Sample[], games: Game[], screenState: ScreenState, endedAt: number, startedAt: number }} run
 * @param {number} players
 * @param {Limits} limits
 * @param {number} screenStaleMs the screen must have changed less than this before the end
 * @param {(line: string) => void} log
 */
export function summarize({ samples, games, screenState, endedAt, startedAt }, players, limits, screenStaleMs, log) {
  const { maxMemoryGrowthPercent, maxLatencyGrowthPercent, latencySlackMs } = limits;
  const span = endedAt - startedAt;
  const quarter = span / 4;
  const first = samples.filter((s) => s.at - startedAt <= quarter);
  const last = samples.filter((s) => endedAt - s.at <= quarter);
  const firstGames = games.filter((g) => g.endedAt - startedAt <= quarter);
  const lastGames = games.filter((g) => endedAt - g.endedAt <= quarter);
  // The very first game warms up code paths and pools: leave it out of "start" when there are others.
  const startGames = firstGames.length > 1 ? firstGames.slice(1) : firstGames.length ? firstGames : games.slice(0, 1);
  const endGames = lastGames.length ? lastGames : games.slice(-1);
  const start = {
    heapUsedMiB: mibNumber(Math.min(...first.map((s) => s.heapUsedBytes))),
    rssMiB: mibNumber(median(first.map((s) => s.rssBytes))),
    lagP99Ms: median(first.map((s) => s.lagP99Ms)),
    ackP99Ms: median(startGames.map((g) => g.ackP99Ms)),
    liveGamesInMemory: first.at(-1)?.liveGames ?? null,
  };
  const end = {
    heapUsedMiB: mibNumber(Math.min(...last.map((s) => s.heapUsedBytes))),
    rssMiB: mibNumber(median(last.map((s) => s.rssBytes))),
    lagP99Ms: median(last.map((s) => s.lagP99Ms)),
    ackP99Ms: median(endGames.map((g) => g.ackP99Ms)),
    liveGamesInMemory: last.at(-1)?.liveGames ?? null,
  };
  /** @type {(a: number, b: number) => number} */
  const growth = (a, b) => (a > 0 ? ((b - a) / a) * 100 : 0);
  /** @type {(a: number, b: number) => boolean} */
  const latencyOk = (a, b) => b <= a * (1 + maxLatencyGrowthPercent / 100) + latencySlackMs;
  const screenAgeMs = endedAt - screenState.lastChangeAt;
  const checks = {
    heap: growth(start.heapUsedMiB, end.heapUsedMiB) < maxMemoryGrowthPercent,
    rss: growth(start.rssMiB, end.rssMiB) < maxMemoryGrowthPercent * 2,
    ack: latencyOk(start.ackP99Ms, end.ackP99Ms),
    lag: latencyOk(start.lagP99Ms, end.lagP99Ms),
    screen: screenAgeMs < screenStaleMs && screenState.changes > 0,
    games: games.length >= 2,
    answers: games.every((g) => g.answers > 0),
  };
  const result = {
    minutes: Number((span / 60_000).toFixed(2)),
    players: players,
    games: games.length,
    answers: games.reduce((n, g) => n + g.answers, 0),
    rejected: games.reduce((n, g) => n + g.rejected, 0),
    joinFailures: games.reduce((n, g) => n + g.joinFailures, 0),
    samples: samples.length,
    start,
    end,
    growthPercent: {
      heap: round1(growth(start.heapUsedMiB, end.heapUsedMiB)),
      rss: round1(growth(start.rssMiB, end.rssMiB)),
      ackP99: round1(growth(start.ackP99Ms, end.ackP99Ms)),
      lagP99: round1(growth(start.lagP99Ms, end.lagP99Ms)),
    },
    screen: { lastChangeAgoMs: screenAgeMs, changes: screenState.changes, lastPhase: screenState.lastPhase },
    limits,
    verdict: { pass: Object.values(checks).every(Boolean), checks },
  };
  log(`${result.games} games, ${result.answers} answers in ${result.minutes} min with ${players} players`);
  log(`            start → end`);
  log(`heap used   ${start.heapUsedMiB} → ${end.heapUsedMiB} MiB (${result.growthPercent.heap} %)`);
  log(`rss         ${start.rssMiB} → ${end.rssMiB} MiB (${result.growthPercent.rss} %)`);
  log(`ack p99     ${start.ackP99Ms.toFixed(0)} → ${end.ackP99Ms.toFixed(0)} ms`);
  log(`lag p99     ${start.lagP99Ms.toFixed(1)} → ${end.lagP99Ms.toFixed(1)} ms`);
  log(
    `games held  ${start.liveGamesInMemory} → ${end.liveGamesInMemory} (ended games stay in memory for the podium, then are evicted)`,
  );
  log(`screen      last state change ${(screenAgeMs / 1000).toFixed(1)} s before the end (${screenState.lastPhase})`);
  log(`verdict     ${result.verdict.pass ? 'PASS' : 'FAIL'} ${JSON.stringify(checks)}`);
  return result;
}

/**
 * The unlabeled (or first) value of each metric in a Prometheus text exposition.
 * @param {string} text
 * @returns {Record<string, number>} a metric the server does not expose reads as undefined
 */
export function parseMetrics(text) {
  /** @type {Record<string, number>} */
  const out = {};
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (match && !(match[1] in out)) out[match[1]] = Number(match[3]);
  }
  return out;
}

/** @param {number[]} values */
function median(values) {
  const finite = values.filter(Number.isFinite);
  return finite.length ? percentile(finite, 50) : NaN;
}

/** @param {number} bytes */
function mibNumber(bytes) {
  return Number((bytes / 1024 / 1024).toFixed(1));
}
/** @param {number | undefined} bytes */
export function mib(bytes) {
  return bytes ? mibNumber(bytes) : '?';
}
/** @param {number} x */
function round1(x) {
  return Math.round(x * 10) / 10;
}
