import { foldForSearch } from '@thidua/shared';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../../test-support/test-app.js';
import {
  createNeighbourhoodGroups,
  errorOf,
  launchScenario,
  sheetCalls,
  type Scenario,
} from '../../campaigns/sheets/testing/sheet-scenario.js';

const CHECK = 'conditionId kind met actual required holders members evidence evidenceRequired';
const PROPOSAL = `id recipientKind recipientName recipientDetail achievements source rank total status statusReason
  position conditionsMet form { code recipientKind } unit { id name } person { id fullName } conditions { ${CHECK} }`;
const ROUND = `id name status year campaignName periodName quotas { formCode limit proposed base }
  proposals { ${PROPOSAL} }`;

interface Check {
  conditionId: string;
  kind: string;
  met: boolean | null;
  actual: number | null;
  holders: number | null;
  members: number | null;
  evidence: string | null;
}
interface Proposal {
  id: string;
  recipientName: string;
  recipientDetail: string;
  achievements: string;
  source: string;
  rank: number | null;
  total: number | null;
  status: string;
  statusReason: string | null;
  conditionsMet: boolean | null;
  form: { code: string };
  unit: { id: string; name: string };
  person: { id: string; fullName: string } | null;
  conditions: Check[];
}
interface Round {
  id: string;
  status: string;
  campaignName: string | null;
  periodName: string | null;
  quotas: { formCode: string; limit: number; proposed: number; base: number }[];
  proposals: Proposal[];
}

/**
 * A round drawn from a real published ranking: three TDPs scored, approved and
 * published through the campaign's own operations; titles link to collective forms;
 * persons on the rosters are proposed for an individual form the collective form
 * counts (MEMBER_SHARE); a confirmation needs its evidence; refusals change nothing.
 */
describe('commendation rounds and proposals', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let scenario: Scenario;
  let roundId: string;
  const forms: Record<string, string> = {};
  const people: Record<string, string> = {};

  const must = <T>(r: GraphqlResponse<T>): T => {
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token = admin) =>
    app.gql<T>(query, variables, token);
  const round = async () =>
    must(
      await gql<{ commendationRound: Round }>(`query($id: ID!) { commendationRound(id: $id) { ${ROUND} } }`, {
        id: roundId,
      }),
    ).commendationRound;
  const of = async (unit: string, form = 'TEST_TDP_XS') =>
    (await round()).proposals.find((p) => p.unit.id === scenario.units[unit] && p.form.code === form && !p.person)!;
  const add = (input: Record<string, unknown>, token = reviewer) =>
    gql<{ addCommendationProposal: Proposal }>(
      `mutation($input: AddCommendationProposalInput!) { addCommendationProposal(input: $input) { ${PROPOSAL} } }`,
      { input: { roundId, ...input } },
      token,
    );
  const confirm = (input: Record<string, unknown>) =>
    gql<{ confirmProposalCondition: Proposal }>(
      `mutation($input: ConfirmProposalConditionInput!) { confirmProposalCondition(input: $input) { ${PROPOSAL} } }`,
      { input },
      reviewer,
    );
  const withdraw = (id: string, reason: string) =>
    gql<{ withdrawCommendationProposal: Proposal }>(
      `mutation($id: ID!, $reason: String!) { withdrawCommendationProposal(id: $id, reason: $reason) { ${PROPOSAL} } }`,
      { id, reason },
      reviewer,
    );
  const build = () =>
    gql<{
      buildProposalsFromRanking: {
        created: number;
        refreshed: number;
        skipped: { unit: { name: string }; reason: string }[];
      };
    }>(
      'mutation($id: ID!) { buildProposalsFromRanking(roundId: $id) { created refreshed skipped { unit { name } titleName formName reason } } }',
      { id: roundId },
      reviewer,
    );
  const snapshot = async () => ({
    proposals: await app.dataSource.query('SELECT * FROM commendation_proposal ORDER BY id'),
    events: (await app.dataSource.query('SELECT count(*)::int AS n FROM commendation_event'))[0].n,
  });
  const createForm = async (input: Record<string, unknown>) => {
    const r = await gql<{ createCommendationForm: { id: string } }>(
      'mutation($input: CreateCommendationFormInput!) { createCommendationForm(input: $input) { id } }',
      { input: { authority: 'CONFER', period: 'ANNUAL', ...input } },
    );
    forms[input.code as string] = must(r).createCommendationForm.id;
  };

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
    reviewer = await app.tokenFor('REVIEWER');
    const units = await createNeighbourhoodGroups(app, ['A', 'B', 'C']);
    scenario = await launchScenario(app, admin, units);
    await createForm({
      code: 'TEST_CA_NHAN',
      name: 'Giấy khen cá nhân tiêu biểu',
      recipientKind: 'INDIVIDUAL',
      conditions: [{ id: 'c1', kind: 'CONFIRMED', label: 'Gương mẫu chấp hành chủ trương, pháp luật' }],
    });
    await createForm({
      code: 'TEST_TDP_XS',
      name: 'Giấy khen tổ dân phố xuất sắc',
      recipientKind: 'COLLECTIVE',
      unitKinds: ['NEIGHBORHOOD_GROUP'],
      quotaPercent: 50,
      quotaMinimum: 1,
      conditions: [
        { id: 'c1', kind: 'MIN_TOTAL', label: 'Đạt từ 93 điểm', value: 93 },
        { id: 'c2', kind: 'GROUP_FLOOR', label: 'Mỗi tiêu chuẩn đạt từ 90%', value: 90 },
        { id: 'c3', kind: 'MAX_RANK', label: 'Xếp thứ 1 hoặc 2', value: 2 },
        {
          id: 'c4',
          kind: 'MEMBER_SHARE',
          label: 'Trên 50% người dân đạt giấy khen cá nhân',
          value: 50,
          formCode: 'TEST_CA_NHAN',
          populationKind: 'RESIDENTS',
          strict: true,
        },
        { id: 'c5', kind: 'CONFIRMED', label: 'Không có cá nhân bị kỷ luật', evidenceRequired: true },
      ],
    });
    await createForm({
      code: 'TEST_TRUONG',
      name: 'Giấy khen trường học tiên tiến',
      recipientKind: 'COLLECTIVE',
      unitKinds: ['SCHOOL'],
    });
    must(
      await gql('mutation($input: SaveTitlesInput!) { saveCampaignTitles(input: $input) { id } }', {
        input: {
          campaignId: scenario.campaignId,
          titles: [
            { name: 'Tổ dân phố xuất sắc', minTotal: 90, commendationFormId: forms.TEST_TDP_XS },
            { name: 'Tổ dân phố tiên tiến', minTotal: 50, commendationFormId: forms.TEST_TRUONG },
          ],
        },
      }),
    );
    const calls = sheetCalls(app);
    for (const [code, value] of [
      ['A', 95],
      ['B', 92],
      ['C', 60],
    ] as const) {
      const officer = await app.tokenFor('UNIT_OFFICER', units[code]);
      const sheet = scenario.sheets[code];
      expect((await calls.save(officer, { entryId: sheet.entries[0].id, value })).r.errors).toBeUndefined();
      expect((await calls.submit(officer, { sheetId: sheet.id })).r.errors).toBeUndefined();
      expect((await calls.approve(reviewer, sheet.id)).r.errors).toBeUndefined();
    }
    for (const [name, unit] of [
      ['Nguyễn Văn An', 'A'],
      ['Trần Thị Bình', 'A'],
      ['Lê Văn Cường', 'A'],
      ['Phạm Thị Dung', 'B'],
    ] as const) {
      const [row]: { id: string }[] = await app.dataSource.query(
        `INSERT INTO person (unit_id, kind, full_name, search_text, identity_key, sub_unit)
         VALUES ($1, 'RESIDENTS', $2::varchar, $3::varchar, $2::varchar, 'Nhà số 5') RETURNING id`,
        [units[unit], name.normalize('NFD'), foldForSearch(name)],
      );
      people[name] = row.id;
    }
  });
  afterAll(() => app.close());

  it('opens a round for a period of its campaign only, and lists it for reviewers, not unit officers', async () => {
    const create = (input: Record<string, unknown>) =>
      gql<{ createCommendationRound: Round }>(
        `mutation($input: CreateCommendationRoundInput!) { createCommendationRound(input: $input) { ${ROUND} } }`,
        { input },
        reviewer,
      );
    const other = must(
      await gql<{ createCampaign: { id: string } }>(
        'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
        { input: { title: 'Khác', boardEnabled: false } },
      ),
    ).createCampaign.id;
    const before = await snapshot();
    const wrong = await create({ name: 'Sai', campaignId: other, periodId: scenario.periodId, year: 2026 });
    expect(errorOf(wrong)).toMatchObject({ reason: 'ROUND_INVALID' });
    expect(errorOf(await create({ name: '  ', year: 2026 }))).toMatchObject({ reason: 'ROUND_INVALID' });
    expect(await snapshot()).toEqual(before);
    const created = must(
      await create({
        name: 'Khen thưởng  sơ kết quý I',
        campaignId: scenario.campaignId,
        periodId: scenario.periodId,
        year: 2026,
      }),
    ).createCommendationRound;
    expect(created).toMatchObject({
      status: 'PROPOSING',
      campaignName: 'Thi đua tổ dân phố văn hóa',
      periodName: 'Sơ kết quý I',
      proposals: [],
      quotas: [],
    });
    roundId = created.id;
    const officer = await app.tokenFor('UNIT_OFFICER', scenario.units.A);
    expect(errorOf(await gql('query { commendationRounds { id } }', {}, officer))).toMatchObject({ code: 'FORBIDDEN' });
    const listed = must(await gql<{ commendationRounds: { id: string }[] }>('query { commendationRounds { id } }', {}));
    expect(listed.commendationRounds.map((r) => r.id)).toEqual([roundId]);
  });

  it('refuses to build from a ranking that is not published, changing nothing', async () => {
    const before = await snapshot();
    expect(errorOf(await build())).toMatchObject({ reason: 'PERIOD_NOT_PUBLISHED' });
    expect(await snapshot()).toEqual(before);
  });

  it('builds the list from the published ranking: checks figures, skips units the form does not go to', async () => {
    must(await gql('mutation($p: ID!) { publishCampaignPeriod(periodId: $p) { status } }', { p: scenario.periodId }));
    const built = must(await build()).buildProposalsFromRanking;
    expect(built.created).toBe(2);
    expect(built.skipped).toEqual([
      {
        unit: { name: 'Tổ dân phố C' },
        titleName: 'Tổ dân phố tiên tiến',
        formName: 'Giấy khen trường học tiên tiến',
        reason: 'UNIT_KIND',
      },
    ]);
    const a = await of('A');
    expect(a).toMatchObject({
      source: 'RANKING',
      rank: 1,
      total: 95,
      recipientName: 'Tổ dân phố A',
      status: 'PROPOSED',
    });
    expect(a.achievements).toBe(
      'Đã có thành tích xuất sắc trong phong trào thi đua “Thi đua tổ dân phố văn hóa” (Sơ kết quý I) năm 2026, xếp thứ 1 khối tổ dân phố với 95 điểm',
    );
    expect(a.conditions.map((c) => [c.conditionId, c.met, c.actual])).toEqual([
      ['c1', true, 95],
      ['c2', true, 95],
      ['c3', true, 1],
      ['c4', false, 0],
      ['c5', null, null],
    ]);
    expect(a.conditions[3]).toMatchObject({ holders: 0, members: 3 });
    expect(a.conditionsMet).toBe(false);
    const b = await of('B');
    expect(b.conditions.map((c) => c.met)).toEqual([false, true, true, false, null]);
    expect((await round()).quotas).toEqual([{ formCode: 'TEST_TDP_XS', limit: 1, proposed: 2, base: 2 }]);
  });

  it('refreshes on a second build without duplicating, keeping edited achievements', async () => {
    const a = await of('A');
    must(
      await gql(
        'mutation($input: UpdateCommendationProposalInput!) { updateCommendationProposal(input: $input) { id } }',
        { input: { id: a.id, achievements: 'Đã có thành tích  tiêu biểu' } },
        reviewer,
      ),
    );
    const again = must(await build()).buildProposalsFromRanking;
    expect(again).toMatchObject({ created: 0, refreshed: 2 });
    expect((await round()).proposals).toHaveLength(2);
    expect((await of('A')).achievements).toBe('Đã có thành tích  tiêu biểu');
  });

  it('adds individuals from the unit’s roster; the collective’s member share follows them', async () => {
    const before = await snapshot();
    const outside = await add({
      formId: forms.TEST_CA_NHAN,
      unitId: scenario.units.A,
      personId: people['Phạm Thị Dung'],
    });
    expect(errorOf(outside)).toMatchObject({ reason: 'RECIPIENT_NOT_ELIGIBLE' });
    const asUnit = await add({ formId: forms.TEST_CA_NHAN, unitId: scenario.units.A });
    expect(errorOf(asUnit)).toMatchObject({ reason: 'RECIPIENT_NOT_ELIGIBLE' });
    const personForUnitForm = await add({
      formId: forms.TEST_TDP_XS,
      unitId: scenario.units.A,
      personId: people['Nguyễn Văn An'],
    });
    expect(errorOf(personForUnitForm)).toMatchObject({ reason: 'RECIPIENT_NOT_ELIGIBLE' });
    expect(errorOf(await add({ formId: forms.TEST_TDP_XS, unitId: scenario.units.A }))).toMatchObject({
      reason: 'PROPOSAL_DUPLICATE',
    });
    expect(await snapshot()).toEqual(before);

    const an = must(
      await add({ formId: forms.TEST_CA_NHAN, unitId: scenario.units.A, personId: people['Nguyễn Văn An'] }),
    ).addCommendationProposal;
    expect(an).toMatchObject({
      source: 'RECORD',
      recipientName: 'Nguyễn Văn An'.normalize('NFC'),
      recipientDetail: 'Nhà số 5, Tổ dân phố A',
      person: { id: people['Nguyễn Văn An'] },
      conditionsMet: null,
    });
    expect((await of('A')).conditions[3]).toMatchObject({ met: false, holders: 1, members: 3 });
    expect(
      errorOf(await add({ formId: forms.TEST_CA_NHAN, unitId: scenario.units.A, personId: people['Nguyễn Văn An'] })),
    ).toMatchObject({ reason: 'PROPOSAL_DUPLICATE' });
    must(await add({ formId: forms.TEST_CA_NHAN, unitId: scenario.units.A, personId: people['Trần Thị Bình'] }));
    expect((await of('A')).conditions[3]).toMatchObject({ met: true, holders: 2, members: 3, actual: 66.67 });
  });

  it('finds persons of a unit’s roster by name without diacritics, for reviewers', async () => {
    const search = async (unit: string, words: string) =>
      must(
        await gql<{ commendationCandidates: { id: string; unitName: string }[] }>(
          'query($u: ID!, $s: String!) { commendationCandidates(unitId: $u, search: $s) { id fullName unitName } }',
          { u: scenario.units[unit], s: words },
          reviewer,
        ),
      ).commendationCandidates;
    expect((await search('A', 'nguyen an')).map((p) => p.id)).toEqual([people['Nguyễn Văn An']]);
    expect(await search('B', 'nguyen an')).toEqual([]);
    expect(await search('A', '  ')).toEqual([]);
  });

  it('confirms a condition only with the evidence it asks for', async () => {
    const a = await of('A');
    const before = await snapshot();
    const bare = await confirm({ proposalId: a.id, conditionId: 'c5', confirmed: true, evidence: '  ' });
    expect(errorOf(bare)).toMatchObject({ reason: 'EVIDENCE_REQUIRED' });
    expect(
      errorOf(await confirm({ proposalId: a.id, conditionId: 'c1', confirmed: true, evidence: 'x' })),
    ).toMatchObject({
      reason: 'CONDITION_NOT_FOUND',
    });
    expect(await snapshot()).toEqual(before);
    const confirmed = must(
      await confirm({ proposalId: a.id, conditionId: 'c5', confirmed: true, evidence: 'Biên bản họp tổ số 3/BB' }),
    ).confirmProposalCondition;
    expect(confirmed.conditions[4]).toMatchObject({ met: true, evidence: 'Biên bản họp tổ số 3/BB' });
    // The group floor found while building is kept on a later check.
    expect(confirmed.conditions[1]).toMatchObject({ met: true, actual: 95 });
    expect(confirmed.conditionsMet).toBe(true);
    const events: { action: string }[] = await app.dataSource.query(
      'SELECT action FROM commendation_event WHERE proposal_id = $1 ORDER BY at',
      [a.id],
    );
    expect(events.map((e) => e.action)).toContain('CONDITION_CONFIRMED');
  });

  it('withdraws with a reason; the member share drops again', async () => {
    const binh = (await round()).proposals.find((p) => p.person?.id === people['Trần Thị Bình'])!;
    const before = await snapshot();
    expect(errorOf(await withdraw(binh.id, '   '))).toMatchObject({ reason: 'REASON_REQUIRED' });
    expect(await snapshot()).toEqual(before);
    const withdrawn = must(await withdraw(binh.id, 'Chuyển nơi cư trú')).withdrawCommendationProposal;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', statusReason: 'Chuyển nơi cư trú' });
    expect((await of('A')).conditions[3]).toMatchObject({ met: false, holders: 1 });
    expect((await of('A')).conditionsMet).toBe(false);
  });

  it('drafts an individual’s achievements from the live games of the round’s year', async () => {
    const [game]: { id: string }[] = await app.dataSource.query(
      `INSERT INTO live_game (pin, title, settings, status, phase, question_count, started_at)
       VALUES ('731905', 'Rung chuông vàng', '{}', 'ENDED', 'ENDED', 0, '2026-05-01T08:00:00Z') RETURNING id`,
    );
    for (const [name, personId, score] of [
      ['Dung', people['Phạm Thị Dung'], 80],
      ['Khách', null, 50],
      ['Khách 2', null, 90],
    ] as const) {
      await app.dataSource.query(
        `INSERT INTO live_player (game_id, name, unit_id, person_id, resume_token_hash, joined_at, score)
         VALUES ($1, $2::varchar, $3, $4, md5($2::varchar) || md5($2::varchar), now(), $5)`,
        [game.id, name, scenario.units.B, personId, score],
      );
    }
    const dung = must(
      await add({
        formId: forms.TEST_CA_NHAN,
        unitId: scenario.units.B,
        personId: people['Phạm Thị Dung'],
        recipientDetail: ' Tổ trưởng  tổ dân phố B ',
      }),
    ).addCommendationProposal;
    expect(dung.achievements).toBe(
      'Đã có thành tích tích cực tham gia các hoạt động thi đua năm 2026: buổi thi trực tiếp “Rung chuông vàng” (xếp thứ 2/3)',
    );
    expect(dung.recipientDetail).toBe('Tổ trưởng tổ dân phố B');
    expect((await of('B')).conditions[3]).toMatchObject({ met: true, holders: 1, members: 1 });
  });

  it('changes proposals only while proposing; a withdrawal also during the posting', async () => {
    await app.dataSource.query("UPDATE commendation_round SET status = 'IN_COUNCIL' WHERE id = $1", [roundId]);
    const before = await snapshot();
    const b = await of('B');
    expect(
      errorOf(await add({ formId: forms.TEST_CA_NHAN, unitId: scenario.units.A, personId: people['Lê Văn Cường'] })),
    ).toMatchObject({ reason: 'ROUND_WRONG_STAGE' });
    expect(errorOf(await withdraw(b.id, 'Không đạt'))).toMatchObject({ reason: 'ROUND_WRONG_STAGE' });
    expect(errorOf(await build())).toMatchObject({ reason: 'ROUND_WRONG_STAGE' });
    expect(await snapshot()).toEqual(before);
    await app.dataSource.query("UPDATE commendation_round SET status = 'POSTED' WHERE id = $1", [roundId]);
    expect(must(await withdraw(b.id, 'Ý kiến của người dân có cơ sở')).withdrawCommendationProposal.status).toBe(
      'WITHDRAWN',
    );
  });
});
