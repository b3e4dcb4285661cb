import { GroupCommit } from './group-commit.js';

interface Item {
  key: string;
  value: number;
}

function committer(
  options: {
    maxBatch?: number;
    maxInFlight?: number;
    fail?: (items: Item[]) => boolean;
    coalesce?: (pending: Item, item: Item) => ((result: number) => number) | null;
  } = {},
) {
  const batches: Item[][] = [];
  let running = 0;
  let maxRunning = 0;
  const commit = new GroupCommit<Item, number>({
    flushAfterMs: 5,
    maxBatch: options.maxBatch ?? 100,
    maxInFlight: options.maxInFlight ?? 2,
    key: (i) => i.key,
    coalesce: options.coalesce,
    write: async (items) => {
      batches.push(items);
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 10));
      running -= 1;
      if (options.fail?.(items)) throw new Error('write failed');
      return items.map((i) => i.value * 10);
    },
  });
  return { commit, batches, maxRunning: () => maxRunning };
}

describe('GroupCommit', () => {
  it('writes items arriving together in one batch and gives each caller its own result', async () => {
    const { commit, batches } = committer();
    const results = await Promise.all([1, 2, 3].map((v) => commit.submit({ key: `k${v}`, value: v })));
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toHaveLength(1);
  });

  it('never puts equal keys in one batch or in two batches in flight, and keeps their order', async () => {
    const { commit, batches } = committer({ maxInFlight: 4 });
    const results = await Promise.all([
      commit.submit({ key: 'a', value: 1 }),
      commit.submit({ key: 'b', value: 2 }),
      commit.submit({ key: 'a', value: 3 }),
      commit.submit({ key: 'a', value: 4 }),
    ]);
    expect(results).toEqual([10, 20, 30, 40]);
    expect(batches.map((b) => b.map((i) => i.value))).toEqual([[1, 2], [3], [4]]);
  });

  it('splits at maxBatch, caps batches in flight, and drains', async () => {
    const { commit, batches, maxRunning } = committer({ maxBatch: 3, maxInFlight: 2 });
    const all = Array.from({ length: 20 }, (_, v) => commit.submit({ key: `k${v}`, value: v }));
    await commit.drain();
    expect(commit.size).toBe(0);
    expect(await Promise.all(all)).toEqual(Array.from({ length: 20 }, (_, v) => v * 10));
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(3);
    expect(maxRunning()).toBeLessThanOrEqual(2);
  });

  it('rejects every caller of a failed batch, and only them', async () => {
    const { commit } = committer({ maxBatch: 2, fail: (items) => items.some((i) => i.value === 1) });
    const outcomes = await Promise.allSettled([0, 1, 2, 3].map((v) => commit.submit({ key: `k${v}`, value: v })));
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'fulfilled', 'fulfilled']);
  });

  it('lets an item ride along with the pending one of its key when coalesce says so', async () => {
    const { commit, batches } = committer({
      coalesce: (pending, item) => (pending.value === item.value ? (r) => -r : null),
    });
    const results = await Promise.all([
      commit.submit({ key: 'a', value: 1 }),
      commit.submit({ key: 'a', value: 1 }),
      commit.submit({ key: 'a', value: 2 }),
    ]);
    expect(results).toEqual([10, -10, 20]);
    expect(batches.map((b) => b.map((i) => i.value))).toEqual([[1], [2]]);
  });

  it('rejects the riders of a failed item too', async () => {
    const { commit } = committer({ fail: () => true, coalesce: () => (r) => r });
    const outcomes = await Promise.allSettled([1, 1].map((value) => commit.submit({ key: 'a', value })));
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  });
});
