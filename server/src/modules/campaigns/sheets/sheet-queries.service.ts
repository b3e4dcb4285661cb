import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type SheetStatus } from '@thidua/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CampaignsError } from '../campaigns.errors.js';
import { Evidence } from '../entities/evidence.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import type { AuditEventModel, ScoreSheetModel } from './models/score-sheet.model.js';
import { toAuditEventModels, toScoreSheetModels } from './score-sheet.mapper.js';
import { auditTrailRows, findSheet, sheetRows } from './score-sheet.store.js';
import { assertSheetScope } from './sheet-rules.js';

export interface EvidenceDownload {
  storedPath: string;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
}

/** Reading sheets and their audit trail, for every actor; a unit officer sees their own unit's only. */
@Injectable()
export class SheetQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    return this.toModels(sheets);
  }

  async get(viewer: AuthUser, id: string): Promise<ScoreSheetModel> {
    const sheet = await findSheet(this.dataSource.manager, id);
    assertSheetScope(viewer, sheet);
    return (await this.toModels([sheet]))[0];
  }

  /** The audit trail of a campaign or one sheet. A unit officer sees only their own sheet's trail. */
  async auditTrail(viewer: AuthUser, campaignId: string, sheetId?: string): Promise<AuditEventModel[]> {
    const manager = this.dataSource.manager;
    if (viewer.role === Role.UNIT_OFFICER) {
      if (!sheetId)
        throw new CampaignsError('SHEET_OUT_OF_SCOPE', 'A unit sees the trail of its own sheet only: give sheetId');
      assertSheetScope(viewer, await findSheet(manager, sheetId));
    }
    return toAuditEventModels(await auditTrailRows(manager, campaignId, sheetId));
  }

  /** An evidence file to download; a unit officer gets only their own unit's. */
  async evidenceFile(viewer: AuthUser, id: string): Promise<EvidenceDownload> {
    const manager = this.dataSource.manager;
    const evidence = await manager.findOneBy(Evidence, { id });
    if (!evidence || evidence.kind !== 'FILE' || !evidence.storedPath) {
      throw new CampaignsError('EVIDENCE_NOT_FOUND', 'No such evidence file');
    }
    assertSheetScope(viewer, await manager.findOneByOrFail(ScoreSheet, { id: evidence.sheetId }));
    return {
      storedPath: evidence.storedPath,
      fileName: evidence.fileName,
      mimeType: evidence.mimeType,
      size: evidence.size,
    };
  }

  private async toModels(sheets: ScoreSheet[]): Promise<ScoreSheetModel[]> {
    if (sheets.length === 0) return [];
    return toScoreSheetModels(sheets, await sheetRows(this.dataSource.manager, sheets));
  }
}
