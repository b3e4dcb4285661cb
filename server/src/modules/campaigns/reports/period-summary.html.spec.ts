import 'reflect-metadata';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { Campaign } from '../entities/campaign.entity.js';
import type { CampaignDefinition } from '../setup/campaign-definition.js';
import { escapeHtml, renderPeriodSummary, type PeriodSummaryData } from './period-summary.html.js';

const period = Object.assign(new CampaignPeriod(), {
  id: 'p1',
  name: 'Sơ kết 6 tháng',
  kind: 'MIDTERM',
  startsOn: '2026-01-01',
  endsOn: '2026-06-30',
  publishedAt: null,
});

/** A campaign with no block, title or correction yet. */
function emptySummary(overrides: Partial<PeriodSummaryData> = {}): PeriodSummaryData {
  const d: CampaignDefinition = {
    campaign: Object.assign(new Campaign(), { id: 'c1', title: 'Thi đua <b>2026</b>', totalPoints: 100 }),
    periods: [period],
    blocks: [],
    indicators: [],
    depthOf: new Map(),
    titles: [],
  };
  return {
    d,
    period,
    view: 'REVIEWED',
    ranking: {
      campaignId: 'c1',
      periodId: 'p1',
      view: 'REVIEWED',
      tieRule: { kind: 'SHARED', indicatorIds: [] },
      tieRuleText: 'Đồng hạng',
      blocks: [],
    },
    sheets: [],
    selfTotal: new Map(),
    corrections: [],
    now: new Date('2026-07-01T01:00:00Z'),
    ...overrides,
  };
}

describe('period summary page', () => {
  it('escapes every text that comes from data', () => {
    expect(escapeHtml(`<a href="x">Tổ 'A' & B</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tổ &#39;A&#39; &amp; B&lt;/a&gt;',
    );
    const html = renderPeriodSummary(emptySummary());
    expect(html).toContain('Thi đua &lt;b&gt;2026&lt;/b&gt;');
    expect(html).not.toContain('<b>2026</b>');
  });

  it('is a printable page that says what is not there yet, in Vietnamese dates', () => {
    const html = renderPeriodSummary(emptySummary());
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
    expect(html).toContain('Báo cáo sơ kết phong trào thi đua');
    expect(html).toContain('(từ 01/01/2026 đến 30/06/2026)');
    expect(html).toContain('chưa công bố');
    expect(html).toContain('Phong trào không đặt danh hiệu.');
    expect(html).toContain('Phong trào chưa có khối thi đua.');
    expect(html).toContain('Không có điều chỉnh nào sau khi công bố.');
    expect(html).not.toContain('<script');
  });
});
