import type { RankingView, SheetStatus } from '@thidua/shared';
import type { ScoreEntry } from '../entities/score-entry.entity.js';

/** Sheets each view shows. */
export const VIEW_STATUSES: Record<RankingView, readonly SheetStatus[]> = {
  PROVISIONAL: ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED'],
  REVIEWED: ['APPROVED', 'PUBLISHED'],
  PUBLISHED: ['PUBLISHED'],
};

/** The score an entry counts for in a view: self-scores, or correction ?? reviewed ?? self. */
export function entryScore(entry: ScoreEntry, view: RankingView): number {
  if (view === 'PROVISIONAL') return entry.selfScore ?? 0;
  return entry.correctedScore ?? entry.reviewedScore ?? entry.selfScore ?? 0;
}
