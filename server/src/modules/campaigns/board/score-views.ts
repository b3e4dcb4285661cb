import type { RankingView, SheetStatus } from '@thidua/shared';
import type { ScoreEntry } from '../entities/score-entry.entity.js';

/**
 * Sheets each view shows. A marked sheet (không nộp / không xét) is shown in every
 * view whatever its status, as a row that is not ranked (see ranking.store.ts).
 */
export const VIEW_STATUSES: Record<RankingView, readonly SheetStatus[]> = {
  PROVISIONAL: ['DRAFT', 'SUBMITTED', 'FIRST_REVIEWED', 'RETURNED', 'APPROVED', 'PUBLISHED'],
  REVIEWED: ['APPROVED', 'PUBLISHED'],
  PUBLISHED: ['PUBLISHED'],
};

/** The score an entry counts for in a view: self-scores, or correction ?? reviewed ?? self. */
export function entryScore(entry: ScoreEntry, view: RankingView): number {
  if (view === 'PROVISIONAL') return entry.selfScore ?? 0;
  return entry.correctedScore ?? entry.reviewedScore ?? entry.selfScore ?? 0;
}

/**
 * The figure an entry counts for in a view (RELATIVE_TO_BEST is scored over the
 * block from figures): the unit's value, or the reviewer's corrected figure.
 */
export function entryValue(entry: ScoreEntry, view: RankingView): number | null {
  if (view === 'PROVISIONAL') return entry.value;
  return entry.reviewedValue ?? entry.value;
}
