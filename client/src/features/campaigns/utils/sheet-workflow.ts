import type { SheetOfficerStatus } from '../../../generated/graphql';
import type { SessionUser } from '../../../lib/session';
import type { SheetData } from './campaign-model';
import { formatDateTime } from '../../../lib/format';

/** The deadline, mark and review-round fields every sheet query carries. */
type Workflow = Pick<
  SheetData,
  'status' | 'mark' | 'editableUntil' | 'officerStatus' | 'leaderUnitId' | 'unit' | 'replyDueAt' | 'isOverdue'
>;

/** The order lists show sheets in: what needs someone first. */
export const OFFICER_STATUS_ORDER: readonly SheetOfficerStatus[] = [
  'IN_REVIEW',
  'FIRST_REVIEWED',
  'RETURNED_NEEDS_FIX',
  'OVERDUE',
  'DRAFT_OPEN',
  'MARKED',
  'APPROVED',
  'PUBLISHED',
];

const OPEN = new Set(['DRAFT', 'RETURNED']);

/**
 * Whether the sheet form takes input: a draft or returned sheet without a mark, for its
 * unit until `editableUntil` (its deadline, or a return's reply window); for a reviewer
 * entering on the unit's behalf, until the period is published (the server checks it).
 */
export function sheetEditable(sheet: Workflow, onBehalf: boolean, now = Date.now()): boolean {
  if (!OPEN.has(sheet.status) || sheet.mark) return false;
  return onBehalf || new Date(sheet.editableUntil).getTime() >= now;
}

/** Who the viewer is for this sheet's review: the block leader's officer (first round), a ward reviewer, or neither. */
export function reviewRole(
  sheet: Pick<Workflow, 'leaderUnitId' | 'unit'>,
  viewer: Pick<SessionUser, 'role' | 'unit'> | null,
): 'LEADER' | 'WARD' | null {
  if (!viewer) return null;
  const own = viewer.unit?.id ?? null;
  if (viewer.role === 'ADMIN' || viewer.role === 'REVIEWER') return own && own === sheet.unit.id ? null : 'WARD';
  if (viewer.role === 'UNIT_OFFICER' && own && sheet.leaderUnitId === own && sheet.unit.id !== own) return 'LEADER';
  return null;
}

/** In a block with a leader, a sheet other than the leader unit's is approved after its first round. */
export const needsFirstRound = (sheet: Pick<Workflow, 'status' | 'leaderUnitId' | 'unit'>): boolean =>
  sheet.status === 'SUBMITTED' && Boolean(sheet.leaderUnitId) && sheet.leaderUnitId !== sheet.unit.id;

/** A date and time as dd/mm/yyyy hh:mm, in either language. */
export function formatWhen(iso: string | null | undefined): string {
  return iso ? formatDateTime(iso) : '';
}
