import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isMultiple, scoreFromValue, type IndicatorDef } from '@thidua/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Unit } from '../../modules/units/entities/unit.entity.js';
import { recordAudit, type AuditRecord } from '../../modules/campaigns/sheets/audit-trail.js';
import { loadDefinition, toIndicatorDef } from '../../modules/campaigns/setup/campaign-definition.js';
import { createSheets } from '../../modules/campaigns/setup/campaign-setup.store.js';
import {
  DEMO_BLOCKS,
  DEMO_CAMPAIGN_DESCRIPTION,
  DEMO_CAMPAIGN_TITLE,
  DEMO_INDICATORS,
  DEMO_INTERIM_STATUS,
  DEMO_PERFORMANCE,
  DEMO_PERIODS,
  DEMO_RETURN_REASON,
  DEMO_REVIEW_REASON,
  DEMO_TITLES,
} from './demo-campaign.js';
import { CampaignBlock, CampaignBlockUnit } from '../../modules/campaigns/entities/campaign-block.entity.js';
import { CampaignPeriod } from '../../modules/campaigns/entities/campaign-period.entity.js';
import { CampaignTitle } from '../../modules/campaigns/entities/campaign-title.entity.js';
import { Campaign } from '../../modules/campaigns/entities/campaign.entity.js';
import { Evidence } from '../../modules/campaigns/entities/evidence.entity.js';
import { Indicator } from '../../modules/campaigns/entities/indicator.entity.js';
import { CriteriaSet } from '../../modules/campaigns/entities/criteria-set.entity.js';
import { ScoreEntry } from '../../modules/campaigns/entities/score-entry.entity.js';
import { ScoreSheet } from '../../modules/campaigns/entities/score-sheet.entity.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Loads the demo campaign (demo-campaign.ts) over the demo organization: launched,
 * with interim sheets in several statuses. Idempotent: does nothing when the demo
 * campaign exists or when none of its units do.
 *
 * It writes the campaign tables itself: the campaign services act for a signed-in
 * user, now, one step at a time, while the demo is a campaign already under review,
 * with sheets submitted and approved days ago. The sheets themselves come from the
 * campaign's own createSheets, and the audit trail from its recordAudit.
 */
@Injectable()
export class CampaignSeeder {
  private readonly logger = new Logger(CampaignSeeder.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async seedDemoCampaign(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['demo.campaign']);
      if (await manager.existsBy(Campaign, { isDemo: true, title: DEMO_CAMPAIGN_TITLE })) return false;
      const codes = DEMO_BLOCKS.flatMap((b) => [...b.unitCodes, b.leaderCode]);
      const units = await manager.findBy(Unit, { code: In(codes) });
      const unitByCode = new Map(units.map((u) => [u.code, u]));
      if (units.length === 0) {
        this.logger.warn('The demo organization is missing: the demo campaign is not loaded');
        return false;
      }
      const now = Date.now();
      const campaignId = randomUUID();
      await manager.insert(Campaign, {
        id: campaignId,
        title: DEMO_CAMPAIGN_TITLE,
        description: DEMO_CAMPAIGN_DESCRIPTION,
        status: 'IN_REVIEW',
        totalPoints: 100,
        tieRule: { kind: 'SHARED' },
        boardSource: 'REVIEWED',
        boardEnabled: true,
        isDemo: true,
        launchedAt: new Date(now),
      });
      await manager.insert(
        CampaignPeriod,
        DEMO_PERIODS.map((p, position) => ({
          campaignId,
          name: p.name,
          kind: p.kind,
          position,
          startsOn: p.startsOn,
          endsOn: p.endsOn,
          submissionDeadline: new Date(now + p.deadlineInDays * DAY),
        })),
      );
      const criteriaSetId = randomUUID();
      await manager.insert(CriteriaSet, { id: criteriaSetId, campaignId, name: 'Bộ tiêu chí chung', position: 0 });
      const blocks = DEMO_BLOCKS.map((b, position) => ({
        id: randomUUID(),
        campaignId,
        criteriaSetId,
        name: b.name,
        leaderUnitId: unitByCode.get(b.leaderCode)?.id ?? null,
        position,
        unitIds: b.unitCodes.flatMap((c) => (unitByCode.has(c) ? [unitByCode.get(c)!.id] : [])),
      }));
      await manager.insert(
        CampaignBlock,
        blocks.map(({ unitIds: _unitIds, ...b }) => b),
      );
      await manager.insert(
        CampaignBlockUnit,
        blocks.flatMap((b) => b.unitIds.map((unitId) => ({ blockId: b.id, unitId, campaignId }))),
      );
      const idByCode = new Map(DEMO_INDICATORS.map((i) => [i.code, randomUUID()]));
      const indicatorRows = DEMO_INDICATORS.map((i, position) => ({
        id: idByCode.get(i.code)!,
        campaignId,
        criteriaSetId,
        parentId: i.parentCode ? idByCode.get(i.parentCode)! : null,
        code: i.code,
        number: i.code,
        title: i.title,
        kind: i.kind,
        maxPoints: i.maxPoints,
        step: i.step ?? null,
        target: i.target ?? null,
        perItemPoints: i.perItemPoints ?? null,
        evidenceRequired: i.evidenceRequired ?? false,
        computedSource: i.computedSource ?? null,
        position,
      }));
      await manager.insert(
        Indicator,
        indicatorRows.filter((i) => i.parentId === null),
      );
      await manager.insert(
        Indicator,
        indicatorRows.filter((i) => i.parentId !== null),
      );
      await manager.insert(
        CampaignTitle,
        DEMO_TITLES.map((t, index) => ({ campaignId, ...t, rankOrder: index + 1 })),
      );

      const definition = await loadDefinition(manager, campaignId);
      await createSheets(manager, definition);
      await this.fillInterimScores(manager, campaignId, definition.periods[0].id, unitByCode);
      this.logger.log(`Loaded the demo campaign: ${blocks.length} blocks, ${DEMO_INDICATORS.length} indicators`);
      return true;
    });
  }

  private async fillInterimScores(
    manager: EntityManager,
    campaignId: string,
    periodId: string,
    unitByCode: Map<string, Unit>,
  ): Promise<void> {
    const indicators = (await manager.findBy(Indicator, { campaignId })).map(toIndicatorDef);
    const sheets = await manager.findBy(ScoreSheet, { periodId });
    const entries = await manager.findBy(ScoreEntry, { sheetId: In(sheets.map((s) => s.id)) });
    const codeOfUnit = new Map([...unitByCode.values()].map((u) => [u.id, u.code]));
    const indicatorById = new Map(indicators.map((i) => [i.id, i]));
    const updates: {
      id: string;
      value: number | null;
      self: number | null;
      reviewed: number | null;
      reason: string | null;
    }[] = [];
    const evidence: Pick<Evidence, 'campaignId' | 'sheetId' | 'entryId' | 'kind' | 'url' | 'fileName'>[] = [];
    const audits: AuditRecord[] = [];
    const at = Date.now();

    for (const sheet of sheets) {
      const code = codeOfUnit.get(sheet.unitId)!;
      const status = DEMO_INTERIM_STATUS[code] ?? 'DRAFT';
      const q = DEMO_PERFORMANCE[code] ?? 0.8;
      // A draft is half filled in: a TDP head entering scores over several evenings.
      const own = entries.filter((e) => e.sheetId === sheet.id);
      own.forEach((entry, index) => {
        const indicator = indicatorById.get(entry.indicatorId)!;
        if (indicator.kind === 'COMPUTED' || (status === 'DRAFT' && index % 2 === 1)) return;
        const value = demoValue(indicator, q, code);
        const scored = scoreFromValue(indicator, value);
        const self = scored.ok ? scored.score : null;
        // The approved 1.1 of the best unit in each block was adjusted by the reviewer.
        const adjusted = status === 'APPROVED' && indicator.code === '1.1' && q >= 0.95 && self !== null && self > 6;
        updates.push({
          id: entry.id,
          value,
          self,
          reviewed: adjusted ? 6 : null,
          reason: adjusted ? DEMO_REVIEW_REASON : null,
        });
        if (indicator.evidenceRequired && status !== 'DRAFT' && (self ?? 0) !== 0) {
          evidence.push({
            campaignId,
            sheetId: sheet.id,
            entryId: entry.id,
            kind: 'LINK',
            url: `https://haian.example.vn/minh-chung/${code.toLowerCase()}/${indicator.code}`,
            fileName: `Minh chứng tiêu chí ${indicator.code}`,
          });
        }
      });
      const submittedAt = status === 'DRAFT' ? null : new Date(at - 5 * DAY);
      await manager.update(ScoreSheet, sheet.id, {
        status,
        submittedAt,
        approvedAt: status === 'APPROVED' ? new Date(at - 2 * DAY) : null,
        returnReason: status === 'RETURNED' ? DEMO_RETURN_REASON : null,
      });
      audits.push({
        campaignId,
        sheetId: sheet.id,
        actorId: null,
        action: 'DEMO_SEEDED',
        field: 'status',
        oldValue: 'DRAFT',
        newValue: status,
        reason: status === 'RETURNED' ? DEMO_RETURN_REASON : 'Dữ liệu mẫu',
      });
    }
    if (updates.length > 0) {
      await manager.query(
        `UPDATE score_entry e SET value = v.value, self_score = v.self, reviewed_score = v.reviewed, review_reason = v.reason
         FROM unnest($1::uuid[], $2::float8[], $3::float8[], $4::float8[], $5::text[]) AS v(id, value, self, reviewed, reason)
         WHERE e.id = v.id`,
        [
          updates.map((u) => u.id),
          updates.map((u) => u.value),
          updates.map((u) => u.self),
          updates.map((u) => u.reviewed),
          updates.map((u) => u.reason),
        ],
      );
    }
    if (evidence.length > 0) await manager.insert(Evidence, evidence);
    await recordAudit(manager, audits);
  }
}

/** A plausible value for a unit of performance q (0..1), deterministic. */
function demoValue(indicator: IndicatorDef, q: number, unitCode: string): number {
  const salt = [...unitCode].reduce((s, c) => s + c.charCodeAt(0), 0);
  switch (indicator.kind) {
    case 'MANUAL': {
      const step = indicator.step ?? 1;
      const raw = Math.min(indicator.maxPoints, q * indicator.maxPoints);
      const onStep = Math.floor(raw / step) * step;
      return isMultiple(onStep, step) ? onStep : 0;
    }
    case 'YES_NO':
      return q >= 0.7 || salt % 3 !== 0 ? 1 : 0;
    case 'TARGET':
      return Math.round(q * (indicator.target ?? 1) * 1.1);
    case 'COUNT':
      return Math.round((q * indicator.maxPoints) / (indicator.perItemPoints ?? 1));
    case 'BONUS':
      return q >= 0.9 ? 2 + (salt % 3) : 0;
    case 'PENALTY':
      return q < 0.7 ? 1 + (salt % 2) : 0;
    case 'THRESHOLD':
    case 'WARD_RATE':
      return Math.round(q * 100);
    case 'RELATIVE_TO_BEST':
      return Math.round(q * (indicator.target ?? 1) * 1.2);
    case 'RATE':
      return Math.round(q * 40);
    case 'COMPUTED':
    case 'GROUP':
      return 0;
  }
}
