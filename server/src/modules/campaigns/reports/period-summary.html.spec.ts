import 'reflect-metadata';
import { Unit } from '../../units/entities/unit.entity.js';
import { rankCampaign } from '../board/campaign-ranking.js';
import { CampaignBlock } from '../entities/campaign-block.entity.js';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { CampaignTitle } from '../entities/campaign-title.entity.js';
import { Campaign } from '../entities/campaign.entity.js';
import { CriteriaSet } from '../entities/criteria-set.entity.js';
import { Indicator } from '../entities/indicator.entity.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
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
    criteriaSets: [],
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
      lateRule: { kind: 'NONE', pointsPerDay: null, maxPoints: null },
      quotaFrozenAt: null,
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

// ---- a block of four TDPs: one ranked late, one marked, the organiser ----

const tdp = (code: string) => Object.assign(new Unit(), { id: `u-${code}`, code, name: `Tổ ${code}`, sortOrder: 0 });
const leaf = (id: string, parentId: string, maxPoints: number) =>
  Object.assign(new Indicator(), {
    id,
    code: id,
    title: `Tiêu chí ${id}`,
    kind: 'MANUAL',
    maxPoints,
    parentId,
    criteriaSetId: 'set-t',
  });
const group = (id: string, maxPoints: number) =>
  Object.assign(new Indicator(), {
    id,
    code: id,
    title: `Tiêu chuẩn ${id}`,
    kind: 'GROUP',
    maxPoints,
    parentId: null,
    criteriaSetId: 'set-t',
  });
const sheetOf = (code: string, extra: Partial<ScoreSheet> = {}) =>
  Object.assign(new ScoreSheet(), {
    id: `s-${code}`,
    unitId: `u-${code}`,
    status: 'APPROVED',
    lateDays: 0,
    mark: null,
    markReason: null,
    ...extra,
  });
const entryOf = (code: string, indicatorId: string, score: number) =>
  Object.assign(new ScoreEntry(), {
    sheetId: `s-${code}`,
    indicatorId,
    value: score,
    selfScore: score,
    reviewedScore: null,
    reviewedValue: null,
    correctedScore: null,
  });

function tdpSummary(): PeriodSummaryData {
  const latePeriod = Object.assign(new CampaignPeriod(), {
    ...period,
    lateRule: { kind: 'POINTS_PER_DAY', pointsPerDay: 2, maxPoints: 10 },
    quotaFrozenAt: null,
  });
  const d: CampaignDefinition = {
    campaign: Object.assign(new Campaign(), {
      id: 'c1',
      title: 'Tổ dân phố văn hóa',
      totalPoints: 100,
      tieRule: { kind: 'SHARED' },
      organizerUnitId: 'u-VH',
      rankOrganizer: false,
    }),
    periods: [latePeriod],
    criteriaSets: [Object.assign(new CriteriaSet(), { id: 'set-t', name: 'Bộ tiêu chí tổ dân phố' })],
    blocks: [
      {
        block: Object.assign(new CampaignBlock(), { id: 'b1', name: 'Khối tổ dân phố', criteriaSetId: 'set-t' }),
        units: [tdp('01'), tdp('02'), tdp('03'), tdp('VH')],
        leader: null,
      },
    ],
    indicators: [group('I', 50), leaf('I.1', 'I', 50), group('II', 50), leaf('II.1', 'II', 50)],
    depthOf: new Map(),
    titles: [
      Object.assign(new CampaignTitle(), {
        id: 't1',
        name: 'Tổ dân phố văn hóa tiêu biểu',
        minTotal: 80,
        groupFloorPercent: null,
        quotaPercent: 20,
        quotaBase: 'LOWER_TITLE',
        quotaRounding: 'FLOOR',
        quotaMinimum: 1,
        rankOrder: 1,
      }),
      Object.assign(new CampaignTitle(), {
        id: 't2',
        name: 'Tổ dân phố văn hóa',
        minTotal: 60,
        groupFloorPercent: null,
        quotaPercent: null,
        quotaBase: 'LOWER_TITLE',
        quotaRounding: 'FLOOR',
        quotaMinimum: 1,
        rankOrder: 2,
      }),
    ],
  };
  const sheets = [
    sheetOf('01', { lateDays: 2 }),
    sheetOf('02'),
    sheetOf('03', { status: 'DRAFT', mark: 'NOT_SUBMITTED', markReason: 'Tổ trưởng ốm, không nộp' }),
    sheetOf('VH'),
  ];
  const entries = ['01', '02', 'VH'].flatMap((c) => [entryOf(c, 'I.1', 45), entryOf(c, 'II.1', c === '02' ? 30 : 40)]);
  const ranking = rankCampaign(d, latePeriod, 'REVIEWED', sheets, entries);
  return emptySummary({
    d,
    period: latePeriod,
    ranking,
    sheets,
    selfTotal: new Map([
      ['u-01', 85],
      ['u-02', 75],
      ['u-VH', 85],
    ]),
  });
}

describe('period summary of a block with late, marked and organiser units', () => {
  const html = renderPeriodSummary(tdpSummary());
  const row = (name: string) => {
    const start = html.indexOf(`<td>${name}<div`);
    expect(start).toBeGreaterThan(0);
    return html.slice(html.lastIndexOf('<tr', start), html.indexOf('</tr>', start));
  };

  it("has the block's own criteria set and its groups as columns", () => {
    expect(html).toContain('Bộ tiêu chí: Bộ tiêu chí tổ dân phố');
    expect(html).toContain('<th title="Tiêu chuẩn I">I (50)</th><th title="Tiêu chuẩn II">II (50)</th>');
  });

  it('shows the late days and the deduction, and ranks by what is left', () => {
    expect(row('Tổ 01')).toMatch(/^<tr><td class="num">1<\/td>/);
    expect(row('Tổ 01')).toContain('<td class="num">−4<div class="muted">2 ngày</div></td>');
    expect(row('Tổ 01')).toContain('<td class="num">85</td>');
    expect(row('Tổ 01')).toContain('<td class="num">81</td>');
    expect(html).toContain('Nộp muộn bị trừ 2 điểm mỗi ngày, tối đa 10 điểm.');
  });

  it('lists the marked unit and the organiser after the ranked ones, with the mark and its reason', () => {
    expect(row('Tổ 03')).toMatch(/^<tr class="unranked"><td class="num">—<\/td>/);
    expect(row('Tổ 03')).toContain('<strong>Không nộp</strong><div class="muted">Lý do: Tổ trưởng ốm, không nộp</div>');
    expect(row('Tổ VH')).toContain('<strong>Đơn vị tổ chức – không xếp hạng</strong>');
    expect(html.indexOf('<td>Tổ 02<div')).toBeLessThan(html.indexOf('<td>Tổ 03<div'));
    expect(html).toContain('Không nộp: 1 · Không xét: 0 · Nộp muộn: 1');
    expect(html).toContain('<strong>Đơn vị tổ chức:</strong> Tổ VH — được liệt kê, không xếp hạng.');
  });

  it('names the base, the rounding and the minimum of a quota in the rules', () => {
    expect(html).toContain(
      'không quá 20 % của số đơn vị đạt danh hiệu “Tổ dân phố văn hóa”, làm tròn xuống, tối thiểu 1',
    );
    expect(html).toContain('Cơ sở tính số lượng tối đa danh hiệu chưa chốt');
  });
});
