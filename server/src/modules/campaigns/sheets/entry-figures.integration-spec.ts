import type { GraphqlResponse } from '../../../test-support/test-app.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { createNeighbourhoodGroups, errorOf } from './testing/sheet-scenario.js';

/**
 * The figures an entry scores by besides its own value: a RATE's population of its
 * kind (the roster, else the declared number) and a RELATIVE_TO_BEST's block best;
 * each entry says how its value scores; a reviewer corrects a relative figure.
 */
const EXPLANATION =
  'rule score maxPoints count population populationKind ratePercent actual target best step { atLeast points } lowest { atLeast points }';
const FIELDS = `id status unit { code } entries { id indicatorCode value selfScore reviewedScore reviewedValue
  population { kind size source } explanation { ${EXPLANATION} } reviewedExplanation { ${EXPLANATION} } }`;

interface Explanation {
  rule: string;
  score: number;
  maxPoints: number;
  count: number | null;
  population: number | null;
  ratePercent: number | null;
  actual: number | null;
  target: number | null;
  best: number | null;
}
interface Entry {
  id: string;
  indicatorCode: string;
  value: number | null;
  selfScore: number | null;
  reviewedScore: number | null;
  reviewedValue: number | null;
  population: { kind: string; size: number; source: string } | null;
  explanation: Explanation | null;
  reviewedExplanation: Explanation | null;
}
interface Sheet {
  id: string;
  status: string;
  unit: { code: string };
  entries: Entry[];
}

describe('entry figures: population of a rate, block best of a relative indicator, a corrected figure', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let officers: Record<string, string>;
  let units: Record<string, string>;
  let campaignId: string;
  const sheets: Record<string, Sheet> = {};
  const codes = ['EF-01', 'EF-02', 'EF-03'];
  const [A, B, C] = codes;
  const RATE = 'I.1';
  const RELATIVE = 'II.1';

  const must = <T>(r: GraphqlResponse<T>): T => {
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const entryOf = (code: string, indicator: string): Entry =>
    sheets[code].entries.find((e) => e.indicatorCode === indicator)!;
  const save = async (code: string, indicator: string, value: number | null) => {
    const r = await app.gql<{ saveScoreEntry: Sheet }>(
      `mutation($input: SaveScoreEntryInput!) { saveScoreEntry(input: $input) { ${FIELDS} } }`,
      { input: { entryId: entryOf(code, indicator).id, value } },
      officers[code],
    );
    if (r.data) sheets[code] = r.data.saveScoreEntry;
    return r;
  };
  const review = async (code: string, indicator: string, input: Record<string, unknown>) => {
    const r = await app.gql<{ reviewScoreEntry: Sheet }>(
      `mutation($input: ReviewScoreEntryInput!) { reviewScoreEntry(input: $input) { ${FIELDS} } }`,
      { input: { entryId: entryOf(code, indicator).id, reason: 'Đối chiếu sổ theo dõi', ...input } },
      reviewer,
    );
    if (r.data) sheets[code] = r.data.reviewScoreEntry;
    return r;
  };
  const read = async (code: string, token = officers[code]) => {
    sheets[code] = must(
      await app.gql<{ scoreSheet: Sheet }>(
        `query($id: ID!) { scoreSheet(id: $id) { ${FIELDS} } }`,
        { id: sheets[code].id },
        token,
      ),
    ).scoreSheet;
    return sheets[code];
  };

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
    reviewer = await app.tokenFor('REVIEWER');
    units = await createNeighbourhoodGroups(app, codes);
    officers = {};
    for (const code of codes) officers[code] = await app.tokenFor('UNIT_OFFICER', units[code]);
    // A declares 120 households; B declares 50 but its roster lists 10 (the roster counts); C has none.
    await app.dataSource.query(
      "INSERT INTO unit_population (unit_id, kind, declared) VALUES ($1, 'HOUSEHOLDS', 120), ($2, 'HOUSEHOLDS', 50)",
      [units[A], units[B]],
    );
    await app.dataSource.query(
      `INSERT INTO person (unit_id, kind, full_name, search_text, identity_key)
       SELECT $1, 'HOUSEHOLDS', 'Hộ ' || g, 'ho ' || g, 'ef-ho-' || g FROM generate_series(1, 10) g`,
      [units[B]],
    );
    const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) =>
      app.gql<T>(query, variables, admin);
    campaignId = must(
      await gql<{ createCampaign: { id: string } }>(
        'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
        { input: { title: 'Tổ dân phố văn hóa', boardEnabled: false } },
      ),
    ).createCampaign.id;
    must(
      await gql('mutation($input: AddCampaignPeriodInput!) { addCampaignPeriod(input: $input) { id } }', {
        input: {
          campaignId,
          name: 'Sơ kết quý I',
          kind: 'INTERIM',
          startsOn: '2026-01-01',
          endsOn: '2026-03-31',
          submissionDeadline: new Date(Date.now() + 86_400_000).toISOString(),
        },
      }),
    );
    must(
      await gql('mutation($input: AddCampaignBlockInput!) { addCampaignBlock(input: $input) { id } }', {
        input: { campaignId, name: 'Khối tổ dân phố', unitIds: Object.values(units) },
      }),
    );
    must(
      await gql('mutation($input: SaveIndicatorTreeInput!) { saveIndicatorTree(input: $input) { id } }', {
        input: {
          campaignId,
          indicators: [
            { key: 'a', code: 'I', title: 'Gia đình văn hóa', kind: 'GROUP', maxPoints: 20 },
            {
              key: 'a1',
              parentKey: 'a',
              code: '1',
              title: 'Có từ 85 % hộ gia đình đạt danh hiệu Gia đình văn hóa',
              kind: 'RATE',
              maxPoints: 20,
              populationKind: 'HOUSEHOLDS',
              thresholds: [{ atLeast: 85, points: 20 }],
            },
            { key: 'b', code: 'II', title: 'Phong trào', kind: 'GROUP', maxPoints: 80 },
            {
              key: 'b1',
              parentKey: 'b',
              code: '1',
              title: 'Số buổi tuyên truyền',
              kind: 'RELATIVE_TO_BEST',
              maxPoints: 80,
              target: 10,
            },
          ],
        },
      }),
    );
    must(await gql('mutation($id: ID!) { launchCampaign(id: $id) { status } }', { id: campaignId }));
    const list = must(
      await gql<{ scoreSheets: Sheet[] }>(`query($c: ID!) { scoreSheets(campaignId: $c) { ${FIELDS} } }`, {
        c: campaignId,
      }),
    ).scoreSheets;
    for (const s of list) sheets[s.unit.code] = s;
  });
  afterAll(() => app.close());

  it("scores a rate against the unit's population of its kind, roster before declared, and says how", async () => {
    expect(entryOf(A, RATE).population).toEqual({ kind: 'HOUSEHOLDS', size: 120, source: 'DECLARED' });
    expect(entryOf(B, RATE).population).toEqual({ kind: 'HOUSEHOLDS', size: 10, source: 'ROSTER' });
    expect(entryOf(C, RATE).population).toEqual({ kind: 'HOUSEHOLDS', size: 0, source: 'DECLARED' });

    expect((await save(A, RATE, 96)).errors).toBeUndefined();
    expect(entryOf(A, RATE)).toMatchObject({
      selfScore: 0,
      explanation: { rule: 'RATE_NOT_MET', score: 0, count: 96, population: 120, ratePercent: 80 },
    });
    await save(A, RATE, 102);
    expect(entryOf(A, RATE)).toMatchObject({ selfScore: 20, explanation: { rule: 'RATE_MET', ratePercent: 85 } });

    await save(B, RATE, 9);
    expect(entryOf(B, RATE)).toMatchObject({ selfScore: 20, explanation: { population: 10, ratePercent: 90 } });
    // 11 of the 10 households on the roster: refused, nothing stored.
    expect(errorOf(await save(B, RATE, 11))).toMatchObject({
      reason: 'INVALID_SCORE',
      details: { reason: 'ABOVE_POPULATION' },
    });
    expect(errorOf(await save(C, RATE, 5))).toMatchObject({
      reason: 'INVALID_SCORE',
      details: { reason: 'NO_POPULATION' },
    });
    expect((await read(B)).entries.find((e) => e.indicatorCode === RATE)!.value).toBe(9);
    expect(entryOf(C, RATE).value).toBeNull();
  });

  it("scores a relative indicator against the best figure of the block's other sheets, on saving and on reading", async () => {
    await save(A, RELATIVE, 20);
    expect(entryOf(A, RELATIVE)).toMatchObject({ selfScore: 80, explanation: { rule: 'RELATIVE_BEST', best: 20 } });
    await save(B, RELATIVE, 15);
    // 40 + 40 × (15 − 10) ÷ (20 − 10): not the full maximum.
    expect(entryOf(B, RELATIVE)).toMatchObject({
      selfScore: 60,
      explanation: { rule: 'RELATIVE_BETWEEN', score: 60, actual: 15, target: 10, best: 20 },
    });
    await save(C, RELATIVE, 5);
    expect(entryOf(C, RELATIVE)).toMatchObject({ selfScore: 20, explanation: { rule: 'RELATIVE_BELOW_TARGET' } });
    // A reads its own sheet against the others' figures (15 and 5): it is still the best.
    expect((await read(A)).entries.find((e) => e.indicatorCode === RELATIVE)!.explanation).toMatchObject({
      rule: 'RELATIVE_BEST',
      best: 20,
    });
  });

  it('has the reviewer correct the figure of a relative indicator, scored with the block best, audited', async () => {
    await save(C, RATE, null);
    for (const code of codes) {
      await app.dataSource.query("UPDATE score_sheet SET status = 'SUBMITTED', submitted_at = now() WHERE id = $1", [
        sheets[code].id,
      ]);
    }
    // A relative score is not set by hand, and the reviewer gives one of the two.
    expect(errorOf(await review(A, RELATIVE, { reviewedScore: 50 }))).toMatchObject({
      reason: 'INVALID_SCORE',
      details: { reason: 'FIGURE_REQUIRED' },
    });
    expect(errorOf(await review(A, RATE, { reviewedScore: 4, reviewedValue: 102 }))).toMatchObject({
      reason: 'INVALID_SCORE',
    });
    expect(errorOf(await review(A, RELATIVE, { reviewedValue: -1 }))).toMatchObject({ reason: 'INVALID_SCORE' });
    expect(entryOf(A, RELATIVE)).toMatchObject({ reviewedScore: null, reviewedValue: null });

    const reviewed = (await review(A, RELATIVE, { reviewedValue: 12 })).errors;
    expect(reviewed).toBeUndefined();
    // The others' best is B's 15: 40 + 40 × (12 − 10) ÷ (15 − 10).
    expect(entryOf(A, RELATIVE)).toMatchObject({
      value: 20,
      selfScore: 80,
      reviewedValue: 12,
      reviewedScore: 56,
      reviewedExplanation: { rule: 'RELATIVE_BETWEEN', actual: 12, best: 15, score: 56 },
    });
    // B is now the block's best, as the reviewer's figure for A counts.
    expect((await read(B, reviewer)).entries.find((e) => e.indicatorCode === RELATIVE)!.explanation).toMatchObject({
      rule: 'RELATIVE_BEST',
      score: 80,
      best: 15,
    });
    const trail = must(
      await app.gql<{
        campaignAuditTrail: { action: string; field: string; oldValue: string; newValue: string; reason: string }[];
      }>(
        'query($c: ID!, $s: ID) { campaignAuditTrail(campaignId: $c, sheetId: $s) { action field oldValue newValue reason } }',
        { c: campaignId, s: sheets[A].id },
        admin,
      ),
    ).campaignAuditTrail.filter((e) => e.action === 'SCORE_REVIEWED');
    expect(trail).toEqual(
      expect.arrayContaining([
        {
          action: 'SCORE_REVIEWED',
          field: 'reviewedValue',
          oldValue: '20',
          newValue: '12',
          reason: 'Đối chiếu sổ theo dõi',
        },
        {
          action: 'SCORE_REVIEWED',
          field: 'reviewedScore',
          oldValue: '80',
          newValue: '56',
          reason: 'Đối chiếu sổ theo dõi',
        },
      ]),
    );
    expect(trail).toHaveLength(2);
  });

  it('lets a rate be reviewed by its figure or by its score, a score clearing the figure', async () => {
    await review(A, RATE, { reviewedValue: 96 });
    expect(entryOf(A, RATE)).toMatchObject({
      reviewedValue: 96,
      reviewedScore: 0,
      reviewedExplanation: { rule: 'RATE_NOT_MET', ratePercent: 80 },
    });
    await review(A, RATE, { reviewedScore: 4 });
    expect(entryOf(A, RATE)).toMatchObject({ reviewedValue: null, reviewedScore: 4, reviewedExplanation: null });
  });
});
