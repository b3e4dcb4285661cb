import type { Comparison, ScoreExplanationRule } from '@thidua/shared';
import type { TFunction } from 'i18next';
import { formatScore } from './campaign-model';

/**
 * How a score was computed, as the shared ScoreExplanation or the server's copy of it
 * (the fields a rule does not use are absent or null).
 */
export interface ExplanationFigures {
  rule: ScoreExplanationRule;
  score: number;
  maxPoints: number;
  points?: number | null;
  done?: boolean | null;
  value?: number | null;
  target?: number | null;
  capped?: boolean | null;
  count?: number | null;
  perItemPoints?: number | null;
  sharePercent?: number | null;
  comparison?: Comparison | null;
  step?: { atLeast: number; points: number } | null;
  lowest?: { atLeast: number; points: number } | null;
  population?: number | null;
  populationKind?: string | null;
  ratePercent?: number | null;
  unitRate?: number | null;
  wardRate?: number | null;
  actual?: number | null;
  best?: number | null;
}

/**
 * One sentence per rule (`campaigns.explain.<rule>`), e.g. "Tỷ lệ 80 % hộ gia đình
 * (96/120) chưa đạt ngưỡng 85 %: 0 điểm". `kindLabel` names a population kind.
 */
export function explanationText(
  e: ExplanationFigures,
  t: TFunction,
  lang: string,
  kindLabel: (code: string) => string = (code) => code,
): string {
  const fmt = (n: number | null | undefined) => formatScore(n, lang);
  const atMost = e.comparison === 'AT_MOST';
  const step = e.step ?? e.lowest ?? null;
  const half = e.maxPoints / 2;
  return t(`campaigns.explain.${e.rule}`, {
    score: fmt(e.score),
    max: fmt(e.maxPoints),
    half: fmt(half),
    points: fmt(e.points),
    answer: t(e.done ? 'campaigns.sheet.yes' : 'campaigns.sheet.no'),
    value: fmt(e.value),
    target: fmt(e.target),
    count: fmt(e.count),
    per: fmt(e.perItemPoints),
    share: fmt(e.sharePercent),
    cap: e.capped ? t('campaigns.explainCap', { max: fmt(e.maxPoints) }) : '',
    side: atMost ? t('campaigns.explainSide.AT_MOST') : '',
    step: fmt(step?.atLeast),
    stepPoints: fmt(step?.points),
    population: fmt(e.population),
    kind: e.populationKind ? kindLabel(e.populationKind).toLocaleLowerCase(lang) : t('campaigns.explainPopulation'),
    rate: fmt(e.ratePercent),
    unitRate: fmt(e.unitRate),
    wardRate: fmt(e.wardRate),
    actual: fmt(e.actual),
    best: fmt(e.best),
  });
}

/** Whether the sentence says more than the score beside it (points typed, yes/no do not). */
export const explainsMore = (e: Pick<ExplanationFigures, 'rule'> | null | undefined): boolean =>
  Boolean(e) && e!.rule !== 'MANUAL' && e!.rule !== 'YES_NO';
