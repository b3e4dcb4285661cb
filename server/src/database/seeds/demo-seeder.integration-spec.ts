import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { CampaignSeeder } from './campaign.seeder.js';
import { DEMO_CAMPAIGN_TITLE } from './demo-campaign.js';
import { DemoSeeder } from './demo-seeder.js';
import { PeopleSeeder } from './people.seeder.js';
import { PopulationsService } from '../../modules/people/populations.service.js';

describe('demo campaign', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('loads once over the demo organization: a 100-point tree, three blocks, sheets in several statuses', async () => {
    // The first start's demo seeding loads the campaign after the organization and content.
    expect(await app.server.app.get(DemoSeeder).seedOnFirstRun()).toBe(true);
    expect(await app.server.app.get(CampaignSeeder).seedDemoCampaign()).toBe(false);

    const admin = await app.tokenFor('ADMIN');
    const list = await app.gql<{
      campaigns: {
        id: string;
        title: string;
        status: string;
        indicatorIssues: unknown[];
        indicators: { code: string; kind: string; computedSource: { kind: string; id: string | null } | null }[];
        blocks: { name: string; units: { code: string }[] }[];
        periods: { id: string; name: string }[];
        titles: { name: string }[];
      }[];
    }>(
      `{ campaigns { id title status indicatorIssues { reason message } indicators { code kind computedSource { kind id } }
         blocks { name units { code } } periods { id name } titles { name } } }`,
      {},
      admin,
    );
    const [campaign] = list.data!.campaigns;
    expect(campaign).toMatchObject({ title: DEMO_CAMPAIGN_TITLE, status: 'IN_REVIEW', indicatorIssues: [] });
    expect(campaign.blocks.map((b) => [b.name, b.units.length])).toEqual([
      ['Khối trường học', 3],
      ['Khối tổ dân phố', 8],
      ['Khối các phòng, ban, trung tâm', 4],
    ]);
    expect(campaign.periods.map((p) => p.name)).toEqual(['Sơ kết 6 tháng', 'Tổng kết năm']);
    expect(campaign.titles.map((t) => t.name)).toEqual(['Tập thể lao động xuất sắc', 'Tập thể lao động tiên tiến']);
    expect(campaign.indicators.find((i) => i.kind === 'COMPUTED')).toMatchObject({
      code: '2.2',
      computedSource: { kind: 'LIVE_GAME', id: null },
    });

    const statuses: { status: string; n: number }[] = await app.dataSource.query(
      `SELECT s.status, count(*)::int AS n FROM score_sheet s WHERE s.period_id = $1 GROUP BY s.status ORDER BY s.status`,
      [campaign.periods[0].id],
    );
    expect(statuses).toEqual([
      { status: 'APPROVED', n: 7 },
      { status: 'DRAFT', n: 3 },
      { status: 'RETURNED', n: 2 },
      { status: 'SUBMITTED', n: 3 },
    ]);

    const ranking = await app.gql<{
      campaignRanking: { blocks: { name: string; rows: { rank: number; total: number; unit: { code: string } }[] }[] };
    }>(
      `query($c: ID!, $p: ID!) { campaignRanking(campaignId: $c, periodId: $p, view: REVIEWED) { blocks { name rows { rank total unit { code } } } } }`,
      { c: campaign.id, p: campaign.periods[0].id },
      admin,
    );
    const tdp = ranking.data!.campaignRanking.blocks[1].rows;
    expect(tdp.map((r) => r.unit.code).sort()).toEqual(['TDP-01', 'TDP-02', 'TDP-03', 'TDP-07']);
    expect(tdp[0].rank).toBe(1);
    expect(tdp.every((r) => r.total > 0 && r.total <= 105)).toBe(true);
  });

  it('loads the rosters once, so units with a roster count it and the others keep their declared number', async () => {
    // Loaded by the first start above; a second load (another node, a restart) adds nobody.
    expect(await app.server.app.get(PeopleSeeder).seedDemoPeople()).toBe(0);
    const units: { code: string; id: string }[] = await app.dataSource.query('SELECT code, id FROM unit');
    const ids = new Map(units.map((u) => [u.code, u.id]));
    const [{ n, codes, phones }]: { n: number; codes: number; phones: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT personal_code)::int AS codes, count(phone_hash)::int AS phones
         FROM person WHERE is_demo`,
    );
    expect(n).toBeGreaterThan(1000);
    expect(codes).toBe(n);
    expect(phones).toBe(0);

    const figures = await app.server.app.get(PopulationsService).figures(
      ['TH-HAI-AN-3B', 'THCS-HAI-AN', 'MN-HAI-AN', 'PHONG-VHXH', 'TDP-02', 'TDP-01'].map((c) => ids.get(c)!),
      null,
    );
    const of = (code: string) => figures.get(ids.get(code)!);
    expect(of('TH-HAI-AN-3B')).toMatchObject({ kind: 'STUDENTS', size: 30, source: 'ROSTER' });
    expect(of('THCS-HAI-AN')).toMatchObject({ kind: 'STUDENTS', size: 38 + 36 + 35 + 34, source: 'ROSTER' });
    expect(of('MN-HAI-AN')).toMatchObject({ kind: 'SCHOOL_STAFF', size: 32, source: 'ROSTER' });
    expect(of('PHONG-VHXH')).toMatchObject({ kind: 'CIVIL_SERVANTS', size: 12, source: 'ROSTER' });
    expect(of('TDP-02')).toMatchObject({ kind: 'RESIDENTS', source: 'ROSTER', declared: 120 });
    expect(of('TDP-01')).toMatchObject({ kind: 'RESIDENTS', size: 960, source: 'DECLARED' });
    const households = await app.server.app.get(PopulationsService).figures([ids.get('TDP-02')!], 'HOUSEHOLDS');
    expect(households.get(ids.get('TDP-02')!)).toMatchObject({ size: 40, source: 'ROSTER' });
  });
});
