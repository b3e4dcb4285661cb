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
const failedSuites = [];

function runJest(workspace) {
  const report = join(reports, `${workspace}.json`);
  process.stdout.write(`\n=== ${workspace} ===\n`);
  const result = spawnSync('npm', ['test', '-w', workspace, '--', '--json', `--outputFile=${report}`], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    if (json.numRuntimeErrorTestSuites > 0) totals.failed += json.numRuntimeErrorTestSuites;
  }
  if (result.status !== 0) failedSuites.push(workspace);
}

/** The client's vitest suite; its JSON report has jest's field names (no runtime-error count). */
function runVitest(workspace) {
  const report = join(reports, `${workspace}.json`);
  process.stdout.write(`\n=== ${workspace} ===\n`);
  const result = spawnSync(
    'npm',
    ['test', '-w', workspace, '--', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    // A test file that fails to load has no failed test but is a failed suite.
    if (!json.success && json.numFailedTests === 0) totals.failed += Math.max(1, json.numFailedTestSuites);
  }
  if (result.status !== 0) failedSuites.push(workspace);
}

runJest('shared');
runJest('server');
runVitest('client');
buildIfStale();
runJest('test');

process.stdout.write(`\n${failedSuites.length ? `Failed: ${failedSuites.join(', ')}\n` : ''}`);
process.stdout.write(`Total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failedSuites.length > 0 || totals.failed > 0 ? 1 : 0);
