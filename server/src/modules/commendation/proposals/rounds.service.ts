import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeText, quotaLimit } from '@thidua/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CampaignPeriod } from '../../campaigns/entities/campaign-period.entity.js';
import { Campaign } from '../../campaigns/entities/campaign.entity.js';
import { recordCommendationEvent } from '../commendation-audit.js';
import { CommendationError } from '../commendation.errors.js';
import type { CreateCommendationRoundInput } from '../dto/round.input.js';
import { CommendationForm } from '../entities/commendation-form.entity.js';
import { CommendationRound } from '../entities/commendation-round.entity.js';
import { toCommendationRoundModel, type CommendationRoundModel, type RoundQuotaModel } from '../models/round.model.js';

/** Statuses of a proposal that is no longer on the round's list. */
export const OFF_LIST = ['WITHDRAWN', 'NOT_PASSED', 'REVOKED'] as const;

/** Rounds of commendation: listed, opened, and what each form's quota allows in them. */
@Injectable()
export class RoundsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first. */
  async list(): Promise<CommendationRoundModel[]> {
    const rounds = await this.dataSource
      .getRepository(CommendationRound)
      .find({ order: { createdAt: 'DESC', name: 'ASC' } });
    return this.withNames(rounds);
  }

  async get(id: string): Promise<CommendationRoundModel> {
    const [model] = await this.withNames([await requireRound(this.dataSource.manager, id)]);
    return model;
  }

  async create(viewer: AuthUser, input: CreateCommendationRoundInput): Promise<CommendationRoundModel> {
    const name = normalizeText(input.name);
    if (!name) throw new CommendationError('ROUND_INVALID', 'The round needs a name', { field: 'name' });
    const campaignId = input.campaignId ?? null;
    const periodId = input.periodId ?? null;
    const round = await this.dataSource.transaction(async (manager) => {
      if (campaignId && !(await manager.existsBy(Campaign, { id: campaignId }))) {
        throw new CommendationError('ROUND_INVALID', 'No such campaign', { field: 'campaignId' });
      }
      if (periodId) {
        const period = await manager.findOneBy(CampaignPeriod, { id: periodId });
        if (!period || period.campaignId !== campaignId) {
          throw new CommendationError('ROUND_INVALID', 'The period must belong to the round’s campaign', {
            field: 'periodId',
          });
        }
      }
      const repo = manager.getRepository(CommendationRound);
      const saved = await repo.save(
        repo.create({ name, campaignId, periodId, year: input.year, status: 'PROPOSING', createdBy: viewer.id }),
      );
      await recordCommendationEvent(manager, {
        roundId: saved.id,
        actorId: viewer.id,
        action: 'ROUND_CREATED',
        detail: { name, campaignId, periodId, year: input.year },
      });
      return saved;
    });
    return this.get(round.id);
  }

  /**
   * Each form with a quota that has proposals in the round: the limit is the form's
   * percentage of its base (the proposals on the list for `quotaOfFormCode`, or for the
   * form itself), at least its minimum; `proposed` counts the form's proposals on the list.
   */
  async quotas(roundId: string): Promise<RoundQuotaModel[]> {
    const manager = this.dataSource.manager;
    const rows: { form_id: string; count: number }[] = await manager.query(
      `SELECT form_id, count(*)::int AS count FROM commendation_proposal
        WHERE round_id = $1 AND status <> ALL($2::varchar[]) GROUP BY form_id`,
      [roundId, [...OFF_LIST]],
    );
    if (rows.length === 0) return [];
    const forms = await manager.find(CommendationForm, { order: { position: 'ASC' } });
    const countById = new Map(rows.map((r) => [r.form_id, r.count]));
    const countByCode = new Map(forms.map((f) => [f.code, countById.get(f.id) ?? 0]));
    return forms
      .filter((f) => f.quotaPercent !== null && countById.has(f.id))
      .map((f) => {
        const proposed = countById.get(f.id) ?? 0;
        const base = f.quotaOfFormCode ? (countByCode.get(f.quotaOfFormCode) ?? 0) : proposed;
        const limit = quotaLimit(f.quotaPercent ?? 100, base, 'FLOOR', f.quotaMinimum);
        return { formCode: f.code, formName: f.name, limit, proposed, base };
      });
  }

  private async withNames(rounds: CommendationRound[]): Promise<CommendationRoundModel[]> {
    const m = this.dataSource.manager;
    const campaignIds = [...new Set(rounds.flatMap((r) => (r.campaignId ? [r.campaignId] : [])))];
    const periodIds = [...new Set(rounds.flatMap((r) => (r.periodId ? [r.periodId] : [])))];
    const campaigns = campaignIds.length ? await m.find(Campaign, { where: { id: In(campaignIds) } }) : [];
    const periods = periodIds.length ? await m.find(CampaignPeriod, { where: { id: In(periodIds) } }) : [];
    const campaignName = new Map(campaigns.map((c) => [c.id, c.title]));
    const periodName = new Map(periods.map((p) => [p.id, p.name]));
    return rounds.map((r) =>
      toCommendationRoundModel(r, {
        campaignName: r.campaignId ? (campaignName.get(r.campaignId) ?? null) : null,
        periodName: r.periodId ? (periodName.get(r.periodId) ?? null) : null,
      }),
    );
  }
}

export async function requireRound(manager: EntityManager, id: string, lock = false): Promise<CommendationRound> {
  if (!isUUID(id)) throw new CommendationError('ROUND_NOT_FOUND', 'No such commendation round');
  const round = await manager.findOne(CommendationRound, {
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!round) throw new CommendationError('ROUND_NOT_FOUND', 'No such commendation round');
  return round;
}

/** Proposals change only while the round is drawing them up (withdrawals also during the posting). */
export function requireStage(round: CommendationRound, allowed: readonly CommendationRound['status'][]): void {
  if (!allowed.includes(round.status)) {
    throw new CommendationError('ROUND_WRONG_STAGE', `The round is ${round.status}`, {
      status: round.status,
      allowed,
    });
  }
}
