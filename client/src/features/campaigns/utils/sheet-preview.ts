import { type IndicatorDef, round2, scoreFromValue } from '@thidua/shared';
import type { TFunction } from 'i18next';
import { type EntryData, formatScore, parseNumber } from './campaign-model';

/** What the officer has typed for one entry, before it is saved. */
export interface Draft {
  value: string;
  note: string;
}

export interface Preview {
  /** The score this value gives (null: not scored yet). */
  score: number | null;
  /** Why the value is refused, as the server would refuse it. */
  error: string | null;
}

/** The draft an entry starts with: what the server has. */
export function draftOf(entry: EntryData): Draft {
  return { value: entry.value === null ? '' : String(entry.value), note: entry.note ?? '' };
}

/** A target of this unit implied by what the server scored last (units may have their own target). */
export function unitTargetOf(indicator: IndicatorDef, entry: EntryData): number | null {
  if (indicator.kind !== 'TARGET') return null;
  const { value, selfScore } = entry;
  if (value !== null && value > 0 && selfScore !== null && selfScore > 0 && selfScore < indicator.maxPoints)
    return round2((value * indicator.maxPoints) / selfScore);
  return null;
}

/** The score the typed value gives, with the shared scoring the server uses. */
export function previewScore(
  indicator: IndicatorDef,
  entry: EntryData,
  draft: Draft | undefined,
  t: TFunction,
): Preview {
  if (indicator.kind === 'COMPUTED') return { score: entry.selfScore, error: null };
  const value = parseNumber(draft?.value ?? '');
  if (value === null) return { score: null, error: null };
  if (Number.isNaN(value)) return { score: null, error: t('campaigns.scoreError.NOT_A_NUMBER') };
  const result = scoreFromValue(indicator, value, { unitTarget: unitTargetOf(indicator, entry) });
  if (result.ok) return { score: result.score, error: null };
  return {
    score: null,
    error: t(`campaigns.scoreError.${result.reason}`, { max: indicator.maxPoints, step: indicator.step ?? 1 }),
  };
}

/** The line under an indicator's title that says how it is scored. */
export function indicatorHint(indicator: IndicatorDef, entry: EntryData, t: TFunction, lang: string): string {
  const fmt = (n: number | null | undefined) => formatScore(n, lang);
  const max = fmt(indicator.maxPoints);
  switch (indicator.kind) {
    case 'MANUAL':
      return t('campaigns.hint.MANUAL', { max, step: fmt(indicator.step ?? 1) });
    case 'YES_NO':
      return t('campaigns.hint.YES_NO', { max });
    case 'TARGET':
      return t('campaigns.hint.TARGET', {
        target: fmt(unitTargetOf(indicator, entry) ?? indicator.target ?? null),
        max,
      });
    case 'COUNT':
      return t('campaigns.hint.COUNT', { per: fmt(indicator.perItemPoints ?? 0), max });
    case 'COMPUTED':
      return t('campaigns.hint.COMPUTED', { max });
    case 'BONUS':
      return t('campaigns.hint.BONUS', { max });
    case 'PENALTY':
      return t('campaigns.hint.PENALTY', { max });
    case 'THRESHOLD':
    case 'RELATIVE_TO_BEST':
    case 'RATE':
    case 'WARD_RATE':
      return indicator.method ?? '';
    case 'GROUP':
      return '';
  }
}

/** One step up or down from what is typed, kept within the indicator's range, written the reader's way. */
export function bumpedValue(indicator: IndicatorDef, text: string, delta: number, lang: string): string {
  const current = parseNumber(text);
  const base = current === null || Number.isNaN(current) ? 0 : current;
  const upper = indicator.kind === 'COUNT' ? Number.POSITIVE_INFINITY : indicator.maxPoints;
  const next = Math.min(upper, Math.max(0, round2(base + delta)));
  return String(next).replace('.', lang.startsWith('vi') ? ',' : '.');
}
