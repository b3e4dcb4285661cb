import { computeTotals, round2, type IndicatorDef } from '@thidua/shared';
import type { Unit } from '../../units/entities/unit.entity.js';
import { entryScore } from '../board/score-views.js';
import type { AuditEvent } from '../entities/audit-event.entity.js';
import type { CampaignPeriod } from '../entities/campaign-period.entity.js';
import type { Evidence } from '../entities/evidence.entity.js';
import type { Indicator } from '../entities/indicator.entity.js';
import type { ScoreCorrection } from '../entities/score-correction.entity.js';
import type { ScoreEntry } from '../entities/score-entry.entity.js';
import type { ScoreSheet } from '../entities/score-sheet.entity.js';
import { toIndicatorDef } from '../setup/campaign-definition.js';
import { blockBestOf, entryPopulation, scoreFigure, type EntryFigures, type FigureSheet } from './entry-figures.js';
import { toScoreExplanationModel } from './models/score-explanation.model.js';
import type { AuditEventModel, ScoreEntryModel, ScoreSheetModel } from './models/score-sheet.model.js';
import { editableUntil, effectiveDeadline, officerStatus } from './sheet-rules.js';

/** Entities → the API shape of sheets and audit events. Pure: the store loads the rows. */

export interface SheetRows {
  entries: ScoreEntry[];
  evidence: Evidence[];
  corrections: ScoreCorrection[];
  indicators: Indicator[];
  units: Unit[];
  periods: CampaignPeriod[];
  /** By `${campaignId}:${unitId}`. */
  blocks: Map<string, SheetBlock>;
  /** The clock overdue is read against. */
  now: Date;
  /** Targets, populations and block figures the entries' explanations use. */
  figures: EntryFigures;
}

export interface SheetBlock {
  blockId: string;
  leaderUnitId: string | null;
  criteriaSetId: string;
}

export interface AuditTrailRows {
  events: AuditEvent[];
  actorNames: Map<string, string>;
  indicatorCodes: Map<string, string>;
}

export function toScoreSheetModels(sheets: readonly ScoreSheet[], rows: SheetRows): ScoreSheetModel[] {
  const { entries, indicators } = rows;
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  const unitById = new Map(rows.units.map((u) => [u.id, u]));
  const periodById = new Map(rows.periods.map((p) => [p.id, p]));
  const order = new Map(
    indicators
      .slice()
      .sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }))
      .map((i, index) => [i.id, index]),
  );
  return sheets.map((sheet) => {
    const own = entries
      .filter((e) => e.sheetId === sheet.id)
      .sort((a, b) => (order.get(a.indicatorId) ?? 0) - (order.get(b.indicatorId) ?? 0));
    const block = rows.blocks.get(`${sheet.campaignId}:${sheet.unitId}`) ?? null;
    const defs = indicators
      .filter((i) => i.campaignId === sheet.campaignId && (!block || i.criteriaSetId === block.criteriaSetId))
      .map(toIndicatorDef);
    const period = periodById.get(sheet.periodId)!;
    const status = officerStatus(sheet, period, rows.now);
    const self = Object.fromEntries(own.map((e) => [e.indicatorId, entryScore(e, 'PROVISIONAL')]));
    const final = Object.fromEntries(own.map((e) => [e.indicatorId, entryScore(e, 'REVIEWED')]));
    const unit = unitById.get(sheet.unitId)!;
    const figureSheet: FigureSheet = { ...sheet, blockId: block?.blockId ?? null };
    const defById = new Map(defs.map((d) => [d.id, d]));
    return {
      id: sheet.id,
      campaignId: sheet.campaignId,
      periodId: sheet.periodId,
      unit: { id: unit.id, code: unit.code, name: unit.name },
      status: sheet.status,
      submittedAt: sheet.submittedAt,
      approvedAt: sheet.approvedAt,
      publishedAt: sheet.publishedAt,
      returnReason: sheet.returnReason,
      explanation: sheet.explanation,
      officerStatus: status,
      blockId: block?.blockId ?? null,
      leaderUnitId: block?.leaderUnitId ?? null,
      firstReviewedAt: sheet.firstReviewedAt,
      effectiveDeadline: effectiveDeadline(sheet, period),
      deadlineOverride: sheet.deadlineOverride,
      replyDueAt: sheet.replyDueAt,
      editableUntil: editableUntil(sheet, period),
      isOverdue: status === 'OVERDUE',
      lateDays: sheet.lateDays,
      enteredOnBehalf: sheet.enteredOnBehalf,
      mark: sheet.mark,
      markReason: sheet.markReason,
      markedAt: sheet.markedAt,
      selfTotal: computeTotals(defs, (id) => self[id] ?? null).total,
      finalTotal: round2(computeTotals(defs, (id) => final[id] ?? null).total),
      entries: own.map((e) =>
        toEntryModel(e, indicatorById.get(e.indicatorId)?.code ?? '', rows, figureSheet, defById.get(e.indicatorId)),
      ),
    };
  });
}

function toEntryModel(
  e: ScoreEntry,
  indicatorCode: string,
  rows: SheetRows,
  sheet: FigureSheet,
  def: IndicatorDef | undefined,
): ScoreEntryModel {
  const explain = (figure: number | null) => {
    const result = def ? scoreFigure(rows.figures, sheet, def, figure) : null;
    return result?.ok ? toScoreExplanationModel(result.explanation) : null;
  };
  return {
    id: e.id,
    indicatorId: e.indicatorId,
    indicatorCode,
    value: e.value,
    selfScore: e.selfScore,
    reviewedScore: e.reviewedScore,
    reviewedValue: e.reviewedValue,
    population: def ? entryPopulation(rows.figures, def, sheet.unitId) : null,
    unitTarget: rows.figures.targets.get(`${e.indicatorId}:${sheet.unitId}`) ?? null,
    blockBest: def?.kind === 'RELATIVE_TO_BEST' ? blockBestOf(rows.figures, sheet, def.id) : null,
    explanation: explain(e.value),
    reviewedExplanation: e.reviewedValue === null ? null : explain(e.reviewedValue),
    correctedScore: e.correctedScore,
    finalScore: entryScore(e, 'REVIEWED'),
    note: e.note,
    reviewReason: e.reviewReason,
    computed: e.computed
      ? {
          value: e.computed.value,
          source: JSON.stringify(e.computed.source),
          participation: e.computed.participation ?? null,
          computedAt: e.computed.computedAt,
        }
      : null,
    evidence: rows.evidence
      .filter((v) => v.entryId === e.id)
      .map((v) => ({
        id: v.id,
        kind: v.kind,
        url: v.url,
        fileName: v.fileName,
        mimeType: v.mimeType,
        size: v.size,
        downloadUrl: v.kind === 'FILE' ? `/api/evidence/${v.id}` : null,
        createdAt: v.createdAt,
      })),
    corrections: rows.corrections
      .filter((c) => c.entryId === e.id)
      .map((c) => ({
        id: c.id,
        oldScore: c.oldScore,
        newScore: c.newScore,
        reason: c.reason,
        correctedBy: c.correctedBy,
        correctedAt: c.correctedAt,
      })),
  };
}

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

export function toAuditEventModels({ events, actorNames, indicatorCodes }: AuditTrailRows): AuditEventModel[] {
  return events.map((e) => ({
    id: e.id,
    sheetId: e.sheetId,
    entryId: e.entryId,
    indicatorCode: e.entryId ? (indicatorCodes.get(e.entryId) ?? null) : null,
    actorId: e.actorId,
    actorName: e.actorId ? (actorNames.get(e.actorId) ?? null) : null,
    action: e.action,
    field: e.field,
    oldValue: json(e.oldValue),
    newValue: json(e.newValue),
    reason: e.reason,
    at: e.at,
  }));
}
