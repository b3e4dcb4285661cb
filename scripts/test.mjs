// @ts-check
// `npm test`: every suite in order (shared, server, the client's component tests, then the
// black-box tests in test/ against a fresh build), ending with one summary line over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = new URL('..', import.meta.url).pathname;
const reports = mkdtempSync(join(tmpdir(), 'thidua-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
/** @type {string[]} */
const failedSuites = [];

/** @param {string} workspace */
function runJest(workspace) {
  const report = join(reports, `${workspace}.json`);
  process.stdout.write(`\n=== ${workspace} ===\n`);
  const result = spawnSync('npm', ['test', '-w', workspace, '--', '--json', `--outputFile=${report}`], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (existsSync(report)) {
    const json = readReport(report);
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    const runtimeErrors = json.numRuntimeErrorTestSuites ?? 0;
    if (runtimeErrors > 0) totals.failed += runtimeErrors;
  }
  if (result.status !== 0) failedSuites.push(workspace);
}

/**
 * The client's vitest suite; its JSON report has jest's field names (no runtime-error count).
 * @param {string} workspace
 */
function runVitest(workspace) {
  const report = join(reports, `${workspace}.json`);
  process.stdout.write(`\n=== ${workspace} ===\n`);
  const result = spawnSync(
    'npm',
    ['test', '-w', workspace, '--', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (existsSync(report)) {
    const json = readReport(report);
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    // A test file that fails to load has no failed test but is a failed suite.
    if (!json.success && json.numFailedTests === 0) totals.failed += Math.max(1, json.numFailedTestSuites);
  }
  if (result.status !== 0) failedSuites.push(workspace);
}

/**
 * The fields of a jest (or vitest) JSON report that the summary adds up.
 * @typedef {object} TestReport
 * @property {boolean} success
 * @property {number} numPassedTests
 * @property {number} numFailedTests
 * @property {number} numPendingTests
 * @property {number} numTodoTests
 * @property {number} numFailedTestSuites
 * @property {number} [numRuntimeErrorTestSuites] jest only
 */

/**
 * @param {string} path
 * @returns {TestReport}
 */
function readReport(path) {
  /** @type {unknown} */
  const json = JSON.parse(readFileSync(path, 'utf8'));
  return /** @type {TestReport} */ (json);
}

runJest('shared');
runJest('server');
runVitest('client');
buildIfStale();
runJest('test');

process.stdout.write(`\n${failedSuites.length ? `Failed: ${failedSuites.join(', ')}\n` : ''}`);
process.stdout.write(`Total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failedSuites.length > 0 || totals.failed > 0 ? 1 : 0);
