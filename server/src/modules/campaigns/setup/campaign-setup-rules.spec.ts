import type { IndicatorInput } from './dto/indicator-tree.input.js';
import {
  indicatorRows,
  requireDraft,
  requireKnownPopulationKinds,
  requireLaunchable,
  requirePeriodDates,
  requireRulesOpen,
  requireUnitsFree,
  tieRuleOf,
} from './campaign-setup-rules.js';

/** The error `act` throws, to match against. */
function refusal(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

const input = (
  overrides: Partial<IndicatorInput> & Pick<IndicatorInput, 'key' | 'kind' | 'maxPoints'>,
): IndicatorInput => ({ code: overrides.key, title: ` ${overrides.key}  title `, ...overrides });

/** A 100-point tree: group 1 (60) = manual 1.1 (60); group 2 (40) = yes/no 2.1 (40). */
const tree = (): IndicatorInput[] => [
  input({ key: '1', kind: 'GROUP', maxPoints: 60 }),
  input({ key: '1.1', kind: 'MANUAL', maxPoints: 60, parentKey: '1' }),
  input({ key: '2', kind: 'GROUP', maxPoints: 40 }),
  input({ key: '2.1', kind: 'YES_NO', maxPoints: 40, parentKey: '2', step: 5 }),
];

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

const block = (...codes: string[]) => ({ units: codes.map((code) => ({ id: `u-${code}`, code })) });

describe('campaign setup rules', () => {
  it('locks the setup once the campaign is launched', () => {
    expect(() => requireDraft({ status: 'DRAFT' })).not.toThrow();
    expect(refusal(() => requireDraft({ status: 'LAUNCHED' }))).toMatchObject({ reason: 'CAMPAIGN_NOT_DRAFT' });
  });

  it('keeps the rules published with the results', () => {
    expect(() => requireRulesOpen([{ publishedAt: null }], 'locked')).not.toThrow();
    expect(refusal(() => requireRulesOpen([{ publishedAt: new Date() }], 'locked'))).toMatchObject({
      reason: 'RULES_LOCKED',
      message: 'locked',
    });
  });

  it('breaks ties by indicators of this campaign only', () => {
    expect(tieRuleOf(undefined, [])).toEqual({ kind: 'SHARED' });
    expect(tieRuleOf({ kind: 'TIEBREAK_INDICATORS', indicatorIds: ['a'] }, ['a', 'b'])).toEqual({
      kind: 'TIEBREAK_INDICATORS',
      indicatorIds: ['a'],
    });
    expect(refusal(() => tieRuleOf({ kind: 'TIEBREAK_INDICATORS', indicatorIds: ['z'] }, ['a']))).toMatchObject({
      reason: 'INVALID_TIE_RULE',
    });
  });

  it('wants a period to end on or after its start', () => {
    expect(() => requirePeriodDates('2026-01-01', '2026-01-01')).not.toThrow();
    expect(refusal(() => requirePeriodDates('2026-02-01', '2026-01-31'))).toMatchObject({ reason: 'INVALID_PERIOD' });
  });

  it('puts a unit in one block only, naming the taken ones', () => {
    expect(() => requireUnitsFree({ blocks: [block('A')] }, ['u-B'])).not.toThrow();
    expect(refusal(() => requireUnitsFree({ blocks: [block('A', 'B')] }, ['u-B', 'u-C']))).toMatchObject({
      reason: 'UNIT_IN_TWO_BLOCKS',
      details: { units: ['B'] },
    });
  });

  it('builds indicator rows with parents by key, keeping only the fields of each kind', () => {
    const rows = indicatorRows('c1', 's1', 100, tree(), ids());
    expect(rows.map((r) => [r.id, r.parentId, r.code, r.position])).toEqual([
      ['id-1', null, '1', 0],
      ['id-2', 'id-1', '1.1', 1],
      ['id-3', null, '2', 2],
      ['id-4', 'id-3', '2.1', 3],
    ]);
    expect(rows[1]).toMatchObject({ campaignId: 'c1', title: '1.1 title', step: 1, evidenceRequired: false });
    expect(rows[3].step).toBeNull();
  });

  it('keeps the population kind of a computed participation rate only, and wants a kind the ward has', () => {
    const computed = (key: string, metric: 'PARTICIPATION_RATE' | 'AVERAGE_SCORE', populationKind: string | null) =>
      input({
        key,
        kind: 'COMPUTED',
        maxPoints: 20,
        parentKey: '2',
        computedSource: { kind: 'CONTEST', id: null, metric, populationKind },
      });
    const rows = indicatorRows(
      'c1',
      's1',
      100,
      [
        input({ key: '2', kind: 'GROUP', maxPoints: 100 }),
        computed('2.1', 'PARTICIPATION_RATE', 'PARTY_MEMBERS'),
        computed('2.2', 'AVERAGE_SCORE', 'PARTY_MEMBERS'),
        computed('2.3', 'PARTICIPATION_RATE', null),
      ],
      ids(),
    );
    expect(rows.slice(1).map((r) => r.computedSource?.populationKind)).toEqual(['PARTY_MEMBERS', null, null]);
    const active = new Set(['STUDENTS', 'PARTY_MEMBERS']);
    expect(() => requireKnownPopulationKinds(rows, active)).not.toThrow();
    expect(refusal(() => requireKnownPopulationKinds(rows, new Set(['STUDENTS'])))).toMatchObject({
      reason: 'INDICATOR_TREE_INVALID',
      message: '2.1: no population kind PARTY_MEMBERS',
    });
  });

  it('saves a tree that does not add up yet, but not a malformed one', () => {
    expect(indicatorRows('c1', 's1', 200, tree(), ids())).toHaveLength(4);
    expect(
      refusal(() =>
        indicatorRows('c1', 's1', 100, [...tree(), input({ key: '1', kind: 'BONUS', maxPoints: 5 })], ids()),
      ),
    ).toMatchObject({
      reason: 'INDICATOR_TREE_INVALID',
      message: 'Two indicators have the same key',
    });
    expect(
      refusal(() =>
        indicatorRows('c1', 's1', 100, [input({ key: 'x', kind: 'MANUAL', maxPoints: 5, parentKey: 'nope' })], ids()),
      ),
    ).toMatchObject({ reason: 'INDICATOR_TREE_INVALID' });
  });

  it('launches a tree that adds up with a period and a block with units, naming what is missing', () => {
    const ready = {
      campaign: { status: 'DRAFT' as const, totalPoints: 100 },
      periods: [{}],
      blocks: [block('A')],
    };
    const rows = indicatorRows('c1', 's1', 100, tree(), ids());
    const sets = [{ name: 'Chung', tree: rows }];
    expect(() => requireLaunchable(ready, sets)).not.toThrow();
    expect(
      refusal(() => requireLaunchable({ ...ready, campaign: { status: 'DRAFT', totalPoints: 90 } }, sets)),
    ).toMatchObject({
      reason: 'INDICATOR_TREE_INVALID',
    });
    expect(refusal(() => requireLaunchable({ ...ready, periods: [], blocks: [block()] }, sets))).toMatchObject({
      reason: 'INVALID_TRANSITION',
      message: 'The campaign has no period; The campaign has no block with units',
    });
  });

  it('checks every set a block uses, naming the set, and refuses a used set without indicators', () => {
    const ready = { campaign: { status: 'DRAFT' as const, totalPoints: 100 }, periods: [{}], blocks: [block('A')] };
    const good = indicatorRows('c1', 's1', 100, tree(), ids());
    expect(
      refusal(() =>
        requireLaunchable(ready, [
          { name: 'Khối trường học', tree: good },
          { name: 'Khối tổ dân phố', tree: [] },
        ]),
      ),
    ).toMatchObject({
      reason: 'INDICATOR_TREE_INVALID',
      message: 'The campaign does not add up: Khối tổ dân phố: The campaign has no indicators',
      details: { issues: [{ reason: 'NO_INDICATORS', criteriaSet: 'Khối tổ dân phố' }] },
    });
  });

  it('keeps the fields of the new kinds: thresholds, comparison, population, per-occurrence points, method and evidence', () => {
    const rows = indicatorRows(
      'c1',
      's1',
      100,
      [
        input({ key: 'I', kind: 'GROUP', maxPoints: 100 }),
        input({
          key: '1',
          parentKey: 'I',
          kind: 'THRESHOLD',
          maxPoints: 4,
          thresholds: [{ atLeast: 85, points: 4 }],
          comparison: 'AT_LEAST',
          target: 9,
          populationKind: 'HOUSEHOLDS',
          method: ' Đạt từ 85 % ',
          evidenceText: 'Danh sách',
        }),
        input({
          key: '2',
          parentKey: 'I',
          kind: 'RATE',
          maxPoints: 6,
          populationKind: 'HOUSEHOLDS',
          comparison: 'AT_MOST',
        }),
        input({ key: '3', parentKey: 'I', kind: 'RELATIVE_TO_BEST', maxPoints: 90, target: 120, perItemPoints: 3 }),
        input({ key: '4', parentKey: 'I', kind: 'PENALTY', maxPoints: 10, perItemPoints: 2 }),
      ],
      ids(),
    );
    expect(rows.map((r) => [r.code, r.number])).toEqual([
      ['I', 'I'],
      ['I.1', '1'],
      ['I.2', '2'],
      ['I.3', '3'],
      ['I.4', '4'],
    ]);
    expect(rows[1]).toMatchObject({
      thresholds: [{ atLeast: 85, points: 4 }],
      comparison: 'AT_LEAST',
      target: null,
      populationKind: null,
      method: 'Đạt từ 85 %',
      evidenceText: 'Danh sách',
    });
    expect(rows[2]).toMatchObject({ populationKind: 'HOUSEHOLDS', comparison: 'AT_MOST', thresholds: null });
    expect(rows[3]).toMatchObject({ target: 120, perItemPoints: null });
    expect(rows[4]).toMatchObject({ perItemPoints: 2, target: null });
    expect(() => requireKnownPopulationKinds(rows, new Set(['HOUSEHOLDS']))).not.toThrow();
    expect(refusal(() => requireKnownPopulationKinds(rows, new Set(['STUDENTS'])))).toMatchObject({
      reason: 'INDICATOR_TREE_INVALID',
      message: 'I.2: no population kind HOUSEHOLDS',
    });
  });
});
