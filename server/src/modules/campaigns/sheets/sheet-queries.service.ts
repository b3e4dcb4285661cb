import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type SheetStatus } from '@thidua/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { PopulationsService } from '../../people/populations.service.js';
import { CampaignsError } from '../campaigns.errors.js';
import { Evidence } from '../entities/evidence.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { toIndicatorDef } from '../setup/campaign-definition.js';
import { loadEntryFigures } from './entry-figures.js';
import type { AuditEventModel, ScoreSheetModel } from './models/score-sheet.model.js';
import { toAuditEventModels, toScoreSheetModels } from './score-sheet.mapper.js';
import { auditTrailRows, blockKey, findSheet, reviewContext, sheetRows, visibleUnitIds } from './score-sheet.store.js';
import { assertCanRead } from './sheet-rules.js';

export interface EvidenceDownload {
  storedPath: string;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
}

/**
 * Reading sheets and their audit trail, for every actor: a unit officer sees its own
 * unit's, and an officer of a block leader unit its block's too (first round); a REVIEWER
 * scoped to blocks sees those blocks' only.
 */
@Injectable()
export class SheetQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly populations: PopulationsService,
  ) {}

  async list(
    viewer: AuthUser,
    campaignId: string,
    periodId?: string,
    status?: SheetStatus,
  ): Promise<ScoreSheetModel[]> {
    const where: Record<string, unknown> = { campaignId };
    if (periodId) where.periodId = periodId;
    if (status) where.status = status;
    const units = await visibleUnitIds(this.dataSource.manager, viewer, campaignId);
    if (units) where.unitId = In(units);
    const sheets = await this.dataSource.getRepository(ScoreSheet).find({ where, order: { createdAt: 'ASC' } });
    // Sheets created together share a timestamp: their units' codes order them.
    const models = await this.toModels(sheets);
    const created = new Map(sheets.map((s) => [s.id, s.createdAt.getTime()]));
    return models.sort(
      (a, b) =>
        created.get(a.id)! - created.get(b.id)! || a.unit.code.localeCompare(b.unit.code, 'vi', { numeric: true }),
    );
  }

  async get(viewer: AuthUser, id: string): Promise<ScoreSheetModel> {
    const sheet = await findSheet(this.dataSource.manager, id);
    await assertReadable(this.dataSource.manager, viewer, sheet);
    return (await this.toModels([sheet]))[0];
  }

  /**
   * The audit trail of a campaign or one sheet. A unit officer (and a scoped reviewer)
   * sees only the trail of a sheet it may read.
   */
  async auditTrail(viewer: AuthUser, campaignId: string, sheetId?: string): Promise<AuditEventModel[]> {
    const manager = this.dataSource.manager;
    if (sheetId) {
      const sheet = await findSheet(manager, sheetId);
      if (sheet.campaignId !== campaignId) throw new CampaignsError('SHEET_NOT_FOUND', 'No such score sheet');
      await assertReadable(manager, viewer, sheet);
    } else if (viewer.role === Role.UNIT_OFFICER) {
      throw new CampaignsError('SHEET_OUT_OF_SCOPE', 'A unit sees the trail of its own sheet only: give sheetId');
    }
    const events = toAuditEventModels(await auditTrailRows(manager, campaignId, sheetId));
    const units = sheetId ? null : await visibleUnitIds(manager, viewer, campaignId);
    if (!units) return events;
    // A reviewer scoped to blocks reads the campaign's own events and its blocks' sheets' only.
    const sheets = await manager.find(ScoreSheet, { where: { campaignId, unitId: In(units) }, select: { id: true } });
    const allowed = new Set(sheets.map((s) => s.id));
    return events.filter((e) => !e.sheetId || allowed.has(e.sheetId));
  }

  /** An evidence file to download; a unit officer gets only their own unit's. */
  async evidenceFile(viewer: AuthUser, id: string): Promise<EvidenceDownload> {
    const manager = this.dataSource.manager;
    const evidence = await manager.findOneBy(Evidence, { id });
    if (!evidence || evidence.kind !== 'FILE' || !evidence.storedPath) {
      throw new CampaignsError('EVIDENCE_NOT_FOUND', 'No such evidence file');
    }
    await assertReadable(manager, viewer, await manager.findOneByOrFail(ScoreSheet, { id: evidence.sheetId }));
    return {
      storedPath: evidence.storedPath,
      fileName: evidence.fileName,
      mimeType: evidence.mimeType,
      size: evidence.size,
    };
  }

  private async toModels(sheets: ScoreSheet[]): Promise<ScoreSheetModel[]> {
    if (sheets.length === 0) return [];
    const manager = this.dataSource.manager;
    const rows = await sheetRows(manager, sheets);
    const figures = await loadEntryFigures(
      manager,
      this.populations,
      sheets.map((s) => ({ ...s, blockId: rows.blocks.get(blockKey(s))?.blockId ?? null })),
      rows.indicators.map(toIndicatorDef),
    );
    return toScoreSheetModels(sheets, { ...rows, figures });
  }
}

async function assertReadable(manager: EntityManager, viewer: AuthUser, sheet: ScoreSheet): Promise<void> {
  assertCanRead(viewer, sheet, await reviewContext(manager, viewer, sheet));
}
