import { approvalPercent, hasQuorum, quorumRequired, voteProblems, votePasses, type VoteProblem } from '@thidua/shared';
import { formatDate, formatDateTime } from '../../../lib/format';

/** The quorum line's figures: "Có mặt 7/9 thành viên, đủ điều kiện biểu quyết (tối thiểu 6)". */
export function quorumLine(present: number, members: number, rule: { numerator: number; denominator: number }) {
  return {
    present,
    members,
    required: quorumRequired(members, rule),
    met: hasQuorum(present, members, rule),
  };
}

export interface VotePreview {
  percent: number;
  threshold: number;
  passes: boolean;
  problems: VoteProblem[];
}

/** What a count will give before it is saved: the approvals' %, the threshold, passed or not, what does not add up. */
export function votePreview(
  count: { present: number; approve: number; against: number; abstain: number },
  members: number,
  threshold: number,
): VotePreview {
  return {
    percent: approvalPercent(count),
    threshold,
    passes: votePasses(count, threshold),
    problems: voteProblems(count, members),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy of an instant (in the browser's zone) or of a yyyy-mm-dd day. */
export function formatDay(value: string | null | undefined): string {
  return value ? formatDate(value) : '';
}

/** dd/mm/yyyy hh:mm of an instant. */
export function formatDayTime(value: string | null | undefined): string {
  return value ? formatDateTime(value) : '';
}

/** Today as yyyy-mm-dd in the browser's zone. */
export function todayInput(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The document's date words: "ngày 15 tháng 12 năm 2026" (day and month under 10 written 05, 03 as in NĐ 30). */
export function documentDateParts(day: string): { day: string; month: string; year: string } {
  const [y = '', m = '', d = ''] = day.split('-');
  return { day: d, month: m, year: y };
}

/**
 * The line under the recipient's name: the detail with the unit, the unit left out when
 * the detail already names it, and nothing when it would only repeat the name (a unit's own).
 */
export function recipientLine(detail: string, unitName: string, recipientName = ''): string {
  const folded = (text: string) => text.toLocaleLowerCase('vi').trim();
  const line =
    !detail || folded(detail) === folded(recipientName)
      ? unitName
      : !unitName || folded(detail).includes(folded(unitName))
        ? detail
        : `${detail} — ${unitName}`;
  return folded(line) === folded(recipientName) ? '' : line;
}
