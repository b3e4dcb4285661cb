import { isAllowedParent } from '@thidua/shared';
import { DEMO_BLOCKS, DEMO_INDICATORS, DEMO_INTERIM_STATUS, DEMO_PERFORMANCE } from './demo-campaign.js';
import { DEMO_CONTENT } from './demo-content.js';
import { DEMO_CONTEST_DRAW, DEMO_CONTEST_RESOLUTION_CODE } from './demo-contest.js';
import { DEMO_ORGANIZATION } from './demo-organization.js';

/** The demo files refer to each other by code and key: a typo would load a demo with holes. */
describe('demo data', () => {
  const units = new Map(DEMO_ORGANIZATION.map((u) => [u.code, u]));

  it('lists each unit once, parents first, under a parent of an allowed kind', () => {
    expect(units.size).toBe(DEMO_ORGANIZATION.length);
    const seen = new Set<string>();
    for (const unit of DEMO_ORGANIZATION) {
      const parent = unit.parentCode ? units.get(unit.parentCode) : undefined;
      if (unit.parentCode) expect(seen.has(unit.parentCode)).toBe(true);
      expect(isAllowedParent(unit.kind, parent?.kind ?? null)).toBe(true);
      seen.add(unit.code);
    }
  });

  it('builds the campaign over units of the demo organization', () => {
    const codes = [
      ...DEMO_BLOCKS.flatMap((b) => [b.leaderCode, ...b.unitCodes]),
      ...Object.keys(DEMO_INTERIM_STATUS),
      ...Object.keys(DEMO_PERFORMANCE),
    ];
    expect(codes.filter((code) => !units.has(code))).toEqual([]);
    const indicatorCodes = new Set(DEMO_INDICATORS.map((i) => i.code));
    expect(DEMO_INDICATORS.filter((i) => i.parentCode && !indicatorCodes.has(i.parentCode))).toEqual([]);
  });

  it('draws the contest from sections of the demo content pack', () => {
    const sections = new Set(DEMO_CONTENT.sections.map((s) => s.key));
    expect(DEMO_CONTEST_RESOLUTION_CODE).toBe(DEMO_CONTENT.resolution.code);
    expect(DEMO_CONTEST_DRAW.filter(([key]) => !sections.has(key))).toEqual([]);
  });

  it('quizzes only questions of the pack, each in a section of the pack', () => {
    const questions = new Set(DEMO_CONTENT.questions.map((q) => q.key));
    const sections = new Set(DEMO_CONTENT.sections.map((s) => s.key));
    expect(DEMO_CONTENT.quiz.questionKeys.filter((key) => !questions.has(key))).toEqual([]);
    expect(DEMO_CONTENT.questions.filter((q) => !sections.has(q.sectionKey)).map((q) => q.key)).toEqual([]);
  });
});
