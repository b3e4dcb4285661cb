import { type IndicatorDef, round2, type ScoreContext, type ScoreExplanation, scoreFromValue } from '@thidua/shared';
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
  /** How the score was computed (the shared rule and its figures). */
  explanation: ScoreExplanation | null;
}

/** The draft an entry starts with: what the server has. */
export function draftOf(entry: EntryData): Draft {
  return { value: entry.value === null ? '' : String(entry.value), note: entry.note ?? '' };
}

/**
 * The unit's own target: the server's, else (older data) the one implied by what the
 * server scored last.
 */
export function unitTargetOf(indicator: IndicatorDef, entry: EntryData): number | null {
  if (entry.unitTarget !== null) return entry.unitTarget;
  if (indicator.kind !== 'TARGET') return null;
  const { value, selfScore } = entry;
  if (value !== null && value > 0 && selfScore !== null && selfScore > 0 && selfScore < indicator.maxPoints)
    return round2((value * indicator.maxPoints) / selfScore);
  return null;
}

/**
 * What the server scores an entry's figures against: the unit's target, its population
 * of a RATE's kind, the best figure of the other sheets of its block.
 */
export function scoreContextOf(indicator: IndicatorDef, entry: EntryData): ScoreContext {
  return {
    unitTarget: unitTargetOf(indicator, entry),
    population: entry.population?.size ?? null,
    blockBest: entry.blockBest,
  };
}

/**
 * The score the typed value gives, with the shared scoring and the figures the server
 * uses. `kindLabel` names a RATE's population kind in an error.
 */
export function previewScore(
  indicator: IndicatorDef,
  entry: EntryData,
  draft: Draft | undefined,
  t: TFunction,
  kindLabel: (code: string) => string = (code) => code,
): Preview {
  if (indicator.kind === 'COMPUTED') return { score: entry.selfScore, error: null, explanation: null };
  const value = parseNumber(draft?.value ?? '');
  if (value === null) return { score: null, error: null, explanation: null };
  if (Number.isNaN(value)) return { score: null, error: t('campaigns.scoreError.NOT_A_NUMBER'), explanation: null };
  const result = scoreFromValue(indicator, value, scoreContextOf(indicator, entry));
  if (result.ok) return { score: result.score, error: null, explanation: result.explanation };
  return { score: null, error: scoreErrorText(t, result.reason, indicator, entry, kindLabel), explanation: null };
}

/** A refused value or score in words (`campaigns.scoreError.<reason>`). */
export function scoreErrorText(
  t: TFunction,
  reason: string,
  indicator: IndicatorDef,
  entry: Pick<EntryData, 'population'> | null,
  kindLabel: (code: string) => string = (code) => code,
): string {
  const kind = indicator.populationKind ?? entry?.population?.kind ?? null;
  return t(`campaigns.scoreError.${reason}`, {
    max: indicator.maxPoints,
    step: indicator.step ?? 1,
    kind: kind ? kindLabel(kind).toLocaleLowerCase() : t('campaigns.explainPopulation'),
    population: entry?.population?.size ?? 0,
  });
}

/** The line under an indicator's title that says how it is scored. */
export function indicatorHint(
  indicator: IndicatorDef,
  entry: EntryData,
  t: TFunction,
  lang: string,
  kindLabel: (code: string) => string = (code) => code,
): string {
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
      return t('campaigns.hint.THRESHOLD', { max });
    case 'RATE': {
      const code = indicator.populationKind ?? entry.population?.kind ?? null;
      const kind = code ? kindLabel(code).toLocaleLowerCase(lang) : t('campaigns.explainPopulation');
      const population = entry.population;
      if (!population || population.size <= 0) return t('campaigns.hint.RATE_NO_POPULATION', { kind });
      return t('campaigns.hint.RATE', {
        kind,
        population: fmt(population.size),
        source: t(`campaigns.formula.source.${population.source}`),
      });
    }
    case 'WARD_RATE':
      return t('campaigns.hint.WARD_RATE', { target: fmt(unitTargetOf(indicator, entry) ?? indicator.target), max });
    case 'RELATIVE_TO_BEST': {
      const target = fmt(unitTargetOf(indicator, entry) ?? indicator.target);
      const hint = t('campaigns.hint.RELATIVE_TO_BEST', { target, max });
      return entry.blockBest === null
        ? hint
        : `${hint} ${t('campaigns.hint.blockBest', { best: fmt(entry.blockBest) })}`;
    }
    case 'GROUP':
      return '';
  }
}

/** One step up or down from what is typed, kept within the indicator's range, written the reader's way. */
export function bumpedValue(indicator: IndicatorDef, text: string, delta: number, lang: string): string {
  const current = parseNumber(text);
  const base = current === null || Number.isNaN(current) ? 0 : current;
  const upper = unboundedFigure(indicator)
    ? Number.POSITIVE_INFINITY
    : indicator.kind === 'WARD_RATE'
      ? 100
      : indicator.maxPoints;
  const next = Math.min(upper, Math.max(0, round2(base + delta)));
  return String(next).replace('.', lang.startsWith('vi') ? ',' : '.');
}

/** Kinds whose figure is not bounded by the points (counts, occurrences, achieved figures). */
export function unboundedFigure(indicator: IndicatorDef): boolean {
  switch (indicator.kind) {
    case 'COUNT':
    case 'RATE':
    case 'THRESHOLD':
    case 'RELATIVE_TO_BEST':
    case 'TARGET':
      return true;
    case 'BONUS':
    case 'PENALTY':
      return (indicator.perItemPoints ?? 0) > 0;
    case 'MANUAL':
    case 'YES_NO':
    case 'COMPUTED':
    case 'WARD_RATE':
    case 'GROUP':
      return false;
  }
}
