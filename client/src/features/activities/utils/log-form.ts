import { ACTIVITY_FORM_FIELDS, ACTIVITY_KINDS, type ActivityForm } from '@thidua/shared';

/** The fields of an activity the editor saves as the officer types (SaveActivityInput). */
export interface ActivityDraft {
  kind: string;
  title: string;
  occurredOn: string;
  location: string;
  speaker: string;
  link: string;
  quantity: number | null;
  attendeeCount: number | null;
  /** The population kind whose attendance rate the meeting gives ('' = none). */
  audienceKind: string;
  notes: string;
}

export type ActivityDraftField = keyof ActivityDraft;

/** The fields one form asks for, in the order the editor shows them (ACTIVITY_FORM_FIELDS). */
export function formFields(form: ActivityForm): ActivityDraftField[] {
  const asks = ACTIVITY_FORM_FIELDS[form];
  const fields: ActivityDraftField[] = ['kind', 'title', 'occurredOn'];
  if (asks.speaker) fields.push('speaker');
  if (asks.location) fields.push('location');
  if (asks.link) fields.push('link');
  if (asks.quantity) fields.push('quantity');
  if (asks.attendance) fields.push('attendeeCount', 'audienceKind');
  fields.push('notes');
  return fields;
}

/** The kind codes of a form, in ACTIVITY_KINDS order. */
export function kindsOf(form: ActivityForm): string[] {
  return ACTIVITY_KINDS.filter((k) => k.form === form).map((k) => k.code);
}

/** Lower case without Vietnamese diacritics ("Nguyễn Đức" → "nguyen duc"), for searching. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .trim();
}

/** Whether `name` holds every word of `search`, diacritics ignored. */
export function matchesSearch(name: string, search: string): boolean {
  const words = foldVietnamese(search).split(/\s+/u).filter(Boolean);
  const folded = foldVietnamese(name);
  return words.every((w) => folded.includes(w));
}

/** An instant as "hh:mm" in Vietnam time. */
export function formatClock(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

/** "2026-12" → the first and last day of the month, YYYY-MM-DD. */
export function monthRange(month: string): { from: string; to: string } | null {
  const m = /^(\d{4})-(\d{2})$/u.exec(month);
  if (!m) return null;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The delay between the last keystroke and the save of a draft. */
export const SAVE_DELAY_MS = 800;
export const CORRECTION_REASON_MIN = 10;
