import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { computeTotals, type DocumentSettings, type PeriodKind } from '@thidua/shared';
import { DataSource } from 'typeorm';
import { RankingService } from '../../campaigns/board/ranking.service.js';
import type { BlockRanking } from '../../campaigns/board/models/ranking.model.js';
import { ScoreEntry } from '../../campaigns/entities/score-entry.entity.js';
import { ScoreSheet } from '../../campaigns/entities/score-sheet.entity.js';
import { indicatorsOf, loadDefinition, toIndicatorDef } from '../../campaigns/setup/campaign-definition.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { CommendationError } from '../commendation.errors.js';
import { CommendationForm } from '../entities/commendation-form.entity.js';
import { CommendationProposal } from '../entities/commendation-proposal.entity.js';
import { CommendationRound } from '../entities/commendation-round.entity.js';
import { CouncilMember, CouncilSession, CouncilVote } from '../entities/council.entities.js';
import { PostingComment } from '../entities/posting-comment.entity.js';
import { DocumentSettingsService } from './document-settings.service.js';

export interface ProposalFacts {
  proposal: CommendationProposal;
  form: CommendationForm;
}

export interface CampaignFacts {
  campaignTitle: string;
  periodName: string;
  periodKind: PeriodKind;
  startsOn: string;
  endsOn: string;
  blocks: BlockRanking[];
}

export interface RoundFacts {
  settings: DocumentSettings;
  round: CommendationRound;
  proposals: ProposalFacts[];
  session: CouncilSession | null;
  members: CouncilMember[];
  votes: CouncilVote[];
  comments: PostingComment[];
  campaign: CampaignFacts | null;
}

export interface UnitReportFacts {
  unit: Unit;
  proposals: ProposalFacts[];
  /** Per top-level group: code, title, max, self and reviewed subtotals. */
  groups: { code: string; title: string; maxPoints: number; self: number; reviewed: number | null }[];
  selfTotal: number | null;
  reviewedTotal: number | null;
  rank: number | null;
  blockName: string | null;
  blockSize: number;
  title: string | null;
  evidence: { code: string; indicator: string; name: string }[];
}

/** Reads everything the round's documents print, in one place. */
@Injectable()
export class RoundDocumentsLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: DocumentSettingsService,
    private readonly rankings: RankingService,
  ) {}

  async round(roundId: string): Promise<RoundFacts> {
    const manager = this.dataSource.manager;
    const round = await manager.findOne(CommendationRound, { where: { id: roundId } });
    if (!round) throw new CommendationError('ROUND_NOT_FOUND', 'No such round');
    const proposals = await manager.find(CommendationProposal, {
      where: { roundId },
      relations: { form: true },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    proposals.sort((a, b) => a.form.position - b.form.position || a.position - b.position);
    const session = await manager.findOne(CouncilSession, { where: { roundId } });
    const members = session
      ? await manager.find(CouncilMember, { where: { sessionId: session.id }, order: { sortOrder: 'ASC' } })
      : [];
    const votes = session
      ? await manager.find(CouncilVote, {
          where: { sessionId: session.id },
          order: { recordedAt: 'ASC', attempt: 'ASC' },
        })
      : [];
    const comments = await manager.find(PostingComment, { where: { roundId } });
    return {
      settings: await this.settings.get(manager),
      round,
      proposals: proposals.map((p) => ({ proposal: p, form: p.form })),
      session,
      members,
      votes,
      comments,
      campaign: await this.campaign(round),
    };
  }

  private async campaign(round: CommendationRound): Promise<CampaignFacts | null> {
    if (!round.campaignId || !round.periodId) return null;
    const d = await loadDefinition(this.dataSource.manager, round.campaignId);
    const period = d.periods.find((p) => p.id === round.periodId);
    if (!period) return null;
    const ranking = await this.rankings.ranking(
      round.campaignId,
      period.id,
      period.publishedAt ? 'PUBLISHED' : 'REVIEWED',
      this.dataSource.manager,
    );
    return {
      campaignTitle: d.campaign.title,
      periodName: period.name,
      periodKind: period.kind,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      blocks: ranking.blocks,
    };
  }

  /** The unit's own figures for its báo cáo thành tích. */
  async unit(facts: RoundFacts, unitId: string): Promise<UnitReportFacts> {
    const manager = this.dataSource.manager;
    const unit = await manager.findOne(Unit, { where: { id: unitId } });
    const proposals = facts.proposals.filter((p) => p.proposal.unitId === unitId && !p.proposal.personId);
    if (!unit || !proposals.length) {
      throw new CommendationError('PROPOSAL_NOT_FOUND', 'The round has no proposal for this unit', { unitId });
    }
    const empty: UnitReportFacts = {
      unit,
      proposals,
      groups: [],
      selfTotal: null,
      reviewedTotal: null,
      rank: null,
      blockName: null,
      blockSize: 0,
      title: null,
      evidence: [],
    };
    const { round } = facts;
    if (!round.campaignId || !round.periodId || !facts.campaign) return empty;
    const sheet = await manager.findOne(ScoreSheet, { where: { periodId: round.periodId, unitId } });
    if (!sheet) return empty;
    const block = facts.campaign.blocks.find((b) => b.rows.some((r) => r.unit.id === unitId));
    const row = block?.rows.find((r) => r.unit.id === unitId) ?? null;
    const d = await loadDefinition(manager, round.campaignId);
    const setId = block?.criteriaSetId ?? d.criteriaSets[0]?.id;
    const indicators = setId ? indicatorsOf(d, setId) : [];
    const entries = await manager.find(ScoreEntry, { where: { sheetId: sheet.id } });
    const self = new Map(entries.map((e) => [e.indicatorId, e.selfScore]));
    const selfTotals = computeTotals(indicators.map(toIndicatorDef), (id) => self.get(id) ?? null);
    const groups = indicators
      .filter((i) => i.parentId === null)
      .map((i) => ({
        code: i.code,
        title: i.title,
        maxPoints: i.maxPoints,
        self: selfTotals.groupSubtotals[i.id] ?? self.get(i.id) ?? 0,
        reviewed: row?.groups.find((g) => g.indicatorId === i.id)?.subtotal ?? null,
      }));
    const byId = new Map(indicators.map((i) => [i.id, i]));
    const entryIndicator = new Map(entries.map((e) => [e.id, e.indicatorId]));
    const evidenceRows: { entry_id: string; file_name: string | null; url: string | null }[] = entries.length
      ? await manager.query(
          `SELECT entry_id, file_name, url FROM evidence WHERE entry_id = ANY($1) ORDER BY created_at`,
          [entries.map((e) => e.id)],
        )
      : [];
    const evidence = evidenceRows
      .map((e) => ({ indicator: byId.get(entryIndicator.get(e.entry_id) ?? ''), name: e.file_name ?? e.url ?? '' }))
      .filter((e) => e.indicator)
      .map((e) => ({ code: e.indicator!.code, indicator: e.indicator!.title, name: e.name }));
    return {
      ...empty,
      groups,
      selfTotal: selfTotals.total,
      reviewedTotal: row?.total ?? null,
      rank: row?.rank ?? null,
      blockName: block?.name ?? null,
      blockSize: block?.rows.length ?? 0,
      title: row?.title?.name ?? null,
      evidence,
    };
  }
}

export const unitIdsOf = (facts: RoundFacts) => [
  ...new Set(facts.proposals.filter((p) => !p.proposal.personId).map((p) => p.proposal.unitId)),
];
