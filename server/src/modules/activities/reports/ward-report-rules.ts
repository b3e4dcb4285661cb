import { WardReportKind, WardReportStatus } from '@thidua/shared';
import { ActivitiesError } from '../activities.errors.js';

/** Limits of a report's fields (characters, after trimming, NFC). */
export const WARD_REPORT_LIMITS = {
  title: 300,
  body: 5000,
  foundWhere: 200,
  link: 2000,
  actionTaken: 3000,
  reply: 5000,
  replyMin: 10,
} as const;

/** What a unit writes in a report, as it arrives. */
export interface WardReportDraft {
  kind: WardReportKind;
  title: string;
  body: string;
  foundWhere?: string | null;
  link?: string | null;
  reportedOn: string;
  actionTaken?: string | null;
}

/** The fields as stored: trimmed, NFC, empty optional fields as '' or null. */
export interface CleanWardReport {
  title: string;
  body: string;
  foundWhere: string;
  link: string | null;
  reportedOn: string;
  actionTaken: string;
}

export interface PlanDates {
  startsOn: string;
  endsOn: string;
}

const invalid = (field: string, message: string) => new ActivitiesError('REPORT_INVALID', message, { field });

const clean = (value: string | null | undefined) => (value ?? '').normalize('NFC').trim();

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** Today's date in Vietnam (YYYY-MM-DD): a report cannot be dated after it. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

/** Whether a text is an absolute http(s) URL with a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function required(field: keyof typeof WARD_REPORT_LIMITS, value: string, label: string): string {
  if (value === '') throw invalid(field, `${label} is required`);
  const max = WARD_REPORT_LIMITS[field];
  if (value.length > max) throw invalid(field, `${label} is longer than ${max} characters`);
  return value;
}

function bounded(field: keyof typeof WARD_REPORT_LIMITS, value: string, label: string): string {
  const max = WARD_REPORT_LIMITS[field];
  if (value.length > max) throw invalid(field, `${label} is longer than ${max} characters`);
  return value;
}

/**
 * Checks a report a unit sends or edits (REPORT_INVALID naming the field): a title and a
 * body; for false information where it was found and what the unit did; a link only
 * as an http(s) URL; the date inside the plan and not after today.
 */
export function cleanWardReport(draft: WardReportDraft, plan: PlanDates, today: string): CleanWardReport {
  const title = required('title', clean(draft.title), 'The title');
  const body = required('body', clean(draft.body), 'The content');
  const falseInformation = draft.kind === WardReportKind.FALSE_INFORMATION;
  const foundWhere = falseInformation
    ? required('foundWhere', clean(draft.foundWhere), 'Where it was found')
    : bounded('foundWhere', clean(draft.foundWhere), 'Where it was found');
  const actionTaken = falseInformation
    ? required('actionTaken', clean(draft.actionTaken), 'What the unit did')
    : bounded('actionTaken', clean(draft.actionTaken), 'What the unit did');
  const rawLink = clean(draft.link);
  let link: string | null = null;
  if (rawLink !== '') {
    bounded('link', rawLink, 'The link');
    if (!isHttpUrl(rawLink)) throw invalid('link', 'The link is not an http(s) address');
    link = rawLink;
  }
  const reportedOn = clean(draft.reportedOn);
  if (!ISO_DATE.test(reportedOn) || Number.isNaN(Date.parse(`${reportedOn}T00:00:00Z`))) {
    throw invalid('reportedOn', 'The date is not a date (YYYY-MM-DD)');
  }
  if (reportedOn < plan.startsOn || reportedOn > plan.endsOn) {
    throw invalid('reportedOn', `The date is outside the plan (${plan.startsOn} – ${plan.endsOn})`);
  }
  if (reportedOn > today) throw invalid('reportedOn', 'The date is in the future');
  return { title, body, foundWhere, link, reportedOn, actionTaken };
}

/** The office's reply: 10 to 5,000 characters. */
export function cleanReply(reply: string): string {
  const text = clean(reply);
  if (text.length < WARD_REPORT_LIMITS.replyMin) {
    throw invalid('reply', `The reply needs at least ${WARD_REPORT_LIMITS.replyMin} characters`);
  }
  return bounded('reply', text, 'The reply');
}

/** The status a reply closes a report with: false information is resolved, a difficulty answered. */
export function closedStatus(kind: WardReportKind): WardReportStatus {
  return kind === WardReportKind.FALSE_INFORMATION ? WardReportStatus.RESOLVED : WardReportStatus.ANSWERED;
}

/** Refuses (REPORT_WRONG_STATUS) a step the report's status does not allow. */
export function assertStatus(actual: WardReportStatus, expected: WardReportStatus, step: string): void {
  if (actual !== expected) {
    throw new ActivitiesError(
      'REPORT_WRONG_STATUS',
      `A report can be ${step} only while ${expected}; it is ${actual}`,
      {
        status: actual,
      },
    );
  }
}
