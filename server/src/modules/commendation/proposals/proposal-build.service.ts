import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CampaignTitle } from '../../campaigns/entities/campaign-title.entity.js';
import { PopulationsService } from '../../people/populations.service.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { recordCommendationEvent } from '../commendation-audit.js';
import { CommendationForm } from '../entities/commendation-form.entity.js';
import { CommendationProposal } from '../entities/commendation-proposal.entity.js';
import type { BuildProposalsResultModel, SkippedProposalModel } from '../models/proposal.model.js';
import { checkProposal } from './proposal-conditions.js';
import { proposalModels } from './proposal-view.js';
import { RankingFacts } from './ranking-facts.js';
import { requireRound, requireStage } from './rounds.service.js';

type SkipReason = 'FORM_MISSING' | 'FORM_NOT_COLLECTIVE' | 'FORM_INACTIVE' | 'UNIT_KIND' | 'WITHDRAWN';

/**
 * Lập danh sách từ kết quả xếp hạng: every unit of the published ranking whose earned
 * campaign title names a commendation form becomes a RANKING proposal for that form
 * (created, or refreshed when it exists: rank, total and checks; edited achievements kept).
 */
@Injectable()
export class ProposalBuildService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly populations: PopulationsService,
    private readonly rankingFacts: RankingFacts,
  ) {}

  async build(viewer: AuthUser, roundId: string): Promise<BuildProposalsResultModel> {
    return this.dataSource.transaction(async (manager) => {
      const round = await requireRound(manager, roundId, true);
      requireStage(round, ['PROPOSING']);
      const ranked = (await this.rankingFacts.published(manager, round)).filter((r) => r.titleId);
      const titleIds = [...new Set(ranked.map((r) => r.titleId as string))];
      const titles = titleIds.length ? await manager.find(CampaignTitle, { where: { id: In(titleIds) } }) : [];
      const formIdOfTitle = new Map(titles.map((t) => [t.id, t.commendationFormId]));
      const forms = new Map((await manager.find(CommendationForm)).map((f) => [f.id, f]));
      const unitIds = ranked.map((r) => r.unitId);
      const units = new Map(
        (unitIds.length ? await manager.find(Unit, { where: { id: In(unitIds) } }) : []).map((u) => [u.id, u]),
      );
      const repo = manager.getRepository(CommendationProposal);
      const existing = new Map(
        (await repo.find({ where: { roundId, personId: IsNull() } })).map((p) => [`${p.formId}:${p.unitId}`, p]),
      );
      let position = (await repo.maximum('position', { roundId })) ?? 0;
      const skipped: SkippedProposalModel[] = [];
      let created = 0;
      let refreshed = 0;
      for (const row of ranked) {
        const formId = formIdOfTitle.get(row.titleId as string);
        if (!formId) continue;
        const form = forms.get(formId);
        const unit = units.get(row.unitId);
        const skip = (reason: SkipReason) =>
          skipped.push({
            unit: { id: row.unitId, code: unit?.code ?? '', name: row.unitName },
            titleName: row.titleName ?? '',
            formName: form?.name ?? '',
            reason,
          });
        const reason = this.refusal(form, unit);
        if (reason) {
          skip(reason);
          continue;
        }
        const f = form as CommendationForm;
        const before = existing.get(`${f.id}:${row.unitId}`);
        if (before && before.status !== 'PROPOSED') {
          skip('WITHDRAWN');
          continue;
        }
        const proposal =
          before ??
          repo.create({
            roundId,
            formId: f.id,
            recipientKind: 'COLLECTIVE',
            unitId: row.unitId,
            personId: null,
            recipientName: row.unitName,
            recipientDetail: '',
            source: 'RANKING',
            confirmations: {},
            conditions: [],
            createdBy: viewer.id,
            position: ++position,
          });
        Object.assign(proposal, {
          rank: row.rank,
          total: row.total,
          sourceTitleId: row.titleId,
          achievements: proposal.achievements?.trim() ? proposal.achievements : row.achievements,
        });
        proposal.conditions = await checkProposal(manager, this.populations, round, f, proposal, row.groups);
        await repo.save(proposal);
        if (before) refreshed++;
        else created++;
      }
      await recordCommendationEvent(manager, {
        roundId,
        actorId: viewer.id,
        action: 'PROPOSALS_BUILT',
        detail: { periodId: round.periodId, created, refreshed, skipped: skipped.map((s) => [s.unit.id, s.reason]) },
      });
      return { created, refreshed, skipped, proposals: await proposalModels(manager, { roundId }) };
    });
  }

  private refusal(form: CommendationForm | undefined, unit: Unit | undefined): SkipReason | null {
    if (!form || !unit) return 'FORM_MISSING';
    if (form.recipientKind !== 'COLLECTIVE') return 'FORM_NOT_COLLECTIVE';
    if (!form.active) return 'FORM_INACTIVE';
    if (form.unitKinds.length > 0 && !form.unitKinds.includes(unit.kind)) return 'UNIT_KIND';
    return null;
  }
}
