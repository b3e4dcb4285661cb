import { scoreFromValue, validateIndicatorTree, WARD_COMMENDATION_FORMS, type IndicatorDef } from '@thidua/shared';
import {
  DEMO_BLOCKS,
  DEMO_CRITERIA_SETS,
  DEMO_INTERIM,
  DEMO_ORGANIZER_CODE,
  DEMO_PERFORMANCE,
  DEMO_PERIODS,
  DEMO_RETURN_CODE,
  DEMO_TITLES,
} from './demo-campaign.js';
import { flattenCriteria, type DemoCriteriaSet } from './demo-criteria.js';
import { DEMO_ORGANIZATION } from './demo-organization.js';
import { demoPeople } from './demo-people.js';
import { demoSheetTimes, demoValue } from './demo-values.js';

const DAY = 24 * 60 * 60 * 1000;

/** A set's rows as the scoring functions see them (the full code doubles as the id). */
const defsOf = (set: DemoCriteriaSet): IndicatorDef[] =>
  flattenCriteria(set.indicators).map((row) => ({ ...row, id: row.code, parentId: row.parentCode }));
const setOf = (key: DemoCriteriaSet['key']) => DEMO_CRITERIA_SETS.find((s) => s.key === key)!;
const text = (set: DemoCriteriaSet) =>
  defsOf(set)
    .map((i) => `${i.title} ${i.method ?? ''} ${i.evidenceText ?? ''}`)
    .join('\n');

/** What the seeder divides a RATE by: the roster of the unit's subtree, else the number it declares. */
function populationOf(unitCode: string, kind: string): number | null {
  const units = new Map(DEMO_ORGANIZATION.map((u) => [u.code, u]));
  const within = (code: string): boolean =>
    code === unitCode || (!!units.get(code)?.parentCode && within(units.get(code)!.parentCode!));
  const roster = demoPeople().filter((p) => p.kind === kind && within(p.unitCode)).length;
  if (roster > 0) return roster;
  const unit = units.get(unitCode)!;
  return unit.alsoDeclared?.[kind] ?? (unit.populationKind === kind ? unit.eligiblePopulation : null);
}

describe('demo campaign data', () => {
  it.each(DEMO_CRITERIA_SETS.map((s) => [s.name, s] as const))('%s adds up to 100 points', (_name, set) => {
    expect(validateIndicatorTree(defsOf(set), 100)).toEqual([]);
  });

  it('numbers criteria locally (1, 2, 3 again in every standard, 2.1 under 2) with unique full codes', () => {
    for (const set of DEMO_CRITERIA_SETS) {
      const rows = flattenCriteria(set.indicators);
      expect(rows.filter((r) => r.number === '1').length).toBeGreaterThan(3);
      expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
      expect(rows.filter((r) => r.parentCode === null).map((r) => r.number)).toEqual([
        'I',
        'II',
        'III',
        'IV',
        'V',
        'VI',
        'VII',
      ]);
      expect(rows.filter((r) => /^[IV]+\.\d+\.\d+$/.test(r.code)).length).toBeGreaterThan(0);
    }
    expect(flattenCriteria(setOf('TDP').indicators).find((r) => r.number === '2.2')!.code).toBe('I.2.2');
  });

  it('says for every criterion how it is scored and, where it is entered, what evidence is asked, in official spelling', () => {
    for (const set of DEMO_CRITERIA_SETS) {
      const leaves = defsOf(set).filter((i) => i.kind !== 'GROUP');
      expect(leaves.filter((i) => !i.method?.trim() || !i.evidenceText?.trim()).map((i) => i.code)).toEqual([]);
      expect(text(set)).not.toMatch(/hoá|khoá|Uỷ|uỷ|Tỉ lệ|tỉ lệ/);
    }
  });

  it('gives each block its own criteria: a department issues a plan, a TDP has its loudspeaker, Zalo group and meeting', () => {
    expect(text(setOf('DEPARTMENT'))).toContain('Ban hành kế hoạch');
    expect(text(setOf('TDP'))).not.toMatch(/ban hành kế hoạch/i);
    for (const words of ['loa truyền thanh', 'Zalo', 'Họp tổ dân phố']) expect(text(setOf('TDP'))).toContain(words);
    expect(text(setOf('SCHOOL'))).toMatch(/phát thanh học đường/);
    const households = defsOf(setOf('TDP')).find((i) => i.kind === 'RATE' && i.thresholds?.length === 1)!;
    expect(households).toMatchObject({ populationKind: 'HOUSEHOLDS', thresholds: [{ atLeast: 85, points: 10 }] });
    expect(households.method).toContain('Có từ 85 % hộ gia đình');
    expect(defsOf(setOf('SCHOOL')).some((i) => i.kind === 'COMPUTED')).toBe(true);
    expect(defsOf(setOf('DEPARTMENT')).some((i) => i.kind === 'RELATIVE_TO_BEST')).toBe(true);
    for (const set of DEMO_CRITERIA_SETS) {
      expect(defsOf(set).find((i) => i.kind === 'PENALTY')).toMatchObject({ perItemPoints: 2, maxPoints: 10 });
    }
    expect(defsOf(setOf('TDP')).find((i) => i.code === DEMO_RETURN_CODE)).toMatchObject({ evidenceRequired: true });
  });

  it('enters a figure every criterion scores, for every unit of every block', () => {
    const problems: string[] = [];
    for (const block of DEMO_BLOCKS) {
      const defs = defsOf(setOf(block.criteriaSet)).filter((i) => i.kind !== 'GROUP');
      for (const code of block.unitCodes) {
        for (const indicator of defs) {
          const population = indicator.populationKind ? populationOf(code, indicator.populationKind) : null;
          const value = demoValue(indicator, DEMO_PERFORMANCE[code], code, population);
          if (indicator.kind === 'COMPUTED') continue;
          const scored = value === null ? null : scoreFromValue(indicator, value, { population, blockBest: value });
          if (!scored?.ok)
            problems.push(`${code} ${indicator.code}: ${value} ${scored?.ok === false ? scored.message : ''}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('rewards the ward chairman’s giấy khen to at most 20 % of the units completing with distinction, at least one', () => {
    expect(DEMO_TITLES.map((t) => t.name)).not.toContain('Tập thể lao động xuất sắc');
    expect(DEMO_TITLES[0]).toMatchObject({
      quotaPercent: 20,
      quotaBase: 'LOWER_TITLE',
      quotaRounding: 'FLOOR',
      quotaMinimum: 1,
    });
    expect(DEMO_TITLES[0].minTotal).toBeGreaterThan(DEMO_TITLES[1].minTotal);
    // The giấy khen proposes the catalogue's collective giấy khen; the campaign's own grading proposes nothing.
    expect(DEMO_TITLES.map((t) => t.formCode)).toEqual(['GIAY_KHEN_TAP_THE', null]);
    const form = WARD_COMMENDATION_FORMS.find((f) => f.code === DEMO_TITLES[0].formCode);
    expect(form).toMatchObject({ recipientKind: 'COLLECTIVE', authority: 'CONFER', name: DEMO_TITLES[0].name });
    expect(DEMO_BLOCKS.map((b) => b.leaderCode)).not.toContain(DEMO_ORGANIZER_CODE);
  });

  describe('the interim period', () => {
    const [interim] = DEMO_PERIODS;
    const now = Date.now();
    const deadline = new Date(now + interim.deadlineInDays * DAY);
    const times = (code: string) => demoSheetTimes(DEMO_INTERIM[code], deadline, interim.replyDays, true);

    it('is past its deadline and takes a point a day, at most 5, from late sheets', () => {
      expect(deadline.getTime()).toBeLessThan(now);
      expect(interim.lateRule).toEqual({ kind: 'POINTS_PER_DAY', pointsPerDay: 1, maxPoints: 5 });
      expect(times('TDP-02').lateDays).toBe(2);
      expect(times('TDP-08')).toMatchObject({ lateDays: 0 });
      expect(times('TDP-08').deadlineOverride!.getTime()).toBeGreaterThan(now);
    });

    it('has a sheet returned after the deadline whose reply window is still open', () => {
      const returned = times('TDP-05');
      expect(DEMO_INTERIM['TDP-05'].status).toBe('RETURNED');
      expect(returned.returnedAt!.getTime()).toBeGreaterThan(deadline.getTime());
      expect(returned.replyDueAt!.getTime()).toBeGreaterThan(now);
    });

    it('has nothing in the past a reviewer cannot act on, and nothing stuck: every sheet is approved, marked or can still move', () => {
      const stuck = Object.entries(DEMO_INTERIM).filter(([code, plan]) => {
        if (plan.status === 'APPROVED' || plan.mark) return false;
        if (plan.status === 'SUBMITTED' || plan.status === 'FIRST_REVIEWED') return false;
        if (plan.status === 'RETURNED') return !(times(code).replyDueAt!.getTime() > now);
        return !(times(code).deadlineOverride && times(code).deadlineOverride!.getTime() > now);
      });
      expect(stuck).toEqual([]);
      for (const t of Object.keys(DEMO_INTERIM).map(times)) {
        for (const at of [t.submittedAt, t.firstReviewedAt, t.approvedAt, t.returnedAt, t.markedAt]) {
          if (at) expect(at.getTime()).toBeLessThanOrEqual(now);
        }
      }
      expect(DEMO_INTERIM['TDP-06']).toEqual({ status: 'DRAFT', mark: 'NOT_SUBMITTED' });
    });
  });
});
