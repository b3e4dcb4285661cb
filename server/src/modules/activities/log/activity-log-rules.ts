import { ACTIVITY_FORM_FIELDS, activityKind, type ActivityForm } from '@thidua/shared';
import { ActivitiesError, type ActivitiesErrorReason } from '../activities.errors.js';
import { isHttpUrl } from '../reports/ward-report-rules.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const invalid = (field: string, message: string, reason: ActivitiesErrorReason = 'ACTIVITY_INVALID') =>
  new ActivitiesError(reason, message, { field });

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

const text = (value: string, field: string, max: number): string => {
  const v = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (v.length > max) throw invalid(field, `The ${field} is longer than ${max} characters`);
  return v;
};

export function assertKindOfForm(form: ActivityForm, kind: string): void {
  if (activityKind(kind)?.form !== form) throw invalid('kind', `The kind ${kind} is not one of the form ${form}`);
}

export interface ActivityFieldsDraft {
  kind?: string | null;
  title?: string | null;
  occurredOn?: string | null;
  location?: string | null;
  speaker?: string | null;
  link?: string | null;
  quantity?: number | null;
  attendeeCount?: number | null;
  audienceKind?: string | null;
  notes?: string | null;
}

export interface CleanActivityFields {
  kind?: string;
  title?: string;
  occurredOn?: string | null;
  location?: string;
  speaker?: string;
  link?: string | null;
  quantity?: number | null;
  attendeeCount?: number | null;
  audienceKind?: string | null;
  notes?: string;
}

/**
 * The fields present in a save, cleaned and checked one by one (a draft may be incomplete,
 * but what it holds must be right). Fields the form does not ask for are refused.
 */
export function cleanActivityFields(
  form: ActivityForm,
  draft: ActivityFieldsDraft,
  plan: { startsOn: string; endsOn: string },
  today: string,
): CleanActivityFields {
  const asks = ACTIVITY_FORM_FIELDS[form];
  const out: CleanActivityFields = {};
  const has = <K extends keyof ActivityFieldsDraft>(k: K) => draft[k] !== undefined;
  const notAsked = (field: string) => invalid(field, `The form ${form} does not ask for the ${field}`);
  if (has('kind') && draft.kind !== null) {
    assertKindOfForm(form, draft.kind as string);
    out.kind = draft.kind;
  }
  if (has('title')) out.title = text(draft.title ?? '', 'title', 300);
  if (has('notes')) out.notes = (draft.notes ?? '').normalize('NFC').trim().slice(0, 5000);
  if (has('occurredOn')) {
    const d = (draft.occurredOn ?? '').trim();
    if (d === '') out.occurredOn = null;
    else {
      if (!isIsoDate(d)) throw invalid('occurredOn', 'The date is not a date (YYYY-MM-DD)');
      if (d < plan.startsOn || d > plan.endsOn) throw invalid('occurredOn', 'The date is outside the plan’s dates');
      if (d > today) throw invalid('occurredOn', 'The date is in the future');
      out.occurredOn = d;
    }
  }
  if (has('location')) {
    if (!asks.location && draft.location) throw notAsked('location');
    out.location = text(draft.location ?? '', 'location', 200);
  }
  if (has('speaker')) {
    if (!asks.speaker && draft.speaker) throw notAsked('speaker');
    out.speaker = text(draft.speaker ?? '', 'speaker', 200);
  }
  if (has('link')) {
    const l = (draft.link ?? '').trim();
    if (l && !asks.link) throw notAsked('link');
    if (l && (!isHttpUrl(l) || l.length > 2000)) throw invalid('link', 'The link is not an http(s) address');
    out.link = l || null;
  }
  if (has('quantity')) {
    if (draft.quantity !== null && !asks.quantity) throw notAsked('quantity');
    if (draft.quantity !== null && (draft.quantity as number) <= 0) {
      throw invalid('quantity', 'The quantity must be greater than 0');
    }
    out.quantity = draft.quantity ?? null;
  }
  if (has('attendeeCount')) {
    if (draft.attendeeCount !== null && !asks.attendance) throw notAsked('attendeeCount');
    if (draft.attendeeCount !== null && (draft.attendeeCount as number) < 0) {
      throw invalid('attendeeCount', 'The number of attendees cannot be negative', 'ATTENDANCE_INVALID');
    }
    out.attendeeCount = draft.attendeeCount ?? null;
  }
  if (has('audienceKind')) {
    if (draft.audienceKind && !asks.attendance) throw notAsked('audienceKind');
    out.audienceKind = draft.audienceKind?.trim() || null;
  }
  return out;
}
