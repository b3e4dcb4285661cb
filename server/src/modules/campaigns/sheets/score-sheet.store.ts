import { Role, type CampaignStatus } from '@thidua/shared';
import { In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { User } from '../../users/entities/user.entity.js';
import { CampaignsError } from '../campaigns.errors.js';
import { AuditEvent } from '../entities/audit-event.entity.js';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { Campaign } from '../entities/campaign.entity.js';
import { Evidence } from '../entities/evidence.entity.js';
import { Indicator } from '../entities/indicator.entity.js';
import { ScoreCorrection } from '../entities/score-correction.entity.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { recordAudit } from './audit-trail.js';
import { NO_FIGURES } from './entry-figures.js';
import type { AuditTrailRows, SheetBlock, SheetRows } from './score-sheet.mapper.js';
import type { ReviewContext } from './sheet-rules.js';

/**
 * The SQL of score sheets. Every function takes the caller's manager (usually its
 * transaction), reads or writes, and returns; the services decide what to do.
 */

export interface EntryContext {
  entry: ScoreEntry;
  sheet: ScoreSheet;
  indicator: Indicator;
}

/** The sheet, row-locked for the rest of the transaction. */
export async function lockSheet(manager: EntityManager, id: string): Promise<ScoreSheet> {
  const sheet = await manager.findOne(ScoreSheet, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!sheet) throw new CampaignsError('SHEET_NOT_FOUND', 'No such score sheet');
  return sheet;
}

export async function findSheet(manager: EntityManager, id: string): Promise<ScoreSheet> {
  const sheet = await manager.findOneBy(ScoreSheet, { id });
  if (!sheet) throw new CampaignsError('SHEET_NOT_FOUND', 'No such score sheet');
  return sheet;
}

/** An entry with its sheet (row-locked when `lock`) and its indicator. */
export async function entryContext(manager: EntityManager, entryId: string, lock: boolean): Promise<EntryContext> {
  const entry = await manager.findOneBy(ScoreEntry, { id: entryId });
  if (!entry) throw new CampaignsError('ENTRY_NOT_FOUND', 'No such score entry');
  const sheet = lock
    ? await lockSheet(manager, entry.sheetId)
    : await manager.findOneByOrFail(ScoreSheet, { id: entry.sheetId });
  const indicator = await manager.findOneByOrFail(Indicator, { id: entry.indicatorId });
  return { entry, sheet, indicator };
}

export function periodOf(manager: EntityManager, sheet: ScoreSheet): Promise<CampaignPeriod> {
  return manager.findOneByOrFail(CampaignPeriod, { id: sheet.periodId });
}

/**
 * What a submission is checked against: the indicators of the unit's block's criteria
 * set (the campaign's, for a unit in no block), the sheet's entries and evidence counts.
 */
export async function submissionRows(
  manager: EntityManager,
  sheet: ScoreSheet,
): Promise<{ indicators: Indicator[]; entries: ScoreEntry[]; evidenceCount: Map<string, number> }> {
  const block = (await sheetBlocks(manager, [sheet])).get(blockKey(sheet));
  const indicators = await manager.findBy(Indicator, {
    campaignId: sheet.campaignId,
    ...(block ? { criteriaSetId: block.criteriaSetId } : {}),
  });
  const entries = await manager.findBy(ScoreEntry, { sheetId: sheet.id });
  const counts: { entry_id: string; n: number }[] = await manager.query(
    'SELECT entry_id, count(*)::int AS n FROM evidence WHERE sheet_id = $1 GROUP BY entry_id',
    [sheet.id],
  );
  return { indicators, entries, evidenceCount: new Map(counts.map((c) => [c.entry_id, c.n])) };
}

/** Sets a campaign's status with its audit event; nothing when it already has it. */
export async function setCampaignStatus(
  manager: EntityManager,
  actor: AuthUser,
  campaignId: string,
  status: CampaignStatus,
): Promise<void> {
  const campaign = await manager.findOneByOrFail(Campaign, { id: campaignId });
  if (campaign.status === status) return;
  await manager.update(Campaign, campaignId, { status });
  await recordAudit(manager, [
    {
      campaignId,
      actorId: actor.id,
      action: 'CAMPAIGN_STATUS_CHANGED',
      field: 'status',
      oldValue: campaign.status,
      newValue: status,
    },
  ]);
}

export async function campaignStatus(manager: EntityManager, campaignId: string): Promise<CampaignStatus | null> {
  return (await manager.findOneBy(Campaign, { id: campaignId }))?.status ?? null;
}

/** Units by id, for messages and computed sources. */
export function unitsByIds(manager: EntityManager, ids: readonly string[]): Promise<Unit[]> {
  return ids.length ? manager.findBy(Unit, { id: In([...ids]) }) : Promise.resolve([]);
}

export function countUnpublishedPeriods(manager: EntityManager, campaignId: string): Promise<number> {
  return manager
    .query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM campaign_period WHERE campaign_id = $1 AND published_at IS NULL',
      [campaignId],
    )
    .then((rows) => rows[0].n);
}

/** Fills computed entries in one statement. */
export async function updateComputedEntries(
  manager: EntityManager,
  updates: readonly { id: string; value: number; score: number; computed: object }[],
): Promise<void> {
  if (updates.length === 0) return;
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

/** Everything a sheet's API shape shows, but the entries' figures (loadEntryFigures). */
export async function sheetRows(manager: EntityManager, sheets: readonly ScoreSheet[]): Promise<SheetRows> {
  const sheetIds = sheets.map((s) => s.id);
  const campaignIds = [...new Set(sheets.map((s) => s.campaignId))];
  const [entries, evidence, corrections, indicators, units, periods, blocks] = await Promise.all([
    manager.find(ScoreEntry, { where: { sheetId: In(sheetIds) } }),
    manager.find(Evidence, { where: { sheetId: In(sheetIds) }, order: { createdAt: 'ASC' } }),
    manager.find(ScoreCorrection, { where: { sheetId: In(sheetIds) }, order: { correctedAt: 'ASC' } }),
    manager.find(Indicator, { where: { campaignId: In(campaignIds) } }),
    manager.find(Unit, { where: { id: In(sheets.map((s) => s.unitId)) } }),
    manager.find(CampaignPeriod, { where: { id: In([...new Set(sheets.map((s) => s.periodId))]) } }),
    sheetBlocks(manager, sheets),
  ]);
  return { entries, evidence, corrections, indicators, units, periods, blocks, now: new Date(), figures: NO_FIGURES };
}

export const blockKey = (sheet: { campaignId: string; unitId: string }): string =>
  `${sheet.campaignId}:${sheet.unitId}`;

/** The block of each sheet's unit in its campaign (by blockKey), with its leader and criteria set. */
export async function sheetBlocks(
  manager: EntityManager,
  sheets: readonly { campaignId: string; unitId: string }[],
): Promise<Map<string, SheetBlock>> {
  if (sheets.length === 0) return new Map();
  const rows = await manager.query<
    { campaign_id: string; unit_id: string; block_id: string; leader_unit_id: string | null; criteria_set_id: string }[]
  >(
    `SELECT bu.campaign_id, bu.unit_id, b.id AS block_id, b.leader_unit_id, b.criteria_set_id
       FROM campaign_block_unit bu JOIN campaign_block b ON b.id = bu.block_id
      WHERE bu.campaign_id = ANY($1::uuid[]) AND bu.unit_id = ANY($2::uuid[])`,
    [[...new Set(sheets.map((s) => s.campaignId))], [...new Set(sheets.map((s) => s.unitId))]],
  );
  return new Map(
    rows.map((r) => [
      `${r.campaign_id}:${r.unit_id}`,
      { blockId: r.block_id, leaderUnitId: r.leader_unit_id, criteriaSetId: r.criteria_set_id },
    ]),
  );
}

/** The blocks a REVIEWER is scoped to in a campaign (none: every block); empty for other roles. */
export async function reviewerBlockIds(
  manager: EntityManager,
  viewer: AuthUser,
  campaignId: string,
): Promise<string[]> {
  if (viewer.role !== Role.REVIEWER) return [];
  const rows = await manager.query<{ block_id: string }[]>(
    'SELECT block_id FROM campaign_reviewer_block WHERE user_id = $1 AND campaign_id = $2',
    [viewer.id, campaignId],
  );
  return rows.map((r) => r.block_id);
}

/** Where a sheet sits for review, as the viewer sees it. */
export async function reviewContext(
  manager: EntityManager,
  viewer: AuthUser,
  sheet: { campaignId: string; unitId: string },
): Promise<ReviewContext> {
  const [blocks, scope] = await Promise.all([
    sheetBlocks(manager, [sheet]),
    reviewerBlockIds(manager, viewer, sheet.campaignId),
  ]);
  const block = blocks.get(blockKey(sheet));
  return { blockId: block?.blockId ?? null, leaderUnitId: block?.leaderUnitId ?? null, reviewerBlockIds: scope };
}

/**
 * The units whose sheets a viewer lists in a campaign; null: every unit. A unit officer:
 * its own, plus every unit of the blocks it leads; a scoped REVIEWER: its blocks' units.
 */
export async function visibleUnitIds(
  manager: EntityManager,
  viewer: AuthUser,
  campaignId: string,
): Promise<string[] | null> {
  if (viewer.role === Role.UNIT_OFFICER) {
    if (!viewer.unitId) return [];
    const led = await manager.query<{ unit_id: string }[]>(
      `SELECT bu.unit_id FROM campaign_block_unit bu JOIN campaign_block b ON b.id = bu.block_id
        WHERE b.campaign_id = $1 AND b.leader_unit_id = $2`,
      [campaignId, viewer.unitId],
    );
    return [...new Set([viewer.unitId, ...led.map((r) => r.unit_id)])];
  }
  const scope = await reviewerBlockIds(manager, viewer, campaignId);
  if (scope.length === 0) return null;
  const rows = await manager.query<{ unit_id: string }[]>(
    'SELECT unit_id FROM campaign_block_unit WHERE block_id = ANY($1::uuid[])',
    [scope],
  );
  return rows.map((r) => r.unit_id);
}

/** The active ward reviewers who review a block: REVIEWERs scoped to it or to nothing, other units than `unitId`. */
export async function wardReviewerIds(
  manager: EntityManager,
  campaignId: string,
  blockId: string | null,
  unitId: string,
): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT u.id FROM app_user u
      WHERE u.role = 'REVIEWER' AND u.active AND u.unit_id IS DISTINCT FROM $3
        AND (NOT EXISTS (SELECT 1 FROM campaign_reviewer_block r WHERE r.user_id = u.id AND r.campaign_id = $1)
             OR EXISTS (SELECT 1 FROM campaign_reviewer_block r WHERE r.user_id = u.id AND r.block_id = $2))`,
    [campaignId, blockId, unitId],
  );
  return rows.map((r) => r.id);
}

/**
 * The deadline a unit had missed when a reviewer rescued it with an extension (the
 * first such extension's old deadline, from the audit trail); null when none.
 */
export async function missedDeadline(manager: EntityManager, sheetId: string): Promise<Date | null> {
  const rows = await manager.query<{ missed: string | null }[]>(
    `SELECT old_value #>> '{}' AS missed FROM audit_event
      WHERE sheet_id = $1 AND action = 'DEADLINE_EXTENDED' AND (new_value ->> 'rescue')::boolean
      ORDER BY at ASC, id ASC LIMIT 1`,
    [sheetId],
  );
  return rows[0]?.missed ? new Date(rows[0].missed) : null;
}

/** A campaign's (or one sheet's) audit events with the names and indicator codes they mention. */
export async function auditTrailRows(
  manager: EntityManager,
  campaignId: string,
  sheetId: string | undefined,
): Promise<AuditTrailRows> {
  const events = await manager.find(AuditEvent, {
    where: { campaignId, ...(sheetId ? { sheetId } : {}) },
    order: { at: 'ASC', id: 'ASC' },
    take: 5000,
  });
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const entryIds = [...new Set(events.flatMap((e) => (e.entryId ? [e.entryId] : [])))];
  const [actors, codes] = await Promise.all([
    actorIds.length ? manager.find(User, { where: { id: In(actorIds) } }) : [],
    entryIds.length
      ? manager.query<{ id: string; code: string }[]>(
          'SELECT e.id, i.code FROM score_entry e JOIN indicator i ON i.id = e.indicator_id WHERE e.id = ANY($1::uuid[])',
          [entryIds],
        )
      : [],
  ]);
  return {
    events,
    actorNames: new Map(actors.map((a) => [a.id, a.displayName])),
    indicatorCodes: new Map(codes.map((c) => [c.id, c.code])),
  };
}
