import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeText, Role, submitProblems } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CampaignsError } from '../campaigns.errors.js';
import { Evidence } from '../entities/evidence.entity.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { PopulationsService } from '../../people/populations.service.js';
import { toIndicatorDef } from '../setup/campaign-definition.js';
import { recordAudit, type AuditRecord } from './audit-trail.js';
import type {
  AddEvidenceFileInput,
  AddEvidenceLinkInput,
  SaveScoreEntryInput,
  SubmitScoreSheetInput,
} from './dto/score-sheet.input.js';
import { EvidenceFileStore } from './evidence-file.store.js';
import { loadEntryFigures, scoreFigure } from './entry-figures.js';
import type { ScoreSheetModel } from './models/score-sheet.model.js';
import {
  blockKey,
  entryContext,
  lockSheet,
  missedDeadline,
  periodOf,
  reviewContext,
  sheetBlocks,
  submissionRows,
  wardReviewerIds,
  type EntryContext,
} from './score-sheet.store.js';
import { SheetQueriesService } from './sheet-queries.service.js';
import {
  acceptEvidenceFile,
  acceptEvidenceUrl,
  assertCanEnterOnBehalf,
  assertOfficerCanEdit,
  assertSubmittable,
  assertWardReviewer,
  effectiveDeadline,
  lateDaysAt,
  submissionExplanation,
} from './sheet-rules.js';

/**
 * The unit's side of a score sheet: entries, evidence, submission with its explanation.
 * A unit officer acts on its own unit's unmarked DRAFT or RETURNED sheet until its
 * deadline (or reply window); a ward reviewer in scope may do the same on the unit's
 * behalf at any time before publishing, and the sheet then says so (enteredOnBehalf).
 * Every change writes its audit events, naming who acted, in the same transaction.
 * Nothing here moves the board: it shows reviewed or published scores only.
 */
@Injectable()
export class OfficerSheetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: EvidenceFileStore,
    private readonly queries: SheetQueriesService,
    private readonly notifications: NotificationsService,
    private readonly populations: PopulationsService,
  ) {}

  async saveEntry(viewer: AuthUser, input: SaveScoreEntryInput): Promise<ScoreSheetModel> {
    const sheetId = await this.dataSource.transaction(async (manager) => {
      const { entry, sheet, indicator } = await this.entryForEdit(manager, viewer, input.entryId);
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
          // The unit's target, its population of a RATE's kind, the block's best of a RELATIVE_TO_BEST.
          const def = toIndicatorDef(indicator);
          const figureSheet = {
            ...sheet,
            blockId: (await sheetBlocks(manager, [sheet])).get(blockKey(sheet))?.blockId ?? null,
          };
          const figures = await loadEntryFigures(manager, this.populations, [figureSheet], [def]);
          const result = scoreFigure(figures, figureSheet, def, input.value)!;
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
    return this.queries.get(viewer, sheetId);
  }

  /** The file is written before the transaction commits and removed again if it does not. */
  async addEvidenceFile(viewer: AuthUser, input: AddEvidenceFileInput): Promise<ScoreSheetModel> {
    const file = acceptEvidenceFile(input.fileName, input.contentBase64);
    let stored: string | null = null;
    try {
      const sheetId = await this.dataSource.transaction(async (manager) => {
        const { entry, sheet, indicator } = await this.entryForEdit(manager, viewer, input.entryId);
        stored = await this.storage.save(sheet.campaignId, file.content);
        const evidence = await manager.save(
          manager.create(Evidence, {
            campaignId: sheet.campaignId,
            sheetId: sheet.id,
            entryId: entry.id,
            kind: 'FILE',
            storedPath: stored,
            fileName: file.fileName,
            mimeType: file.mimeType,
            size: file.content.length,
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
            newValue: {
              id: evidence.id,
              kind: 'FILE',
              fileName: file.fileName,
              size: file.content.length,
              indicator: indicator.code,
            },
          },
        ]);
        return sheet.id;
      });
      return await this.queries.get(viewer, sheetId);
    } catch (error) {
      if (stored) await this.storage.remove(stored);
      throw error;
    }
  }

  async addEvidenceLink(viewer: AuthUser, input: AddEvidenceLinkInput): Promise<ScoreSheetModel> {
    const url = acceptEvidenceUrl(input.url);
    const sheetId = await this.dataSource.transaction(async (manager) => {
      const { entry, sheet } = await this.entryForEdit(manager, viewer, input.entryId);
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
    return this.queries.get(viewer, sheetId);
  }

  /** The stored file goes once the row is gone. */
  async removeEvidence(viewer: AuthUser, id: string): Promise<ScoreSheetModel> {
    const { sheetId, storedPath } = await this.dataSource.transaction(async (manager) => {
      const evidence = await manager.findOneBy(Evidence, { id });
      if (!evidence) throw new CampaignsError('EVIDENCE_NOT_FOUND', 'No such evidence');
      const { sheet, entry } = await this.entryForEdit(manager, viewer, evidence.entryId);
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
    return this.queries.get(viewer, sheetId);
  }

  /**
   * Submits a sheet: refused, naming the indicators, while any indicator is
   * unscored or lacks required evidence. Answering a return needs an explanation.
   */
  async submit(viewer: AuthUser, input: SubmitScoreSheetInput): Promise<ScoreSheetModel> {
    await this.dataSource.transaction(async (manager) => {
      const sheet = await lockSheet(manager, input.sheetId);
      await this.assertCanEdit(manager, viewer, sheet);
      const explanation = submissionExplanation(sheet.status, input.explanation);
      const { indicators, entries, evidenceCount } = await submissionRows(manager, sheet);
      assertSubmittable(
        submitProblems(
          indicators.map(toIndicatorDef),
          new Map(
            entries.map((e) => [
              e.indicatorId,
              { selfScore: e.selfScore, evidenceCount: evidenceCount.get(e.id) ?? 0 },
            ]),
          ),
        ),
      );
      const now = new Date();
      const period = await periodOf(manager, sheet);
      const lateDays = lateDaysAt({
        submittedAt: now,
        previousStatus: sheet.status,
        previousLateDays: sheet.lateDays,
        effectiveDeadline: effectiveDeadline(sheet, period),
        missedDeadline: sheet.status === 'DRAFT' ? await missedDeadline(manager, sheet.id) : null,
      });
      await manager.update(ScoreSheet, sheet.id, {
        status: 'SUBMITTED',
        submittedAt: now,
        submittedBy: viewer.id,
        lateDays,
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
        ...(lateDays !== sheet.lateDays
          ? [
              {
                campaignId: sheet.campaignId,
                sheetId: sheet.id,
                actorId: viewer.id,
                action: 'SHEET_SUBMITTED' as const,
                field: 'lateDays',
                oldValue: sheet.lateDays,
                newValue: lateDays,
              },
            ]
          : []),
      ]);
      await this.notifyToReview(manager, sheet);
    });
    return this.queries.get(viewer, input.sheetId);
  }

  /** The block leader unit's officers first review a sheet of their block; otherwise (or for its own sheet) the ward. */
  private async notifyToReview(manager: EntityManager, sheet: ScoreSheet): Promise<void> {
    const block = (await sheetBlocks(manager, [sheet])).get(blockKey(sheet));
    const draft = {
      kind: 'SHEET_TO_REVIEW' as const,
      payload: { campaignId: sheet.campaignId, periodId: sheet.periodId, sheetId: sheet.id, unitId: sheet.unitId },
    };
    if (block?.leaderUnitId && block.leaderUnitId !== sheet.unitId) {
      await this.notifications.notifyUnit(manager, block.leaderUnitId, draft);
    } else {
      await this.notifications.notifyUsers(
        manager,
        await wardReviewerIds(manager, sheet.campaignId, block?.blockId ?? null, sheet.unitId),
        draft,
      );
    }
  }

  private async entryForEdit(manager: EntityManager, viewer: AuthUser, entryId: string): Promise<EntryContext> {
    const context = await entryContext(manager, entryId, true);
    await this.assertCanEdit(manager, viewer, context.sheet);
    return context;
  }

  /**
   * A unit officer within its deadline, or a ward reviewer on the unit's behalf; the
   * first on-behalf change flags the sheet, audited with the reviewer's name.
   */
  private async assertCanEdit(manager: EntityManager, viewer: AuthUser, sheet: ScoreSheet): Promise<void> {
    const period = await periodOf(manager, sheet);
    if (viewer.role === Role.UNIT_OFFICER) {
      assertOfficerCanEdit(viewer, sheet, period, new Date());
      return;
    }
    assertWardReviewer(viewer, sheet, await reviewContext(manager, viewer, sheet));
    assertCanEnterOnBehalf(sheet, period);
    if (!sheet.enteredOnBehalf) {
      await manager.update(ScoreSheet, sheet.id, { enteredOnBehalf: true });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          actorId: viewer.id,
          action: 'ENTERED_ON_BEHALF',
          field: 'enteredOnBehalf',
          oldValue: false,
          newValue: true,
        },
      ]);
      sheet.enteredOnBehalf = true;
    }
  }
}
