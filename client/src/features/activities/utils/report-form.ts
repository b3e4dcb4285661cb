import type { WardReportKind } from '../../../generated/graphql';

/** The send/edit form's fields as typed. */
export interface WardReportDraft {
  planId: string;
  kind: WardReportKind;
  title: string;
  body: string;
  foundWhere: string;
  link: string;
  reportedOn: string;
  actionTaken: string;
}

export type WardReportField = 'planId' | 'title' | 'body' | 'foundWhere' | 'link' | 'reportedOn' | 'actionTaken';

/** The key of activities.reports.fieldErrors.* and its values, for one field. */
export interface FieldProblem {
  field: WardReportField;
  key: string;
  values?: Record<string, string | number>;
}

/** The server's limits (ward-report-rules.ts), checked here first so the officer learns before sending. */
export const REPORT_LIMITS = { title: 300, body: 5000, foundWhere: 200, link: 2000, actionTaken: 3000 } as const;
export const REPLY_MIN = 10;
export const REPLY_MAX = 5000;

/** What the unit did about false information: quick phrases the officer can add to the text. */
export const FALSE_INFORMATION_ACTIONS = ['platform', 'refuted', 'askedRemoval', 'police'] as const;

export function emptyDraft(kind: WardReportKind, planId: string, today: string): WardReportDraft {
  return { planId, kind, title: '', body: '', foundWhere: '', link: '', reportedOn: today, actionTaken: '' };
}

/** Today's date in Vietnam, YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** "2026-12-02" → "02/12/2026". */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

/** An instant as "02/12/2026 14:05" in Vietnam time. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/**
 * The first problems of a draft, by field, as the server would refuse them: required
 * text, lengths, an http(s) link, the date inside the plan and not after today.
 */
export function draftProblems(
  draft: WardReportDraft,
  plan: { startsOn: string; endsOn: string } | null,
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const falseInformation = draft.kind === 'FALSE_INFORMATION';
  if (!plan) problems.push({ field: 'planId', key: 'planRequired' });
  const text = (field: 'title' | 'body' | 'foundWhere' | 'actionTaken', required: boolean) => {
    const value = draft[field].trim();
    if (required && value === '') problems.push({ field, key: 'required' });
    else if (value.length > REPORT_LIMITS[field]) {
      problems.push({ field, key: 'tooLong', values: { max: REPORT_LIMITS[field] } });
    }
  };
  text('title', true);
  text('body', true);
  text('foundWhere', falseInformation);
  text('actionTaken', falseInformation);
  const link = draft.link.trim();
  if (link !== '' && (link.length > REPORT_LIMITS.link || !isHttpUrl(link))) {
    problems.push({ field: 'link', key: 'notUrl' });
  }
  const day = draft.reportedOn;
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(day)) problems.push({ field: 'reportedOn', key: 'dateRequired' });
  else if (day > today) problems.push({ field: 'reportedOn', key: 'future' });
  else if (plan && (day < plan.startsOn || day > plan.endsOn)) {
    problems.push({
      field: 'reportedOn',
      key: 'outsidePlan',
      values: { from: formatDay(plan.startsOn), to: formatDay(plan.endsOn) },
    });
  }
  return problems;
}
