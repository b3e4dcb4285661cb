import {
  type IndicatorDef,
  SCORE_ERROR_REASONS,
  SCORE_EXPLANATION_RULES,
  type ScoreExplanation,
  scoreFromValue,
} from '@thidua/shared';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../../lib/i18n';
import { explanationText } from './score-explanation-text';

const t = i18n.t.bind(i18n);
const households = (code: string) => (code === 'HOUSEHOLDS' ? 'Hộ gia đình' : code);

const leaf = (overrides: Partial<IndicatorDef>): IndicatorDef => ({
  id: 'i',
  parentId: null,
  code: 'I.1',
  title: 'Tiêu chí',
  kind: 'MANUAL',
  maxPoints: 4,
  step: null,
  target: null,
  perItemPoints: null,
  evidenceRequired: false,
  computedSource: null,
  position: 0,
  ...overrides,
});

function explained(indicator: IndicatorDef, value: number, context = {}): ScoreExplanation {
  const result = scoreFromValue(indicator, value, context);
  if (!result.ok) throw new Error(result.message);
  return result.explanation;
}

describe('explanationText', () => {
  afterEach(() => i18n.changeLanguage('vi'));

  it('words a rate below its threshold as the appendix does', () => {
    const rate = leaf({ kind: 'RATE', populationKind: 'HOUSEHOLDS', thresholds: [{ atLeast: 85, points: 4 }] });
    expect(explanationText(explained(rate, 96, { population: 120 }), t, 'vi', households)).toBe(
      'Tỷ lệ 80 % hộ gia đình (96/120) chưa đạt ngưỡng 85 %: 0 điểm.',
    );
    expect(explanationText(explained(rate, 102, { population: 120 }), t, 'vi', households)).toBe(
      'Tỷ lệ 85 % hộ gia đình (102/120) đạt ngưỡng 85 %: 4 điểm.',
    );
  });

  it("words the cluster's rule with the block's best, and an at-most threshold", () => {
    const relative = leaf({ kind: 'RELATIVE_TO_BEST', maxPoints: 200, target: 10 });
    expect(explanationText(explained(relative, 15, { blockBest: 20 }), t, 'vi')).toBe(
      'Kết quả 15 vượt chỉ tiêu 10, cao nhất khối là 20: 100 + 100 × (15 − 10) ÷ (20 − 10) = 150 điểm.',
    );
    expect(explanationText(explained(relative, 8, { blockBest: 20 }), t, 'vi')).toBe(
      'Kết quả 8 dưới chỉ tiêu 10: 100 × 8 ÷ 10 = 80 điểm.',
    );
    const threshold = leaf({ kind: 'THRESHOLD', comparison: 'AT_MOST', thresholds: [{ atLeast: 2, points: 4 }] });
    expect(explanationText(explained(threshold, 3), t, 'vi')).toBe('Kết quả 3 chưa đạt ngưỡng tối đa 2: 0 điểm.');
  });

  it('words a capped penalty per occurrence and a ward rate in English, with decimals the reader’s way', async () => {
    await i18n.changeLanguage('en');
    const penalty = leaf({ kind: 'PENALTY', maxPoints: 10, perItemPoints: 2 });
    expect(explanationText(explained(penalty, 7), t, 'en')).toBe('7 times × −2 points: -10 points (capped at 10).');
    const ward = leaf({ kind: 'WARD_RATE', target: 92.5 });
    expect(explanationText(explained(ward, 93), t, 'en')).toBe(
      "The unit's rate 93 % meets the ward's rate 92.5 %: 4 points.",
    );
    await i18n.changeLanguage('vi');
    expect(explanationText(explained(ward, 90), t, 'vi')).toBe(
      'Tỷ lệ của đơn vị 90 % chưa đạt so với tỷ lệ chung của phường 92,5 %: 0 điểm.',
    );
  });

  it('has a sentence for every rule and every refusal in both languages', () => {
    for (const lang of ['vi', 'en']) {
      for (const rule of SCORE_EXPLANATION_RULES)
        expect(i18n.exists(`campaigns.explain.${rule}`, { lng: lang })).toBe(true);
      for (const reason of SCORE_ERROR_REASONS)
        expect(i18n.exists(`campaigns.scoreError.${reason}`, { lng: lang })).toBe(true);
    }
  });
});
