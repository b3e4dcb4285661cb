import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { derivedFromFile } from './file-derived.js';

describe('derivedFromFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-derived-'));
  const path = join(dir, 'index.html');
  let clock = 0;
  const touch = (text: string, seconds: number) => {
    writeFileSync(path, text);
    utimesSync(path, seconds, seconds);
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes the value again when the file changes, looking at most once per interval, and keeps it while the file is gone', () => {
    touch('v1', 1_000);
    let made = 0;
    const read = derivedFromFile(
      path,
      () => {
        made += 1;
        return `${made}`;
      },
      { now: () => clock },
    );
    expect(read()).toBe('1');
    touch('v2', 2_000);
    clock = 999;
    expect(read()).toBe('1'); // not looked at yet
    clock = 1_000;
    expect(read()).toBe('2');
    clock = 2_000;
    expect(read()).toBe('2'); // unchanged: not made again
    expect(made).toBe(2);

    rmSync(path);
    clock = 3_000;
    expect(read()).toBe('2');
    touch('v3', 3_000);
    clock = 4_000;
    expect(read()).toBe('3');
  });

  it('keeps the last value when making a new one fails, and tries again at the next check', () => {
    touch('a', 5_000);
    let fail = false;
    const read = derivedFromFile(
      path,
      () => {
        if (fail) throw new Error('half-written build');
        return 'good';
      },
      { now: () => clock },
    );
    fail = true;
    touch('b', 6_000);
    clock += 1_000;
    expect(read()).toBe('good');
    fail = false;
    clock += 1_000;
    expect(read()).toBe('good');
    expect(() => derivedFromFile(join(dir, 'missing.html'), () => 'x')).toThrow();
  });
});
