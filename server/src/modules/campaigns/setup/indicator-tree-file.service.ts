import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  INDICATOR_TREE_COLUMNS,
  INDICATOR_TREE_TEMPLATE_ROWS,
  indicatorTreeFileRows,
  orderIndicatorTree,
  readIndicatorTreeFile,
  resolveFileColumns,
  type IndicatorDef,
  type IndicatorFileError,
  type IndicatorTreeColumnKey,
} from '@thidua/shared';
import type ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { readTabularFile, TabularFileError } from '../../../common/import/tabular-file.js';
import {
  addTableSheet,
  createWorkbook,
  drawGrid,
  workbookBuffer,
  type XlsxColumn,
} from '../../../common/xlsx/xlsx-workbook.js';
import { PopulationKindEntry } from '../../units/entities/population-kind.entity.js';
import { CampaignsError } from '../campaigns.errors.js';
import { recordAudit } from '../sheets/audit-trail.js';
import { criteriaSetOf, indicatorsOf, loadDefinition, toIndicatorDef } from './campaign-definition.js';
import { indicatorRows, requireDraft } from './campaign-setup-rules.js';
import { toIndicatorModel } from './campaign.mapper.js';
import type { IndicatorInput, ImportIndicatorTreeInput } from './dto/indicator-tree.input.js';
import { IndicatorTreeService } from './indicator-tree.service.js';
import type { IndicatorTreeImportResultModel } from './models/setup-results.model.js';

const WIDTHS: Record<IndicatorTreeColumnKey, number> = {
  number: 7,
  title: 60,
  maxPoints: 11,
  method: 40,
  evidenceText: 36,
  kind: 22,
  target: 16,
  perItemPoints: 13,
  step: 11,
  populationKind: 16,
  comparison: 9,
  evidenceRequired: 12,
  source: 26,
};

const COLUMNS: XlsxColumn<IndicatorTreeColumnKey>[] = INDICATOR_TREE_COLUMNS.map((c) => ({
  header: c.header,
  key: c.key,
  width: WIDTHS[c.key],
}));

/**
 * A criteria set's tree as the XLSX file wards keep it in (see shared
 * indicator-tree-columns.ts): import all or nothing with every bad row and column
 * named (a dry run previews the tree), export in the same layout, and the template.
 */
@Injectable()
export class IndicatorTreeFileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trees: IndicatorTreeService,
  ) {}

  async import(actor: AuthUser, input: ImportIndicatorTreeInput): Promise<IndicatorTreeImportResultModel> {
    const content = Buffer.from(input.contentBase64, 'base64');
    let file;
    try {
      file = await readTabularFile(input.fileName, content);
    } catch (error) {
      if (!(error instanceof TabularFileError)) throw error;
      return refused([{ line: 0, column: null, reason: 'FILE_UNREADABLE', message: error.message }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const d = await loadDefinition(manager, input.campaignId);
      requireDraft(d.campaign);
      const set = criteriaSetOf(d, input.criteriaSetId);
      const headerOf = resolveFileColumns(INDICATOR_TREE_COLUMNS, file.headers);
      const missing = INDICATOR_TREE_COLUMNS.filter((c) => c.required && !headerOf[c.key]);
      if (missing.length > 0) {
        return refused(
          missing.map((c) => ({
            line: 1,
            column: c.header,
            reason: 'MISSING_COLUMN',
            message: `The file has no column "${c.header}"`,
          })),
        );
      }
      const rows = file.rows.map((row) => ({
        line: row.line,
        cells: Object.fromEntries(Object.entries(headerOf).map(([key, header]) => [key, row.cells[header] ?? ''])),
      }));
      const kinds = await manager.findBy(PopulationKindEntry, { active: true });
      const outcome = readIndicatorTreeFile(rows, { headerOf, kinds, totalPoints: d.campaign.totalPoints });
      if (outcome.errors.length > 0) return refused(outcome.errors);
      const inputs: IndicatorInput[] = outcome.indicators.map(({ line: _line, ...indicator }) => indicator);
      const preview = indicatorRows(d.campaign.id, set.id, d.campaign.totalPoints, inputs, keys(inputs));
      const result: IndicatorTreeImportResultModel = {
        ok: true,
        count: preview.length,
        indicators: orderIndicatorTree(preview).map(({ indicator, depth }) => toIndicatorModel(indicator, depth)),
        errors: [],
        issues: outcome.issues.map((i) => ({ line: i.line, reason: i.reason, code: i.code, message: i.message })),
      };
      if (input.dryRun) return result;
      await this.trees.replaceTree(manager, d.campaign.id, set.id, inputs);
      await recordAudit(manager, [
        {
          campaignId: d.campaign.id,
          actorId: actor.id,
          action: 'CAMPAIGN_UPDATED',
          field: 'indicatorTree',
          oldValue: { criteriaSet: set.name, indicators: indicatorsOf(d, set.id).length },
          newValue: { criteriaSet: set.name, indicators: preview.length, fileName: input.fileName },
          reason: `Nhập bộ tiêu chí từ tệp ${input.fileName}`,
        },
      ]);
      return result;
    });
  }

  /** The set's tree in the ward layout: local numbers, titles indented by depth. */
  async export(campaignId: string, criteriaSetId: string): Promise<{ fileName: string; content: Buffer }> {
    const d = await loadDefinition(this.dataSource.manager, campaignId);
    const set = criteriaSetOf(d, criteriaSetId);
    const tree: IndicatorDef[] = indicatorsOf(d, set.id).map(toIndicatorDef);
    const workbook = createWorkbook();
    const sheet = addTableSheet(workbook, 'Bộ tiêu chí', COLUMNS);
    for (const { depth, cells } of indicatorTreeFileRows(tree)) addRow(sheet, cells, depth);
    finish(sheet);
    return { fileName: `${d.campaign.title} - ${set.name}.xlsx`, content: await workbookBuffer(workbook) };
  }

  async template(): Promise<{ fileName: string; content: Buffer }> {
    const workbook = createWorkbook();
    const sheet = addTableSheet(workbook, 'Bộ tiêu chí', COLUMNS);
    for (const values of INDICATOR_TREE_TEMPLATE_ROWS) {
      const cells = Object.fromEntries(COLUMNS.map((c, i) => [c.key, values[i] ?? '']));
      const depth = /^[IVX]+$/u.test(values[0]) ? 0 : /^[a-z]/u.test(values[0]) || values[0].includes('.') ? 2 : 1;
      addRow(sheet, cells as Record<IndicatorTreeColumnKey, string>, depth);
    }
    finish(sheet);
    return { fileName: 'mau-bo-tieu-chi.xlsx', content: await workbookBuffer(workbook) };
  }
}

/** Preview ids: the file's row keys (nothing is saved in a dry run). */
function keys(inputs: readonly IndicatorInput[]): () => string {
  let n = 0;
  return () => inputs[n++]?.key ?? `row-${n}`;
}

function refused(errors: IndicatorFileError[]): IndicatorTreeImportResultModel {
  if (errors.length === 0) throw new CampaignsError('INDICATOR_FILE_INVALID', 'The file was refused without a reason');
  return { ok: false, count: 0, indicators: [], errors, issues: [] };
}

/** Text cells (so "4.10" stays "4.10"); points as numbers; the title indented by its depth, groups bold. */
function addRow(sheet: ExcelJS.Worksheet, cells: Record<IndicatorTreeColumnKey, string>, depth: number): void {
  const row = sheet.addRow(
    Object.fromEntries(
      Object.entries(cells).map(([key, value]) => [
        key,
        key === 'maxPoints' && value !== '' && !Number.isNaN(Number(value)) ? Number(value) : value,
      ]),
    ),
  );
  row.getCell('title').alignment = { indent: depth, wrapText: true, vertical: 'top' };
  if (cells.kind === 'Nhóm') row.font = { bold: depth === 0 };
}

function finish(sheet: ExcelJS.Worksheet): void {
  sheet.getColumn('method').alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn('evidenceText').alignment = { wrapText: true, vertical: 'top' };
  drawGrid(sheet);
}
