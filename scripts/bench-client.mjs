// `npm run bench:client [-- --runs 3 --verbose --url http://host:port --admin-password P]`
//
// The player's first load on a weak phone network (issue 15). Without --url it starts the built
// server (server/dist and client/dist, rebuilt first when stale) in production mode on an embedded
// PostgreSQL in a fresh temporary folder with the demo data. Then:
//   1. signs in as admin and starts a live game from the demo quiz;
//   2. opens a unit's QR link (`/play/<PIN>?unit=<id>`, as the host's join panel prints it) in
//      Chromium with CDP network throttling (400 kbit/s down and up, 400 ms latency), in a fresh
//      browser context: the cold load, until the name field can be typed in (`*_ms`: the page has
//      the game's information) and until the join button is enabled too (`*_join_ms`: its socket
//      is connected as well);
//   3. opens the same link again in the same context: the repeat visit (warm HTTP cache).
// Each run is a new context; the figures are the medians of --runs runs (3 by default). Bytes are
// what went over the wire (Network.loadingFinished encodedDataLength: headers and compressed
// bodies, the websocket's frames not counted); --verbose lists each response. Ends with exactly one line:
//   runs=3 cold_bytes=... cold_ms=... warm_bytes=... warm_ms=... cold_join_ms=... warm_join_ms=...
import { existsSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildIfStale } from './build-if-stale.mjs';
import { gql, parseArgs, percentile, startBuiltServer, startDemoLiveGame } from './lib/bench-helpers.mjs';

/** @typedef {import('node:child_process').ChildProcess} ChildProcess */
/** @typedef {{ bytes: number, ms: number, joinMs: number }} Load */

const args = parseArgs(process.argv.slice(2));
/** @param {string} line */
const log = (line) => process.stderr.write(`${line}\n`);

const RUNS = Number(args.runs ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** 400 kbit/s each way, 400 ms round trip: a crowded hall's 3G. */
const NETWORK = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const READY_TIMEOUT_MS = 120_000;

/** @type {ChildProcess[]} */
const children = [];
/** @type {string | null} */
let dataDir = null;
/** @type {import('playwright-core').Browser | null} */
let browser = null;
try {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a positive integer');
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  if (!args.url && !args['no-build']) buildIfStale();
  const target = args.url
    ? external()
    : await startBuiltServer(children, { name: 'bench-client', log }).then((s) => {
        dataDir = s.dataDir;
        return s;
      });
  const link = await unitQrLink(target);
  log(`unit QR link: ${link}`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  /** @type {Load[]} */
  const cold = [];
  /** @type {Load[]} */
  const warm = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    try {
      const page = await context.newPage();
      cold.push(await load(page, link));
      warm.push(await load(page, link));
      log(`run ${run}: cold ${JSON.stringify(cold.at(-1))} warm ${JSON.stringify(warm.at(-1))}`);
    } finally {
      await context.close();
    }
  }
  /** @param {Load[]} loads @param {'bytes' | 'ms' | 'joinMs'} key */
  const median = (loads, key) =>
    percentile(
      loads.map((l) => l[key]),
      50,
    ).toFixed(0);
  process.stdout.write(
    `runs=${RUNS} cold_bytes=${median(cold, 'bytes')} cold_ms=${median(cold, 'ms')} ` +
      `warm_bytes=${median(warm, 'bytes')} warm_ms=${median(warm, 'ms')} ` +
      `cold_join_ms=${median(cold, 'joinMs')} warm_join_ms=${median(warm, 'joinMs')}\n`,
  );
} catch (error) {
  log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.filter((c) => c.exitCode === null).map((c) => new Promise((r) => c.once('exit', r))));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Opens `url` on the throttled network: the bytes received and the time until the name form is usable.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @returns {Promise<Load>}
 */
async function load(page, url) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  let bytes = 0;
  /** @type {Map<string, string>} */
  const urls = new Map();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    if (args.verbose) log(`  ${event.encodedDataLength} ${urls.get(event.requestId) ?? event.requestId}`);
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
  /** @param {boolean} withSubmit */
  const ready = (withSubmit) =>
    page.waitForFunction(
      (submitToo) => {
        const name = document.querySelector('[data-testid="join-name"]');
        const submit = document.querySelector('[data-testid="join-submit"]');
        if (!(name instanceof HTMLInputElement) || name.disabled || name.readOnly) return false;
        return !submitToo || (submit instanceof HTMLButtonElement && !submit.disabled);
      },
      withSubmit,
      { timeout: READY_TIMEOUT_MS, polling: 50 },
    );
  await ready(false);
  const ms = Date.now() - started;
  await ready(true);
  const joinMs = Date.now() - started;
  await cdp.detach();
  return { bytes, ms, joinMs };
}

/**
 * A live game from the demo quiz and the QR link of one of its units.
 * @param {{ url: string, adminPassword: string }} target
 */
async function unitQrLink(target) {
  const { token, pin } = await startDemoLiveGame(target.url, target.adminPassword, { allowLateJoin: true });
  /** @type {{ units: { id: string }[] }} */
  const { units } = await gql(target.url, '{ units { id } }', {}, token);
  if (!units[0]) throw new Error('the server has no unit (load the demo data)');
  return `${target.url}/play/${pin}?unit=${units[0].id}`;
}

function external() {
  const adminPassword = args['admin-password'] ?? process.env.ADMIN_PASSWORD;
  if (!adminPassword) throw new Error('with --url, give --admin-password (or ADMIN_PASSWORD)');
  return { url: String(args.url).replace(/\/$/, ''), adminPassword: String(adminPassword) };
}
