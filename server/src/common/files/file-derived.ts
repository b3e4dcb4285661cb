import { statSync } from 'node:fs';

/** How often a file is stat'ed at most: a request costs nothing more between two checks. */
export const FILE_CHECK_INTERVAL_MS = 1000;

/**
 * A value made from a file (its text, a listing of its folder), made again when the file's
 * modification time or size changes, which is checked at most once per interval: a rebuilt
 * client is served without restarting the server. `alsoWatch` (folders: their mtime moves
 * when a file is added or removed) may be missing. While the file is missing or the value
 * cannot be made (a build in the middle of emptying the folder), the last good value is kept
 * and the next check tries again; the first one is made at once, so a missing file fails there.
 */
export function derivedFromFile<T>(
  path: string,
  make: () => T,
  {
    alsoWatch = [],
    intervalMs = FILE_CHECK_INTERVAL_MS,
    now = Date.now,
  }: { alsoWatch?: readonly string[]; intervalMs?: number; now?: () => number } = {},
): () => T {
  const stamp = () => {
    const s = statSync(path);
    const others = alsoWatch.map((p) => statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? '-');
    return [s.mtimeMs, s.size, ...others].join(':');
  };
  let seen = stamp();
  let value = make();
  let checkedAt = now();
  return () => {
    if (now() - checkedAt < intervalMs) return value;
    checkedAt = now();
    try {
      const current = stamp();
      if (current !== seen) {
        value = make();
        seen = current;
      }
    } catch {
      // Kept as it was; the next check tries again.
    }
    return value;
  };
}
