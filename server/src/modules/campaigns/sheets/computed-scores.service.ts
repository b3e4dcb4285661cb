import { PopulationsService } from '../../people/populations.service.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  participation,
  participationShare,
  populationFigure,
  scoreFromValue,
  type ComputedMetric,
  type ComputedSource,
  type ComputedSourceKind,
  type UnitPopulationFigure,
} from '@thidua/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CampaignBoardBroadcaster } from '../board/campaign-board.broadcaster.js';
import { CampaignsError } from '../campaigns.errors.js';
import { ComputedSourceRegistry, type SourceParticipants } from '../computed-source.registry.js';
import { ScoreEntry, type ComputedValue } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { loadDefinition, toIndicatorDef } from '../setup/campaign-definition.js';
import { recordAudit, type AuditRecord } from './audit-trail.js';
import type { RecomputeResult } from './models/score-sheet.model.js';
import { unitsByIds, updateComputedEntries } from './score-sheet.store.js';

interface BoundSource {
  kind: ComputedSourceKind;
  id: string;
  metric: ComputedMetric;
}

/**
 * Computed indicators (ADMIN): fills them from the live games and contests that
 * other modules register in ComputedSourceRegistry.
 */
@Injectable()
export class ComputedScoresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ComputedSourceRegistry,
    private readonly board: CampaignBoardBroadcaster,
    private readonly populations: PopulationsService,
  ) {}

  /**
   * Fills the computed entries of a period's unpublished sheets from their sources:
   * participation rate = the shared participation() — distinct verified persons of the
   * indicator's population kind (null: each unit's main kind) ÷ the unit's population of
   * that kind (its roster, else the declared number), capped at 1 — or the average score
   * share; records the value, how it was counted, its source and the time.
   */
  async recompute(viewer: AuthUser, campaignId: string, periodId: string): Promise<RecomputeResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      const d = await loadDefinition(manager, campaignId);
      if (!d.periods.some((p) => p.id === periodId))
        throw new CampaignsError('PERIOD_NOT_FOUND', 'No such period in this campaign');
      if (d.campaign.status === 'DRAFT') throw new CampaignsError('CAMPAIGN_NOT_RUNNING', 'Launch the campaign first');
      return this.fillPeriod(manager, campaignId, periodId, viewer.id);
    });
    if (result.updated > 0) this.board.changed(campaignId);
    return result;
  }

  /**
   * Fills the computed entries of one period's unpublished sheets, in the caller's
   * transaction (`actorId` null: the system, e.g. the activity log's refresher); `only`
   * narrows it to some units' sheets and one source kind. Audits each changed entry
   * (SCORE_COMPUTED); the caller notifies the board when `updated` > 0.
   */
  async fillPeriod(
    manager: EntityManager,
    campaignId: string,
    periodId: string,
    actorId: string | null,
    only: { unitIds?: readonly string[]; sourceKind?: ComputedSourceKind } = {},
  ): Promise<RecomputeResult> {
    const d = await loadDefinition(manager, campaignId);
    const period = d.periods.find((p) => p.id === periodId);
    if (!period) throw new CampaignsError('PERIOD_NOT_FOUND', 'No such period in this campaign');
    const sheets = await manager.find(ScoreSheet, {
      where: {
        periodId,
        status: In(['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED']),
        ...(only.unitIds ? { unitId: In([...only.unitIds]) } : {}),
      },
    });
    const units = await unitsByIds(
      manager,
      sheets.map((s) => s.unitId),
    );
    const unitById = new Map(units.map((u) => [u.id, u]));
    const sheetById = new Map(sheets.map((s) => [s.id, s]));
    const skipped: { indicatorCode: string; reason: string }[] = [];
    const updates: { id: string; value: number; score: number; computed: ComputedValue }[] = [];
    const audits: AuditRecord[] = [];
    const computedAt = new Date().toISOString();
    for (const indicator of d.indicators.filter((i) => i.kind === 'COMPUTED')) {
      const source = indicator.computedSource;
      if (only.sourceKind && source?.kind !== only.sourceKind) continue;
      // An ACTIVITY binding without a plan measures every plan; the others need their game or contest.
      if (!source || (!source.id && source.kind !== 'ACTIVITY')) {
        skipped.push({ indicatorCode: indicator.code, reason: 'SOURCE_NOT_BOUND' });
        continue;
      }
      const provider = this.registry.get(source.kind);
      if (!provider) {
        skipped.push({ indicatorCode: indicator.code, reason: 'SOURCE_NOT_AVAILABLE' });
        continue;
      }
      const bound: BoundSource = { kind: source.kind, id: source.id ?? '', metric: source.metric };
      const unitIds = units.map((u) => u.id);
      const entries = sheets.length
        ? await manager.findBy(ScoreEntry, { sheetId: In(sheets.map((s) => s.id)), indicatorId: indicator.id })
        : [];
      const computedBySource = provider.compute
        ? await provider.compute(source, unitIds, { startsOn: period.startsOn, endsOn: period.endsOn }, manager)
        : null;
      const rate = !computedBySource && bound.metric === 'PARTICIPATION_RATE';
      const figures = rate
        ? await this.populations.figures(unitIds, source.populationKind ?? null, manager)
        : new Map<string, UnitPopulationFigure>();
      // A rate from the source's participants (the one definition, as its own unit board
      // shows it); a bare count or a score share from `fetch` otherwise.
      const given = rate && provider.participants ? await provider.participants(bound.id, unitIds) : null;
      const raw =
        given || computedBySource ? new Map<string, number>() : await provider.fetch(bound.id, unitIds, bound.metric);
      for (const entry of entries) {
        const sheet = sheetById.get(entry.sheetId)!;
        const unit = unitById.get(sheet.unitId)!;
        const figure = figures.get(unit.id) ?? populationFigure(source.populationKind ?? unit.populationKind, 0, 0);
        const { value, computed } = computedBySource
          ? sourceComputedValue(source, computedBySource.get(unit.id), computedAt)
          : given
            ? participationValue(bound, given, unit.id, figure, computedAt)
            : computedValue(bound, raw.get(unit.id) ?? 0, figure, computedAt);
        const scored = scoreFromValue(toIndicatorDef(indicator), value);
        const score = scored.ok ? scored.score : 0;
        updates.push({ id: entry.id, value, score, computed });
        if (entry.value !== value || entry.selfScore !== score) {
          audits.push({
            campaignId,
            sheetId: sheet.id,
            entryId: entry.id,
            actorId,
            action: 'SCORE_COMPUTED',
            field: 'selfScore',
            oldValue: entry.selfScore,
            newValue: score,
            reason: `${bound.metric} from ${bound.kind} ${source.id ?? 'all plans'}`,
          });
        }
      }
    }
    await updateComputedEntries(manager, updates);
    await recordAudit(manager, audits);
    return { updated: audits.length, skipped };
  }
}

/** A value a source computed itself over the period (ACTIVITY), with what it was computed from. */
function sourceComputedValue(
  source: ComputedSource,
  given: { value: number; detail: Record<string, unknown> } | undefined,
  computedAt: string,
): { value: number; computed: ComputedValue } {
  const value = Math.min(1, Math.max(0, given?.value ?? 0));
  return { value, computed: { value, source: { ...source, ...(given?.detail ?? {}) }, computedAt } };
}

/** A rate from the source's participants: shared participation() with the unit's population of the kind. */
function participationValue(
  source: BoundSource,
  given: SourceParticipants,
  unitId: string,
  figure: UnitPopulationFigure,
  computedAt: string,
): { value: number; computed: ComputedValue } {
  const counted = participation(given.byUnit.get(unitId) ?? [], figure, given.act, given.basis);
  return {
    value: counted.rate,
    computed: {
      value: counted.rate,
      source: { kind: source.kind, id: source.id, metric: source.metric },
      participation: counted,
      computedAt,
    },
  };
}

/**
 * The value a source gives a unit through `fetch`, and the record of where it came
 * from. A bare count of participants (a source without participants()) cannot tell
 * verified persons from guests: it is recorded as counted before rosters.
 */
function computedValue(
  source: BoundSource,
  measured: number,
  figure: UnitPopulationFigure,
  computedAt: string,
): { value: number; computed: ComputedValue } {
  const rate = source.metric === 'PARTICIPATION_RATE';
  const value = rate ? participationShare(measured, figure.size) : Math.min(1, Math.max(0, measured));
  return {
    value,
    computed: {
      value,
      source: { kind: source.kind, id: source.id, metric: source.metric },
      ...(rate
        ? {
            participation: {
              act: null,
              basis: 'BEFORE_ROSTERS' as const,
              kind: figure.kind,
              verified: measured,
              guests: 0,
              otherKinds: 0,
              population: figure.size,
              populationSource: figure.source,
              rate: value,
            },
          }
        : {}),
      computedAt,
    },
  };
}
