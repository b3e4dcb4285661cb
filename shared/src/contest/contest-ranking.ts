import { DEFAULT_RANKING_CHAIN, type CountingAttempt, type RankingCriterion } from './contest-enums.js';

/** One entrant's counting attempt, as the ranking sees it. */
export interface RankableAttempt {
  score: number;
  /** The entrant's prediction in that attempt; null when none was given. */
  prediction: number | null;
  durationMs: number;
  /** ms since epoch. */
  submittedAt: number;
}

export interface RankedRow<T extends RankableAttempt> {
  entry: T;
  /** 1-based; equal entries (every criterion equal) share a rank. */
  rank: number;
  /** |prediction − actual|, null without prediction or actual. */
  predictionDistance: number | null;
  /** The criterion that put this row below the previous one; null for the first row and for ties. */
  decidedBy: RankingCriterion | null;
}

const distance = (prediction: number | null, actual: number | null) =>
  prediction === null || actual === null ? null : Math.abs(prediction - actual);

/** Negative when `a` ranks before `b` on one criterion, 0 when equal. */
function compareOn(criterion: RankingCriterion, a: RankableAttempt, b: RankableAttempt, actual: number | null): number {
  switch (criterion) {
    case 'SCORE':
      return b.score - a.score;
    case 'PREDICTION': {
      const da = distance(a.prediction, actual);
      const db = distance(b.prediction, actual);
      if (da === db) return 0;
      if (da === null) return 1;
      if (db === null) return -1;
      return da - db;
    }
    case 'DURATION':
      return a.durationMs - b.durationMs;
    case 'SUBMITTED_AT':
      return a.submittedAt - b.submittedAt;
  }
}

/** The first criterion of `chain` on which a and b differ, with its sign; 0 when all are equal. */
export function compareByChain(
  a: RankableAttempt,
  b: RankableAttempt,
  chain: readonly RankingCriterion[],
  actual: number | null,
): { order: number; criterion: RankingCriterion | null } {
  for (const criterion of chain) {
    const order = compareOn(criterion, a, b, actual);
    if (order !== 0) return { order, criterion };
  }
  return { order: 0, criterion: null };
}

/**
 * Ranks entries by the published chain. `actual` is the number the prediction is
 * compared with (participants or perfect scores of the round); null when the contest
 * has no prediction question, and then PREDICTION decides nothing.
 */
export function rankByChain<T extends RankableAttempt>(
  entries: readonly T[],
  chain: readonly RankingCriterion[] = DEFAULT_RANKING_CHAIN,
  actual: number | null = null,
): RankedRow<T>[] {
  const sorted = [...entries].sort((a, b) => compareByChain(a, b, chain, actual).order);
  const rows: RankedRow<T>[] = [];
  sorted.forEach((entry, index) => {
    const previous = rows[index - 1];
    const { criterion } = previous ? compareByChain(previous.entry, entry, chain, actual) : { criterion: null };
    rows.push({
      entry,
      rank: previous && criterion === null ? previous.rank : index + 1,
      predictionDistance: distance(entry.prediction, actual),
      decidedBy: criterion,
    });
  });
  return rows;
}

/**
 * The attempt that counts among one entrant's submitted attempts: BEST is the one
 * the chain ranks first (so a tie in score goes to the faster attempt), LAST the most
 * recently submitted one. Undefined when there is none.
 */
export function countingAttemptOf<T extends RankableAttempt>(
  attempts: readonly T[],
  mode: CountingAttempt,
  chain: readonly RankingCriterion[] = DEFAULT_RANKING_CHAIN,
  actual: number | null = null,
): T | undefined {
  if (attempts.length === 0) return undefined;
  if (mode === 'LAST') return attempts.reduce((a, b) => (b.submittedAt > a.submittedAt ? b : a));
  return [...attempts].sort((a, b) => compareByChain(a, b, chain, actual).order)[0];
}

/** A ranking chain must list known criteria, each at most once, starting with nothing but criteria. */
export function validateRankingChain(chain: readonly string[]): string | null {
  if (chain.length === 0) return 'The ranking chain is empty';
  if (new Set(chain).size !== chain.length) return 'A criterion appears twice in the ranking chain';
  const known = new Set<string>(DEFAULT_RANKING_CHAIN);
  const unknown = chain.find((c) => !known.has(c));
  return unknown ? `Unknown ranking criterion ${unknown}` : null;
}
