import type { LateRule, RankingView, SheetStatus } from '@thidua/shared';
import type { BlockRanking, CampaignRanking, RankingRow, UnrankedRow } from '../board/models/ranking.model.js';
import { quotaRuleText } from '../board/ranking-messages.js';
import { SHEET_STATUSES as STATUSES, SHEET_STATUS_VI as STATUS_VI, UNRANKED_VI } from '../board/sheet-labels.js';
import type { CampaignPeriod } from '../entities/campaign-period.entity.js';
import type { ScoreSheet } from '../entities/score-sheet.entity.js';
import type { CampaignDefinition } from '../setup/campaign-definition.js';
const ZONE = 'Asia/Ho_Chi_Minh';

/** Every text that comes from data goes through here. */
export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const numberVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const num = (n: number | null | undefined) => (n === null || n === undefined ? '—' : numberVi.format(n));
const dateVi = (d: Date) => new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, dateStyle: 'short' }).format(d);
const dateTimeVi = (d: Date) =>
  new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, dateStyle: 'short', timeStyle: 'short' }).format(d);
/** 'YYYY-MM-DD' → 'DD/MM/YYYY'. */
const day = (iso: string) => iso.split('-').reverse().join('/');

export interface CorrectionRow {
  unit_name: string;
  indicator_code: string;
  indicator_title: string;
  old_score: number | null;
  new_score: number;
  reason: string;
  corrected_by: string | null;
  corrected_at: Date;
}

/** What the summary shows, loaded by PeriodSummaryReport. */
export interface PeriodSummaryData {
  d: CampaignDefinition;
  period: CampaignPeriod;
  /** PUBLISHED once the period is published, REVIEWED before. */
  view: RankingView;
  ranking: CampaignRanking;
  sheets: readonly ScoreSheet[];
  /** Self-assessed total per unit id. */
  selfTotal: ReadonlyMap<string, number>;
  corrections: readonly CorrectionRow[];
  now: Date;
}

type SheetByUnit = ReadonlyMap<string, ScoreSheet>;

function statusCounts(sheetByUnit: SheetByUnit, unitIds: readonly string[]): Map<SheetStatus, number> {
  const counts = new Map<SheetStatus, number>(STATUSES.map((s) => [s, 0]));
  for (const id of unitIds) {
    const sheet = sheetByUnit.get(id);
    if (sheet) counts.set(sheet.status, (counts.get(sheet.status) ?? 0) + 1);
  }
  return counts;
}

function statusTable(counts: Map<SheetStatus, number>): string {
  return `<table class="status"><tr>${STATUSES.map((s) => `<th>${STATUS_VI[s]}</th>`).join('')}<th>Tổng</th></tr>
<tr>${STATUSES.map((s) => `<td class="num">${counts.get(s) ?? 0}</td>`).join('')}<td class="num">${[
    ...counts.values(),
  ].reduce((a, b) => a + b, 0)}</td></tr></table>`;
}

/** "Không nộp: 1 · Không xét: 0", under a status table. */
function markCounts(sheetByUnit: SheetByUnit, unitIds: readonly string[]): string {
  const sheets = unitIds.flatMap((id) => (sheetByUnit.get(id) ? [sheetByUnit.get(id)!] : []));
  const count = (mark: 'NOT_SUBMITTED' | 'NOT_CONSIDERED') => sheets.filter((s) => s.mark === mark).length;
  const late = sheets.filter((s) => s.lateDays > 0).length;
  return `<p class="muted">${UNRANKED_VI.NOT_SUBMITTED}: ${count('NOT_SUBMITTED')} · ${UNRANKED_VI.NOT_CONSIDERED}: ${count(
    'NOT_CONSIDERED',
  )} · Nộp muộn: ${late}</p>`;
}

/** Why a listed unit is not ranked: the label, and the reviewer's reason of a mark. */
function unrankedText(row: UnrankedRow): string {
  const reason = row.markReason ? `<div class="muted">Lý do: ${escapeHtml(row.markReason)}</div>` : '';
  return `<strong>${escapeHtml(row.label)}</strong>${reason}`;
}

function lateText(lateDays: number, deduction: number): string {
  if (lateDays <= 0) return '—';
  return `${deduction > 0 ? `−${num(deduction)}` : '0'}<div class="muted">${lateDays} ngày</div>`;
}

function titleText(row: RankingRow | undefined): string {
  if (!row) return '<span class="muted">Chưa xếp hạng</span>';
  const earned = row.title ? `<strong>${escapeHtml(row.title.name)}</strong>` : '';
  const missed = row.missedTitles
    .map(
      (m) =>
        `<div class="missed">Chưa đạt «${escapeHtml(m.titleName)}»: ${m.conditions
          .map((c) => escapeHtml(c.message))
          .join('; ')}</div>`,
    )
    .join('');
  return earned || missed ? `${earned}${missed}` : '—';
}

function blockSection(
  block: BlockRanking,
  { d, view, selfTotal }: PeriodSummaryData,
  sheetByUnit: SheetByUnit,
): string {
  const def = d.blocks.find((b) => b.block.id === block.blockId)!;
  const ranked = new Map(block.rows.map((r) => [r.unit.id, r]));
  const unranked = new Map(block.unranked.map((r) => [r.unit.id, r]));
  const unitOf = (id: string) => def.units.find((u) => u.id === id)!;
  const order = [
    ...block.rows.map((r) => unitOf(r.unit.id)),
    ...block.unranked.map((r) => unitOf(r.unit.id)),
    ...def.units
      .filter((u) => !ranked.has(u.id) && !unranked.has(u.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  ];
  const groupCells = (groups: readonly { subtotal: number }[] | null) =>
    block.groups.map((_, i) => `<td class="num">${groups ? num(groups[i]?.subtotal ?? 0) : '—'}</td>`).join('');
  const rows = order
    .map((unit) => {
      const row = ranked.get(unit.id);
      const off = unranked.get(unit.id);
      const sheet = sheetByUnit.get(unit.id);
      const listed = row ?? off;
      const counted = listed && listed.total !== null;
      return `<tr${off ? ' class="unranked"' : ''}><td class="num">${row ? `${row.rank}${row.tied ? ' (đồng hạng)' : ''}` : '—'}</td>
<td>${escapeHtml(unit.name)}<div class="muted">${escapeHtml(unit.code)}</div></td>
${groupCells(counted ? listed.groups : null)}
<td class="num">${num(selfTotal.get(unit.id) ?? null)}</td>
<td class="num">${counted ? num(listed.pointsTotal) : '—'}</td>
<td class="num">${listed ? lateText(listed.lateDays, listed.lateDeduction) : '—'}</td>
<td class="num">${counted ? num(listed.total) : '—'}</td>
<td>${off ? unrankedText(off) : titleText(row)}</td>
<td>${sheet ? STATUS_VI[sheet.status] : '—'}</td></tr>`;
    })
    .join('\n');
  const columns = 8 + block.groups.length;
  const unitIds = def.units.map((u) => u.id);
  return `<section class="block">
<h2>${escapeHtml(block.name)}</h2>
<p>Bộ tiêu chí: ${escapeHtml(block.criteriaSetName)}${def.leader ? ` · Khối trưởng: ${escapeHtml(def.leader.name)}` : ''}</p>
${statusTable(statusCounts(sheetByUnit, unitIds))}
${markCounts(sheetByUnit, unitIds)}
${quotaLines(block)}
<table class="ranking">
<thead><tr><th>Hạng</th><th>Đơn vị</th>${block.groups
    .map((g) => `<th title="${escapeHtml(g.title)}">${escapeHtml(g.code)} (${num(g.maxPoints)})</th>`)
    .join(
      '',
    )}<th>Tự chấm</th><th>${view === 'PUBLISHED' ? 'Công bố' : 'Thẩm định'}</th><th>Trừ nộp muộn</th><th>Điểm xếp hạng</th><th>Danh hiệu / điều kiện chưa đạt</th><th>Trạng thái</th></tr></thead>
<tbody>
${rows || `<tr><td colspan="${columns}" class="muted">Khối chưa có đơn vị</td></tr>`}
</tbody></table>
</section>`;
}

/** The quotas of a block as counted: base, rounding, minimum, how many it admits, frozen or live. */
function quotaLines(block: BlockRanking): string {
  if (block.quotas.length === 0) return '';
  return `<ul class="quotas">${block.quotas
    .map(
      (q) =>
        `<li>Số lượng tối đa «${escapeHtml(q.titleName)}»: ${q.limit} đơn vị (${num(q.percent)} % của ${q.base}, ${
          q.frozen ? 'cơ sở đã chốt' : 'cơ sở tính theo kết quả hiện tại'
        })</li>`,
    )
    .join('')}</ul>`;
}

function lateRuleText(rule: LateRule | null | undefined): string {
  switch (rule?.kind ?? 'NONE') {
    case 'NONE':
      return 'Nộp muộn không bị trừ điểm.';
    case 'POINTS_PER_DAY':
      return `Nộp muộn bị trừ ${num(rule?.pointsPerDay ?? 0)} điểm mỗi ngày${
        rule?.maxPoints !== null && rule?.maxPoints !== undefined ? `, tối đa ${num(rule.maxPoints)} điểm` : ''
      }.`;
    case 'NOT_RANKED':
      return 'Phiếu nộp muộn không được xếp hạng.';
  }
}

function titleRules(d: CampaignDefinition): string {
  const groups = d.indicators.filter((i) => i.kind === 'GROUP' && !i.parentId);
  return d.titles.length
    ? `<ul>${d.titles
        .map((t) => {
          const parts = [`tổng điểm từ ${num(t.minTotal)} trở lên`];
          if (t.groupFloorPercent !== null && groups.length > 0)
            parts.push(`mỗi nhóm tiêu chí đạt tối thiểu ${num(t.groupFloorPercent)}% điểm tối đa của nhóm`);
          if (t.quotaPercent !== null) parts.push(`không quá ${escapeHtml(quotaRuleText(t, d.titles, null))}`);
          return `<li><strong>${escapeHtml(t.name)}</strong>: ${parts.join('; ')}.</li>`;
        })
        .join('')}</ul>`
    : '<p>Phong trào không đặt danh hiệu.</p>';
}

function organizerText(d: CampaignDefinition): string {
  const id = d.campaign.organizerUnitId;
  if (!id) return '';
  const unit = d.blocks.flatMap((b) => b.units).find((u) => u.id === id);
  const name = unit ? escapeHtml(unit.name) : 'Đơn vị tổ chức';
  return `<p><strong>Đơn vị tổ chức:</strong> ${name}${
    d.campaign.rankOrganizer ? ' (được xếp hạng trong khối)' : ' — được liệt kê, không xếp hạng'
  }.</p>`;
}

function correctionsTable(corrections: readonly CorrectionRow[]): string {
  return corrections.length
    ? `<table class="corrections"><thead><tr><th>Đơn vị</th><th>Tiêu chí</th><th>Điểm cũ → mới</th><th>Lý do</th><th>Người sửa, thời điểm</th></tr></thead><tbody>
${corrections
  .map(
    (
      c,
    ) => `<tr><td>${escapeHtml(c.unit_name)}</td><td>${escapeHtml(c.indicator_code)} ${escapeHtml(c.indicator_title)}</td>
<td class="num">${num(c.old_score)} → ${num(c.new_score)}</td><td>${escapeHtml(c.reason)}</td>
<td>${escapeHtml(c.corrected_by ?? '')}<div class="muted">${dateTimeVi(new Date(c.corrected_at))}</div></td></tr>`,
  )
  .join('\n')}
</tbody></table>`
    : '<p>Không có điều chỉnh nào sau khi công bố.</p>';
}

/**
 * The printable summary of a period for the sơ kết / tổng kết meeting: one
 * self-contained HTML page (inline CSS, no script, A4 print rules). Pure; every
 * text from data is escaped.
 */
export function renderPeriodSummary(data: PeriodSummaryData): string {
  const { d, period, ranking, sheets } = data;
  const sheetByUnit = new Map(sheets.map((s) => [s.unitId, s]));
  const kindWord = period.kind === 'FINAL' ? 'TỔNG KẾT' : 'SƠ KẾT';
  const blocks = ranking.blocks.map((block) => blockSection(block, data, sheetByUnit)).join('\n');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${kindWord} ${period.name} — ${d.campaign.title}`)}</title>
<style>
  @page { size: A4; margin: 18mm 15mm; }
  body { font-family: "Times New Roman", Times, serif; font-size: 13pt; color: #000; margin: 0 auto; max-width: 190mm; padding: 8mm; line-height: 1.35; }
  h1 { font-size: 16pt; text-align: center; margin: 0 0 4pt; text-transform: uppercase; }
  h2 { font-size: 14pt; margin: 14pt 0 4pt; }
  .subtitle { text-align: center; font-style: italic; margin: 0 0 10pt; }
  table { width: 100%; border-collapse: collapse; margin: 6pt 0; }
  th, td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; }
  th { background: #eee; }
  td.num { text-align: right; white-space: nowrap; }
  .muted { color: #555; font-size: 10.5pt; }
  tr.unranked td { font-style: italic; background: #f6f6f6; }
  .missed { font-size: 11pt; }
  .signatures { display: flex; justify-content: space-between; margin-top: 24pt; text-align: center; }
  .signatures div { width: 45%; }
  @media print {
    body { padding: 0; max-width: none; font-size: 12pt; }
    th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    section.block { break-inside: auto; }
    tr, .missed { break-inside: avoid; }
    thead { display: table-header-group; }
    h2 { break-after: avoid; }
  }
</style>
</head>
<body>
<h1>Báo cáo ${kindWord.toLowerCase()} phong trào thi đua</h1>
<p class="subtitle">${escapeHtml(d.campaign.title)}</p>
<p><strong>Kỳ:</strong> ${escapeHtml(period.name)} (từ ${day(period.startsOn)} đến ${day(period.endsOn)})<br>
<strong>Kết quả:</strong> ${
    period.publishedAt
      ? `đã công bố ngày ${dateVi(period.publishedAt)}`
      : 'chưa công bố — bảng xếp hạng theo điểm đã thẩm định (chỉ các phiếu đã thẩm định được xếp hạng)'
  }<br>
<strong>Thang điểm:</strong> ${num(d.campaign.totalPoints)} điểm<br>
<strong>Lập lúc:</strong> ${dateTimeVi(data.now)}</p>

<h2>Quy tắc xếp hạng và danh hiệu</h2>
<p><strong>Quy tắc đồng điểm:</strong> ${escapeHtml(ranking.tieRuleText)}</p>
<p><strong>Nộp muộn:</strong> ${lateRuleText(period.lateRule)}</p>
${organizerText(d)}
${titleRules(d)}
${
  period.quotaFrozenAt
    ? `<p>Cơ sở tính số lượng tối đa danh hiệu đã chốt ngày ${dateVi(period.quotaFrozenAt)}.</p>`
    : '<p>Cơ sở tính số lượng tối đa danh hiệu chưa chốt: tính theo kết quả hiện tại.</p>'
}
<p>Phiếu “Không nộp”, “Không xét” không được xếp hạng và không xét danh hiệu; được liệt kê sau các đơn vị xếp hạng của khối, kèm lý do.</p>

<h2>Tình trạng phiếu chấm</h2>
${statusTable(
  statusCounts(
    sheetByUnit,
    sheets.map((s) => s.unitId),
  ),
)}
${markCounts(
  sheetByUnit,
  sheets.map((s) => s.unitId),
)}

${blocks || '<p>Phong trào chưa có khối thi đua.</p>'}

<h2>Điều chỉnh sau công bố</h2>
${correctionsTable(data.corrections)}

<div class="signatures"><div><strong>Người lập biểu</strong><br><br><br><br></div><div><strong>Thủ trưởng đơn vị</strong><br><br><br><br></div></div>
</body>
</html>
`;
}
