import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freshDatabaseUrl } from '../support/database.js';
import { ROOT } from '../support/server-process.js';

/**
 * The short soak in CI (issue 7, "Soak"): `scripts/soak.mjs` for 45 s with 50 players
 * on the built server, game after game. The full one (`npm run soak -- --minutes 30
 * --players 300`) is run by hand; this one guards against unbounded growth with
 * generous margins (a short run on a busy CI machine is noisy) and checks that the
 * screen is still updating at the end.
 */

interface SoakResult {
  games: number;
  answers: number;
  rejected: number;
  joinFailures: number;
  start: { heapUsedMiB: number; rssMiB: number; ackP99Ms: number; lagP99Ms: number };
  end: { heapUsedMiB: number; rssMiB: number; ackP99Ms: number; lagP99Ms: number };
  screen: { lastChangeAgoMs: number; changes: number };
  verdict: { pass: boolean; checks: Record<string, boolean> };
}

describe('soak, short version', () => {
  let db: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  beforeAll(async () => {
    db = await freshDatabaseUrl('soak_short');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('plays game after game with 50 players: no unbounded growth, acks stay fast, the screen keeps updating', async () => {
    const args = [
      join(ROOT, 'scripts/soak.mjs'),
      '--seconds',
      '45',
      '--players',
      '50',
      '--no-build',
      '--max-memory-growth',
      '60',
      '--max-latency-growth',
      '200',
      ...(db.url ? ['--database-url', db.url] : []),
    ];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    const line = stdout.split('\n').find((l) => l.startsWith('SOAK '));
    if (!line) throw new Error(`no result (exit ${code}):\n${stderr.slice(-3000)}`);
    const result = JSON.parse(line.slice(5)) as SoakResult;
    process.stdout.write(`${stderr.split('\n').slice(-9).join('\n')}\n`);

    expect(result.games).toBeGreaterThanOrEqual(5);
    expect(result.joinFailures).toBe(0);
    expect(result.rejected).toBe(0);
    expect(result.answers).toBe(result.games * 50 * 3);
    expect(result.screen.lastChangeAgoMs).toBeLessThan(10_000);
    expect(result.end.ackP99Ms).toBeLessThan(1000);
    expect(result.verdict.checks).toEqual(Object.fromEntries(Object.keys(result.verdict.checks).map((k) => [k, true])));
    expect(code).toBe(0);
  }, 120_000);
});
