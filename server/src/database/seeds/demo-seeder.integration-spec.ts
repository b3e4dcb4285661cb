import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { CampaignSeeder } from './campaign.seeder.js';
import { DEMO_CAMPAIGN_TITLE } from './demo-campaign.js';
import { DemoSeeder } from './demo-seeder.js';

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
});
