import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { computeTotals, type RankingView } from '@thidua/shared';
import type ExcelJS from 'exceljs';
import { DataSource, In } from 'typeorm';
import {
  createWorkbook,
  drawGrid,
  setColumnWidths,
  uniqueSheetName,
  workbookBuffer,
} from '../../../common/xlsx/xlsx-workbook.js';
import { indicatorsOf, loadDefinition, toIndicatorDef } from '../setup/campaign-definition.js';
import { CampaignsError } from '../campaigns.errors.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { RankingService } from '../board/ranking.service.js';
import { entryScore } from '../board/score-views.js';
import { SHEET_STATUS_VI } from '../board/sheet-labels.js';

/**
 * The period's score table (bảng tổng hợp điểm) as XLSX, one worksheet per block,
 * in the usual layout: the block's own criteria set as rows (code, title, max),
 * units as columns with "Tự chấm" / "Thẩm định" sub-columns, then the totals, the
 * late days and deduction, the total ranked by, status, rank (or why the unit is
 * not ranked: không nộp / không xét, đơn vị tổ chức, nộp muộn), title and the
 * reason of a mark. Rank, title and the reviewed column come from the reviewed
 * view (approved and published sheets; RELATIVE_TO_BEST scored over the block);
 * the reviewed column shows correction ?? reviewed ?? self otherwise.
 * (The printable summary for the sơ kết / tổng kết meeting is period-summary.report.ts.)
 */
@Injectable()
export class ScoreTableReport {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rankings: RankingService,
  ) {}

  async build(campaignId: string, periodId: string): Promise<{ fileName: string; content: Buffer }> {
    const manager = this.dataSource.manager;
    const d = await loadDefinition(manager, campaignId);
    const period = d.periods.find((p) => p.id === periodId);
    if (!period) throw new CampaignsError('PERIOD_NOT_FOUND', 'No such period in this campaign');
    const view: RankingView = 'REVIEWED';
    const ranking = await this.rankings.ranking(campaignId, periodId, view, manager);
    const sheets = await manager.find(ScoreSheet, { where: { periodId } });
    const entries = sheets.length
      ? await manager.find(ScoreEntry, { where: { sheetId: In(sheets.map((s) => s.id)) } })
      : [];
    const sheetByUnit = new Map(sheets.map((s) => [s.unitId, s]));
    const entryOf = new Map(entries.map((e) => [`${e.sheetId}:${e.indicatorId}`, e]));

    const workbook = createWorkbook();
    const usedNames = new Set<string>();
    for (const { block, units } of d.blocks) {
      const blockRanking = ranking.blocks.find((b) => b.blockId === block.id);
      const indicators = indicatorsOf(d, block.criteriaSetId);
      const defs = indicators.map(toIndicatorDef);
      const rankedRow = new Map(blockRanking?.rows.map((r) => [r.unit.id, r]) ?? []);
      const unrankedRow = new Map(blockRanking?.unranked.map((r) => [r.unit.id, r]) ?? []);
      const sheetName = uniqueSheetName(block.name, usedNames, 'Khối');
      const ws = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', xSplit: 3, ySplit: 4 }] });
      const lastColumn = 3 + units.length * 2;
      ws.mergeCells(1, 1, 1, Math.max(lastColumn, 3));
      ws.getCell(1, 1).value = `BẢNG TỔNG HỢP ĐIỂM THI ĐUA — ${d.campaign.title.toUpperCase()}`;
      ws.getCell(1, 1).font = { bold: true, size: 13 };
      ws.mergeCells(2, 1, 2, Math.max(lastColumn, 3));
      ws.getCell(2, 1).value = `${block.name} — ${period.name} — ${blockRanking?.criteriaSetName ?? ''} (${
        blockRanking?.tieRuleText ?? ranking.tieRuleText
      })`;
      ws.getCell(2, 1).font = { italic: true };
      // Header: two rows, unit name over "Tự chấm" / "Thẩm định".
      for (const [col, label] of [
        [1, 'Mã'],
        [2, 'Tiêu chí'],
        [3, 'Điểm tối đa'],
      ] as const) {
        ws.mergeCells(3, col, 4, col);
        ws.getCell(3, col).value = label;
      }
      units.forEach((unit, index) => {
        const col = 4 + index * 2;
        ws.mergeCells(3, col, 3, col + 1);
        ws.getCell(3, col).value = unit.name;
        ws.getCell(4, col).value = 'Tự chấm';
        ws.getCell(4, col + 1).value = 'Thẩm định';
      });
      for (const row of [3, 4]) {
        ws.getRow(row).font = { bold: true };
        ws.getRow(row).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      }
      /** The reviewed score of an indicator as ranked (RELATIVE_TO_BEST over the block), else the entry's. */
      const reviewedScore = (unitId: string, indicatorId: string): number | null => {
        const ranked = rankedRow.get(unitId)?.scores ?? unrankedRow.get(unitId)?.scores;
        if (ranked && indicatorId in ranked) return ranked[indicatorId];
        const sheet = sheetByUnit.get(unitId);
        const e = sheet ? entryOf.get(`${sheet.id}:${indicatorId}`) : undefined;
        return e ? entryScore(e, 'REVIEWED') : null;
      };
      const totalsByUnit = new Map(
        units.map((unit) => {
          const sheet = sheetByUnit.get(unit.id);
          const self = (id: string) => {
            const e = sheet ? entryOf.get(`${sheet.id}:${id}`) : undefined;
            return e ? entryScore(e, 'PROVISIONAL') : null;
          };
          return [
            unit.id,
            { self: computeTotals(defs, self), reviewed: computeTotals(defs, (id) => reviewedScore(unit.id, id)) },
          ];
        }),
      );
      let rowIndex = 5;
      for (const indicator of indicators) {
        const depth = d.depthOf.get(indicator.id) ?? 0;
        const row = ws.getRow(rowIndex);
        row.getCell(1).value = indicator.code;
        row.getCell(2).value = `${'   '.repeat(depth)}${indicator.title}`;
        row.getCell(3).value = indicator.kind === 'PENALTY' ? -indicator.maxPoints : indicator.maxPoints;
        units.forEach((unit, index) => {
          const col = 4 + index * 2;
          const sheet = sheetByUnit.get(unit.id);
          if (indicator.kind === 'GROUP') {
            const totals = totalsByUnit.get(unit.id)!;
            row.getCell(col).value = totals.self.groupSubtotals[indicator.id] ?? 0;
            row.getCell(col + 1).value = totals.reviewed.groupSubtotals[indicator.id] ?? 0;
            return;
          }
          const entry = sheet ? entryOf.get(`${sheet.id}:${indicator.id}`) : undefined;
          row.getCell(col).value = entry?.selfScore ?? null;
          row.getCell(col + 1).value =
            entry && sheet && sheet.status !== 'DRAFT' ? reviewedScore(unit.id, indicator.id) : null;
          if (entry?.reviewReason) row.getCell(col + 1).note = entry.reviewReason;
        });
        if (indicator.kind === 'GROUP') row.font = { bold: true };
        rowIndex += 1;
      }
      const footer = (label: string, value: (unitId: string) => [ExcelJS.CellValue, ExcelJS.CellValue]) => {
        const row = ws.getRow(rowIndex);
        row.getCell(2).value = label;
        row.font = { bold: true };
        units.forEach((unit, index) => {
          const [a, b] = value(unit.id);
          row.getCell(4 + index * 2).value = a;
          row.getCell(5 + index * 2).value = b;
        });
        rowIndex += 1;
      };
      const listed = (id: string) => rankedRow.get(id) ?? unrankedRow.get(id);
      footer('TỔNG ĐIỂM', (id) => [totalsByUnit.get(id)!.self.total, totalsByUnit.get(id)!.reviewed.total]);
      footer('Số ngày nộp muộn', (id) => [sheetByUnit.get(id)?.lateDays ?? null, null]);
      footer('Trừ nộp muộn', (id) => {
        const row = listed(id);
        return [null, row && row.lateDeduction > 0 ? -row.lateDeduction : null];
      });
      footer('ĐIỂM XẾP HẠNG', (id) => [null, listed(id)?.total ?? null]);
      footer('Trạng thái', (id) => {
        const sheet = sheetByUnit.get(id);
        return [sheet ? SHEET_STATUS_VI[sheet.status] : '', null];
      });
      footer('XẾP HẠNG', (id) => [null, rankedRow.get(id)?.rank ?? unrankedRow.get(id)?.label ?? null]);
      footer('DANH HIỆU', (id) => [null, rankedRow.get(id)?.title?.name ?? null]);
      footer('Lý do (không nộp / không xét)', (id) => [null, unrankedRow.get(id)?.markReason ?? null]);
      setColumnWidths(ws, [8, 60, 10, ...units.flatMap(() => [11, 11])]);
      drawGrid(ws);
    }
    if (d.blocks.length === 0) workbook.addWorksheet('Trống');
    const content = await workbookBuffer(workbook);
    return { fileName: `bang-diem-${period.name}.xlsx`, content };
  }
}
