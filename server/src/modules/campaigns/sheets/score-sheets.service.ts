import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  computeTotals,
  detectEvidenceType,
  isAllowedEvidenceUrl,
  MAX_EVIDENCE_FILE_BYTES,
  normalizeText,
  participationRate,
  Role,
  round2,
  scoreFromValue,
  submitProblems,
  validateScore,
  type SheetStatus,
} from '@thidua/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { User } from '../../users/entities/user.entity.js';
import { recordAudit, type AuditRecord } from './audit-trail.js';
import { CampaignBoardBroadcaster } from '../campaign-board.broadcaster.js';
import { loadDefinition, toIndicatorDef } from '../setup/campaign-definition.js';
import { CampaignsError } from '../campaigns.errors.js';
import { ComputedSourceRegistry } from '../computed-source.registry.js';
import type {
  AddEvidenceFileInput,
  AddEvidenceLinkInput,
  CorrectScoreInput,
  ReturnScoreSheetInput,
  ReviewScoreEntryInput,
  SaveScoreEntryInput,
  SubmitScoreSheetInput,
} from './dto/score-sheet.input.js';
import { AuditEvent } from '../entities/audit-event.entity.js';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { Campaign } from '../entities/campaign.entity.js';
import { Evidence } from '../entities/evidence.entity.js';
import { Indicator, IndicatorTarget } from '../entities/indicator.entity.js';
import { ScoreCorrection } from '../entities/score-correction.entity.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { EvidenceStorage } from './evidence-storage.js';
import type { AuditEventModel, RecomputeResult, ScoreSheetModel } from './models/score-sheet.model.js';
import { entryScore } from '../board/score-views.js';

const OFFICER_EDITABLE: readonly SheetStatus[] = ['DRAFT', 'RETURNED'];

interface EntryContext {
  entry: ScoreEntry;
  sheet: ScoreSheet;
  indicator: Indicator;
}

/**
 * Score sheets: a unit fills and submits its own; reviewers adjust, return and
 * approve; admins publish, correct and recompute. Every change writes an audit
 * event in the same transaction.
 */
@Injectable()
export class ScoreSheetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: EvidenceStorage,
    private readonly registry: ComputedSourceRegistry,
    private readonly board: CampaignBoardBroadcaster,
  ) {}

  // ---- reading ----

  async list(
    viewer: AuthUser,
    campaignId: string,
    periodId?: string,
    status?: SheetStatus,
  ): Promise<ScoreSheetModel[]> {
    const where: Record<string, unknown> = { campaignId };
    if (periodId) where.periodId = periodId;
    if (status) where.status = status;
    if (viewer.role === Role.UNIT_OFFICER) where.unitId = viewer.unitId ?? '00000000-0000-0000-0000-000000000000';
    const sheets = await this.dataSource.getRepository(ScoreSheet).find({ where, order: { createdAt: 'ASC' } });
    return this.toModels(this.dataSource.manager, sheets);
  }

  async get(viewer: AuthUser, id: string): Promise<ScoreSheetModel> {
    const sheet = await this.dataSource.getRepository(ScoreSheet).findOneBy({ id });
    if (!sheet) throw new CampaignsError('SHEET_NOT_FOUND', 'No such score sheet');
    assertSheetScope(viewer, sheet);
    return (await this.toModels(this.dataSource.manager, [sheet]))[0];
  }

  /** The audit trail of a campaign or one sheet. A unit officer sees only their own sheet's trail. */
  async auditTrail(viewer: AuthUser, campaignId: string, sheetId?: string): Promise<AuditEventModel[]> {
    if (viewer.role === Role.UNIT_OFFICER) {
      if (!sheetId)
        throw new CampaignsError('SHEET_OUT_OF_SCOPE', 'A unit sees the trail of its own sheet only: give sheetId');
      const sheet = await this.dataSource.getRepository(ScoreSheet).findOneBy({ id: sheetId });
      if (!sheet) throw new CampaignsError('SHEET_NOT_FOUND', 'No such score sheet');
      assertSheetScope(viewer, sheet);
    }
    const events = await this.dataSource.getRepository(AuditEvent).find({
      where: { campaignId, ...(sheetId ? { sheetId } : {}) },
      order: { at: 'ASC', id: 'ASC' },
      take: 5000,
    });
    const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
    const entryIds = [...new Set(events.flatMap((e) => (e.entryId ? [e.entryId] : [])))];
    const [actors, codes] = await Promise.all([
      actorIds.length ? this.dataSource.getRepository(User).find({ where: { id: In(actorIds) } }) : [],
      entryIds.length
        ? this.dataSource.query<{ id: string; code: string }[]>(
            'SELECT e.id, i.code FROM score_entry e JOIN indicator i ON i.id = e.indicator_id WHERE e.id = ANY($1::uuid[])',
            [entryIds],
          )
        : [],
    ]);
    const nameOf = new Map(actors.map((a) => [a.id, a.displayName]));
    const codeOf = new Map(codes.map((c) => [c.id, c.code]));
    return events.map((e) => ({
      id: e.id,
      sheetId: e.sheetId,
      entryId: e.entryId,
      indicatorCode: e.entryId ? (codeOf.get(e.entryId) ?? null) : null,
      actorId: e.actorId,
      actorName: e.actorId ? (nameOf.get(e.actorId) ?? null) : null,
      action: e.action,
      field: e.field,
      oldValue: e.oldValue === null || e.oldValue === undefined ? null : JSON.stringify(e.oldValue),
      newValue: e.newValue === null || e.newValue === undefined ? null : JSON.stringify(e.newValue),
      reason: e.reason,
      at: e.at,
    }));
  }

  // ---- the unit ----

  async saveEntry(viewer: AuthUser, input: SaveScoreEntryInput): Promise<ScoreSheetModel> {
    const sheetId = await this.dataSource.transaction(async (manager) => {
      const { entry, sheet, indicator } = await this.entryForUnitEdit(manager, viewer, input.entryId);
      if (indicator.kind === 'COMPUTED') {
        throw new CampaignsError(
          'INVALID_SCORE',
          `${indicator.code} is computed from quiz results; it cannot be entered`,
        );
      }
      const audits: AuditRecord[] = [];
      const base = {
        campaignId: sheet.campaignId,
        sheetId: sheet.id,
        entryId: entry.id,
        actorId: viewer.id,
        action: 'ENTRY_SAVED' as const,
      };
      if (input.value !== undefined) {
        let selfScore: number | null = null;
        if (input.value !== null) {
          const unitTarget = await manager.findOneBy(IndicatorTarget, {
            indicatorId: indicator.id,
            unitId: sheet.unitId,
          });
          const result = scoreFromValue(toIndicatorDef(indicator), input.value, unitTarget?.target);
          if (!result.ok)
            throw new CampaignsError('INVALID_SCORE', result.message, {
              indicator: indicator.code,
              reason: result.reason,
            });
          selfScore = result.score;
        }
        if (entry.value !== input.value)
          audits.push({ ...base, field: 'value', oldValue: entry.value, newValue: input.value });
        if (entry.selfScore !== selfScore)
          audits.push({ ...base, field: 'selfScore', oldValue: entry.selfScore, newValue: selfScore });
        entry.value = input.value;
        entry.selfScore = selfScore;
      }
      if (input.note !== undefined) {
        const note = input.note === null ? null : input.note.trim() || null;
        if (note !== entry.note) audits.push({ ...base, field: 'note', oldValue: entry.note, newValue: note });
        entry.note = note;
      }
      await manager.update(ScoreEntry, entry.id, { value: entry.value, selfScore: entry.selfScore, note: entry.note });
      await recordAudit(manager, audits);
      return sheet.id;
    });
    return this.get(viewer, sheetId);
  }

  async addEvidenceFile(viewer: AuthUser, input: AddEvidenceFileInput): Promise<ScoreSheetModel> {
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.length > MAX_EVIDENCE_FILE_BYTES)
      throw new CampaignsError('EVIDENCE_TOO_LARGE', 'The file is larger than 5 MiB');
    if (content.length === 0) throw new CampaignsError('EVIDENCE_TYPE_NOT_ALLOWED', 'The file is empty');
    const fileName = normalizeText(input.fileName).replace(/[/\\]/g, '_');
    const type = detectEvidenceType(fileName, content);
    if (!type) {
      throw new CampaignsError(
        'EVIDENCE_TYPE_NOT_ALLOWED',
        'Only PDF, JPG, PNG, WEBP, DOCX or XLSX files whose content matches their name',
        {
          fileName,
        },
      );
    }
    let stored: string | null = null;
    try {
      const sheetId = await this.dataSource.transaction(async (manager) => {
        const { entry, sheet, indicator } = await this.entryForUnitEdit(manager, viewer, input.entryId);
        stored = await this.storage.save(sheet.campaignId, content);
        const evidence = await manager.save(
          manager.create(Evidence, {
            campaignId: sheet.campaignId,
            sheetId: sheet.id,
            entryId: entry.id,
            kind: 'FILE',
            storedPath: stored,
            fileName,
            mimeType: type.mimeType,
            size: content.length,
            uploadedBy: viewer.id,
          }),
        );
        await recordAudit(manager, [
          {
            campaignId: sheet.campaignId,
            sheetId: sheet.id,
            entryId: entry.id,
            actorId: viewer.id,
            action: 'EVIDENCE_ADDED',
            field: 'evidence',
            newValue: { id: evidence.id, kind: 'FILE', fileName, size: content.length, indicator: indicator.code },
          },
        ]);
        return sheet.id;
      });
      return await this.get(viewer, sheetId);
    } catch (error) {
      if (stored) await this.storage.remove(stored);
      throw error;
    }
  }

  async addEvidenceLink(viewer: AuthUser, input: AddEvidenceLinkInput): Promise<ScoreSheetModel> {
    const url = input.url.trim();
    if (!isAllowedEvidenceUrl(url))
      throw new CampaignsError('INVALID_URL', 'Links must start with http:// or https://');
    const sheetId = await this.dataSource.transaction(async (manager) => {
      const { entry, sheet } = await this.entryForUnitEdit(manager, viewer, input.entryId);
      const evidence = await manager.save(
        manager.create(Evidence, {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          entryId: entry.id,
          kind: 'LINK',
          url,
          fileName: input.label ? normalizeText(input.label) : null,
          uploadedBy: viewer.id,
        }),
      );
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          entryId: entry.id,
          actorId: viewer.id,
          action: 'EVIDENCE_ADDED',
          field: 'evidence',
          newValue: { id: evidence.id, kind: 'LINK', url },
        },
      ]);
      return sheet.id;
    });
    return this.get(viewer, sheetId);
  }

  async removeEvidence(viewer: AuthUser, id: string): Promise<ScoreSheetModel> {
    const { sheetId, storedPath } = await this.dataSource.transaction(async (manager) => {
      const evidence = await manager.findOneBy(Evidence, { id });
      if (!evidence) throw new CampaignsError('EVIDENCE_NOT_FOUND', 'No such evidence');
      const { sheet, entry } = await this.entryForUnitEdit(manager, viewer, evidence.entryId);
      await manager.delete(Evidence, id);
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          entryId: entry.id,
          actorId: viewer.id,
          action: 'EVIDENCE_REMOVED',
          field: 'evidence',
          oldValue: { id, kind: evidence.kind, fileName: evidence.fileName, url: evidence.url },
        },
      ]);
      return { sheetId: sheet.id, storedPath: evidence.storedPath };
    });
    if (storedPath) await this.storage.remove(storedPath);
    return this.get(viewer, sheetId);
  }

  /**
   * Submits a sheet: refused, naming the indicators, while any indicator is
   * unscored or lacks required evidence. Answering a return needs an explanation.
   */
  async submit(viewer: AuthUser, input: SubmitScoreSheetInput): Promise<ScoreSheetModel> {
    await this.dataSource.transaction(async (manager) => {
      const sheet = await this.lockSheet(manager, input.sheetId);
      await this.assertUnitCanEdit(manager, viewer, sheet);
      const explanation = input.explanation?.trim() || null;
      if (sheet.status === 'RETURNED' && !explanation) {
        throw new CampaignsError(
          'EXPLANATION_REQUIRED',
          'Explain how the return was answered (giải trình) before resubmitting',
        );
      }
      const indicators = await manager.findBy(Indicator, { campaignId: sheet.campaignId });
      const entries = await manager.findBy(ScoreEntry, { sheetId: sheet.id });
      const counts: { entry_id: string; n: number }[] = await manager.query(
        'SELECT entry_id, count(*)::int AS n FROM evidence WHERE sheet_id = $1 GROUP BY entry_id',
        [sheet.id],
      );
      const evidenceCount = new Map(counts.map((c) => [c.entry_id, c.n]));
      const problems = submitProblems(
        indicators.map(toIndicatorDef),
        new Map(
          entries.map((e) => [e.indicatorId, { selfScore: e.selfScore, evidenceCount: evidenceCount.get(e.id) ?? 0 }]),
        ),
      );
      const named = [...new Set([...problems.unscored, ...problems.missingEvidence])];
      if (named.length > 0) {
        const parts = [
          problems.unscored.length ? `not scored: ${problems.unscored.join(', ')}` : '',
          problems.missingEvidence.length ? `evidence required: ${problems.missingEvidence.join(', ')}` : '',
        ].filter(Boolean);
        throw new CampaignsError('SHEET_INCOMPLETE', `The sheet cannot be submitted yet (${parts.join('; ')})`, {
          indicators: named,
          unscored: problems.unscored,
          missingEvidence: problems.missingEvidence,
        });
      }
      await manager.update(ScoreSheet, sheet.id, {
        status: 'SUBMITTED',
        submittedAt: new Date(),
        submittedBy: viewer.id,
        ...(explanation ? { explanation } : {}),
      });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          actorId: viewer.id,
          action: 'SHEET_SUBMITTED',
          field: 'status',
          oldValue: sheet.status,
          newValue: 'SUBMITTED',
          reason: explanation,
        },
      ]);
    });
    return this.get(viewer, input.sheetId);
  }

  // ---- the reviewer ----

  async reviewEntry(viewer: AuthUser, input: ReviewScoreEntryInput): Promise<ScoreSheetModel> {
    const reason = requireReason(input.reason);
    const sheet = await this.dataSource.transaction(async (manager) => {
      const { entry, sheet, indicator } = await this.entryContext(manager, input.entryId, true);
      requireStatus(sheet, ['SUBMITTED'], 'Only a submitted sheet can be reviewed');
      const result = validateScore(toIndicatorDef(indicator), input.reviewedScore);
      if (!result.ok)
        throw new CampaignsError('INVALID_SCORE', result.message, { indicator: indicator.code, reason: result.reason });
      await manager.update(ScoreEntry, entry.id, { reviewedScore: result.score, reviewReason: reason });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          entryId: entry.id,
          actorId: viewer.id,
          action: 'SCORE_REVIEWED',
          field: 'reviewedScore',
          oldValue: entry.reviewedScore ?? entry.selfScore,
          newValue: result.score,
          reason,
        },
      ]);
      await this.markInReview(manager, viewer, sheet.campaignId);
      return sheet;
    });
    this.board.changed(sheet.campaignId);
    return this.get(viewer, sheet.id);
  }

  async returnSheet(viewer: AuthUser, input: ReturnScoreSheetInput): Promise<ScoreSheetModel> {
    const reason = requireReason(input.reason);
    const sheet = await this.dataSource.transaction(async (manager) => {
      const sheet = await this.lockSheet(manager, input.sheetId);
      requireStatus(sheet, ['SUBMITTED', 'APPROVED'], 'Only a submitted or approved sheet can be returned');
      await manager.update(ScoreSheet, sheet.id, {
        status: 'RETURNED',
        returnReason: reason,
        approvedAt: null,
        approvedBy: null,
      });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          actorId: viewer.id,
          action: 'SHEET_RETURNED',
          field: 'status',
          oldValue: sheet.status,
          newValue: 'RETURNED',
          reason,
        },
      ]);
      await this.markInReview(manager, viewer, sheet.campaignId);
      return sheet;
    });
    this.board.changed(sheet.campaignId);
    return this.get(viewer, sheet.id);
  }

  async approve(viewer: AuthUser, sheetId: string): Promise<ScoreSheetModel> {
    const sheet = await this.dataSource.transaction(async (manager) => {
      const sheet = await this.lockSheet(manager, sheetId);
      requireStatus(sheet, ['SUBMITTED'], 'Only a submitted sheet can be approved');
      await manager.update(ScoreSheet, sheet.id, { status: 'APPROVED', approvedAt: new Date(), approvedBy: viewer.id });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          actorId: viewer.id,
          action: 'SHEET_APPROVED',
          field: 'status',
          oldValue: sheet.status,
          newValue: 'APPROVED',
        },
      ]);
      await this.markInReview(manager, viewer, sheet.campaignId);
      return sheet;
    });
    this.board.changed(sheet.campaignId);
    return this.get(viewer, sheet.id);
  }

  // ---- the admin ----

  /**
   * Publishes a period: every sheet must be approved (the refusal lists the units
   * that are not); they all become PUBLISHED and immutable in one statement.
   */
  async publishPeriod(viewer: AuthUser, periodId: string): Promise<ScoreSheetModel[]> {
    const period = await this.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(CampaignPeriod, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw new CampaignsError('PERIOD_NOT_FOUND', 'No such period');
      if (period.publishedAt) throw new CampaignsError('PERIOD_PUBLISHED', 'This period is already published');
      const sheets = await manager.find(ScoreSheet, { where: { periodId }, lock: { mode: 'pessimistic_write' } });
      const notReady = sheets.filter((s) => s.status !== 'APPROVED');
      if (notReady.length > 0 || sheets.length === 0) {
        const units = notReady.length ? await manager.findBy(Unit, { id: In(notReady.map((s) => s.unitId)) }) : [];
        throw new CampaignsError(
          'PERIOD_NOT_READY',
          `Sheets not approved yet: ${units.map((u) => u.code).join(', ') || 'none exist'}`,
          {
            units: units.map((u) => u.code),
          },
        );
      }
      const now = new Date();
      await manager.update(ScoreSheet, { periodId }, { status: 'PUBLISHED', publishedAt: now });
      await manager.update(CampaignPeriod, periodId, { publishedAt: now });
      await recordAudit(
        manager,
        sheets.map((s) => ({
          campaignId: s.campaignId,
          sheetId: s.id,
          actorId: viewer.id,
          action: 'SHEET_PUBLISHED' as const,
          field: 'status',
          oldValue: 'APPROVED',
          newValue: 'PUBLISHED',
        })),
      );
      const remaining: { n: number }[] = await manager.query(
        'SELECT count(*)::int AS n FROM campaign_period WHERE campaign_id = $1 AND published_at IS NULL',
        [period.campaignId],
      );
      if (remaining[0].n === 0) await this.setCampaignStatus(manager, viewer, period.campaignId, 'PUBLISHED');
      return period;
    });
    this.board.changed(period.campaignId);
    return this.list(viewer, period.campaignId, periodId);
  }

  /** The only change a published sheet accepts: a correction with a reason, recorded as such. */
  async correctScore(viewer: AuthUser, input: CorrectScoreInput): Promise<ScoreSheetModel> {
    const reason = requireReason(input.reason);
    const sheet = await this.dataSource.transaction(async (manager) => {
      const { entry, sheet, indicator } = await this.entryContext(manager, input.entryId, true);
      requireStatus(sheet, ['PUBLISHED'], 'Only published scores are corrected; before publication, review them');
      const result = validateScore(toIndicatorDef(indicator), input.newScore);
      if (!result.ok)
        throw new CampaignsError('INVALID_SCORE', result.message, { indicator: indicator.code, reason: result.reason });
      const oldScore = entryScore(entry, 'PUBLISHED');
      await manager.insert(ScoreCorrection, {
        entryId: entry.id,
        sheetId: sheet.id,
        oldScore,
        newScore: result.score,
        reason,
        correctedBy: viewer.id,
      });
      await manager.update(ScoreEntry, entry.id, { correctedScore: result.score });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          entryId: entry.id,
          actorId: viewer.id,
          action: 'SCORE_CORRECTED',
          field: 'correctedScore',
          oldValue: oldScore,
          newValue: result.score,
          reason,
        },
      ]);
      return sheet;
    });
    this.board.changed(sheet.campaignId);
    return this.get(viewer, sheet.id);
  }

  /**
   * Fills the computed entries of a period's unpublished sheets from their sources:
   * participation rate = distinct participants ÷ eligible population (capped at 1),
   * or the average score share; records the value, its source and the time.
   */
  async recompute(viewer: AuthUser, campaignId: string, periodId: string): Promise<RecomputeResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      const d = await loadDefinition(manager, campaignId);
      if (!d.periods.some((p) => p.id === periodId))
        throw new CampaignsError('PERIOD_NOT_FOUND', 'No such period in this campaign');
      if (d.campaign.status === 'DRAFT') throw new CampaignsError('CAMPAIGN_NOT_RUNNING', 'Launch the campaign first');
      const sheets = await manager.find(ScoreSheet, {
        where: { periodId, status: In(['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED']) },
      });
      const units = sheets.length ? await manager.findBy(Unit, { id: In(sheets.map((s) => s.unitId)) }) : [];
      const unitById = new Map(units.map((u) => [u.id, u]));
      const skipped: { indicatorCode: string; reason: string }[] = [];
      const updates: { id: string; value: number; score: number; computed: object }[] = [];
      const audits: AuditRecord[] = [];
      const computedAt = new Date().toISOString();
      for (const indicator of d.indicators.filter((i) => i.kind === 'COMPUTED')) {
        const source = indicator.computedSource;
        if (!source?.id) {
          skipped.push({ indicatorCode: indicator.code, reason: 'SOURCE_NOT_BOUND' });
          continue;
        }
        const provider = this.registry.get(source.kind);
        if (!provider) {
          skipped.push({ indicatorCode: indicator.code, reason: 'SOURCE_NOT_AVAILABLE' });
          continue;
        }
        const raw = await provider.fetch(
          source.id,
          units.map((u) => u.id),
          source.metric,
        );
        const entries = sheets.length
          ? await manager.findBy(ScoreEntry, { sheetId: In(sheets.map((s) => s.id)), indicatorId: indicator.id })
          : [];
        const sheetById = new Map(sheets.map((s) => [s.id, s]));
        for (const entry of entries) {
          const sheet = sheetById.get(entry.sheetId)!;
          const unit = unitById.get(sheet.unitId)!;
          const measured = raw.get(unit.id) ?? 0;
          const value =
            source.metric === 'PARTICIPATION_RATE'
              ? participationRate(measured, unit.eligiblePopulation)
              : Math.min(1, Math.max(0, measured));
          const scored = scoreFromValue(toIndicatorDef(indicator), value);
          const score = scored.ok ? scored.score : 0;
          const computed = {
            value,
            source: {
              kind: source.kind,
              id: source.id,
              metric: source.metric,
              ...(source.metric === 'PARTICIPATION_RATE'
                ? { participants: measured, eligible: unit.eligiblePopulation }
                : {}),
            },
            computedAt,
          };
          updates.push({ id: entry.id, value, score, computed });
          if (entry.value !== value || entry.selfScore !== score) {
            audits.push({
              campaignId,
              sheetId: sheet.id,
              entryId: entry.id,
              actorId: viewer.id,
              action: 'SCORE_COMPUTED',
              field: 'selfScore',
              oldValue: entry.selfScore,
              newValue: score,
              reason: `${source.metric} from ${source.kind} ${source.id}`,
            });
          }
        }
      }
      if (updates.length > 0) {
        await manager.query(
          `UPDATE score_entry e SET value = v.value, self_score = v.score, computed = v.computed, updated_at = now()
           FROM unnest($1::uuid[], $2::float8[], $3::float8[], $4::jsonb[]) AS v(id, value, score, computed)
           WHERE e.id = v.id`,
          [
            updates.map((u) => u.id),
            updates.map((u) => u.value),
            updates.map((u) => u.score),
            updates.map((u) => JSON.stringify(u.computed)),
          ],
        );
      }
      await recordAudit(manager, audits);
      return { updated: audits.length, skipped };
    });
    if (result.updated > 0) this.board.changed(campaignId);
    return result;
  }

  // ---- helpers ----

  private async markInReview(manager: EntityManager, viewer: AuthUser, campaignId: string): Promise<void> {
    const campaign = await manager.findOneBy(Campaign, { id: campaignId });
    if (campaign?.status === 'LAUNCHED') await this.setCampaignStatus(manager, viewer, campaignId, 'IN_REVIEW');
  }

  private async setCampaignStatus(
    manager: EntityManager,
    viewer: AuthUser,
    campaignId: string,
    status: Campaign['status'],
  ): Promise<void> {
    const campaign = await manager.findOneByOrFail(Campaign, { id: campaignId });
    if (campaign.status === status) return;
    await manager.update(Campaign, campaignId, { status });
    await recordAudit(manager, [
      {
        campaignId,
        actorId: viewer.id,
        action: 'CAMPAIGN_STATUS_CHANGED',
        field: 'status',
        oldValue: campaign.status,
        newValue: status,
      },
    ]);
  }

  private async lockSheet(manager: EntityManager, id: string): Promise<ScoreSheet> {
    const sheet = await manager.findOne(ScoreSheet, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!sheet) throw new CampaignsError('SHEET_NOT_FOUND', 'No such score sheet');
    return sheet;
  }

  private async entryContext(manager: EntityManager, entryId: string, lock: boolean): Promise<EntryContext> {
    const entry = await manager.findOneBy(ScoreEntry, { id: entryId });
    if (!entry) throw new CampaignsError('ENTRY_NOT_FOUND', 'No such score entry');
    const sheet = lock
      ? await this.lockSheet(manager, entry.sheetId)
      : await manager.findOneByOrFail(ScoreSheet, { id: entry.sheetId });
    const indicator = await manager.findOneByOrFail(Indicator, { id: entry.indicatorId });
    return { entry, sheet, indicator };
  }

  private async entryForUnitEdit(manager: EntityManager, viewer: AuthUser, entryId: string): Promise<EntryContext> {
    const context = await this.entryContext(manager, entryId, true);
    await this.assertUnitCanEdit(manager, viewer, context.sheet);
    return context;
  }

  /** Own unit only, DRAFT or RETURNED, before the period's deadline. */
  private async assertUnitCanEdit(manager: EntityManager, viewer: AuthUser, sheet: ScoreSheet): Promise<void> {
    assertSheetScope(viewer, sheet);
    if (sheet.status === 'PUBLISHED') {
      throw new CampaignsError(
        'SHEET_LOCKED',
        'Published results cannot be changed; an admin can correct a score with a reason',
      );
    }
    if (!OFFICER_EDITABLE.includes(sheet.status)) {
      throw new CampaignsError(
        'SHEET_NOT_EDITABLE',
        `The sheet is ${sheet.status}: it can be edited again only if the reviewer returns it`,
      );
    }
    const period = await manager.findOneByOrFail(CampaignPeriod, { id: sheet.periodId });
    if (period.submissionDeadline.getTime() < Date.now()) {
      throw new CampaignsError('DEADLINE_PASSED', `The deadline of ${period.name} has passed`);
    }
  }

  private async toModels(manager: EntityManager, sheets: ScoreSheet[]): Promise<ScoreSheetModel[]> {
    if (sheets.length === 0) return [];
    const sheetIds = sheets.map((s) => s.id);
    const campaignIds = [...new Set(sheets.map((s) => s.campaignId))];
    const [entries, evidence, corrections, indicators, units] = await Promise.all([
      manager.find(ScoreEntry, { where: { sheetId: In(sheetIds) } }),
      manager.find(Evidence, { where: { sheetId: In(sheetIds) }, order: { createdAt: 'ASC' } }),
      manager.find(ScoreCorrection, { where: { sheetId: In(sheetIds) }, order: { correctedAt: 'ASC' } }),
      manager.find(Indicator, { where: { campaignId: In(campaignIds) } }),
      manager.find(Unit, { where: { id: In(sheets.map((s) => s.unitId)) } }),
    ]);
    const indicatorById = new Map(indicators.map((i) => [i.id, i]));
    const unitById = new Map(units.map((u) => [u.id, u]));
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
      const defs = indicators.filter((i) => i.campaignId === sheet.campaignId).map(toIndicatorDef);
      const self = Object.fromEntries(own.map((e) => [e.indicatorId, entryScore(e, 'PROVISIONAL')]));
      const final = Object.fromEntries(own.map((e) => [e.indicatorId, entryScore(e, 'REVIEWED')]));
      const unit = unitById.get(sheet.unitId)!;
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
        selfTotal: computeTotals(defs, (id) => self[id] ?? null).total,
        finalTotal: round2(computeTotals(defs, (id) => final[id] ?? null).total),
        entries: own.map((e) => ({
          id: e.id,
          indicatorId: e.indicatorId,
          indicatorCode: indicatorById.get(e.indicatorId)?.code ?? '',
          value: e.value,
          selfScore: e.selfScore,
          reviewedScore: e.reviewedScore,
          correctedScore: e.correctedScore,
          finalScore: entryScore(e, 'REVIEWED'),
          note: e.note,
          reviewReason: e.reviewReason,
          computed: e.computed
            ? { value: e.computed.value, source: JSON.stringify(e.computed.source), computedAt: e.computed.computedAt }
            : null,
          evidence: evidence
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
          corrections: corrections
            .filter((c) => c.entryId === e.id)
            .map((c) => ({
              id: c.id,
              oldScore: c.oldScore,
              newScore: c.newScore,
              reason: c.reason,
              correctedBy: c.correctedBy,
              correctedAt: c.correctedAt,
            })),
        })),
      };
    });
  }
}

/** A unit officer acts only on their own unit's sheets. */
export function assertSheetScope(viewer: AuthUser, sheet: { unitId: string }): void {
  if (viewer.role === Role.UNIT_OFFICER && sheet.unitId !== viewer.unitId) {
    throw new CampaignsError('SHEET_OUT_OF_SCOPE', "This is another unit's score sheet");
  }
}

function requireReason(value: string): string {
  const reason = value.trim();
  if (!reason) throw new CampaignsError('REASON_REQUIRED', 'Give a reason');
  return reason;
}

function requireStatus(sheet: ScoreSheet, allowed: readonly SheetStatus[], message: string): void {
  if (sheet.status === 'PUBLISHED' && !allowed.includes('PUBLISHED')) {
    throw new CampaignsError(
      'SHEET_LOCKED',
      'Published results cannot be changed; an admin can correct a score with a reason',
    );
  }
  if (!allowed.includes(sheet.status))
    throw new CampaignsError('INVALID_TRANSITION', `${message} (it is ${sheet.status})`);
}
