import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CampaignPeriod } from '../../modules/campaigns/entities/campaign-period.entity.js';
import { Campaign } from '../../modules/campaigns/entities/campaign.entity.js';
import { CommendationForm } from '../../modules/commendation/entities/commendation-form.entity.js';
import { CommendationProposal } from '../../modules/commendation/entities/commendation-proposal.entity.js';
import { CommendationRound } from '../../modules/commendation/entities/commendation-round.entity.js';
import { ProposalBuildService } from '../../modules/commendation/proposal-build.service.js';
import { ProposalsService } from '../../modules/commendation/proposals.service.js';
import { RoundsService } from '../../modules/commendation/rounds.service.js';
import { Person } from '../../modules/people/entities/person.entity.js';
import { Unit } from '../../modules/units/entities/unit.entity.js';
import { User } from '../../modules/users/entities/user.entity.js';
import { DEMO_CAMPAIGN_TITLE } from './demo-campaign.js';
import {
  DEMO_CONFIRMATION_EVIDENCE,
  DEMO_GIAY_KHEN_INDIVIDUALS,
  DEMO_LDTT_INDIVIDUALS,
  DEMO_ORGANISER_USERNAME,
  DEMO_ROUND_NAME,
  DEMO_ROUND_YEAR,
  DEMO_TTLDTT_UNITS,
  type DemoIndividual,
} from './demo-commendation.js';
import { demoPeople } from './demo-people.js';

/**
 * Loads the demo's commendation round (demo-commendation.ts) over the demo campaign's
 * interim period, through the commendation services themselves (their checks and audit
 * events), acting as the demo's ward reviewer (Phòng Văn hóa - Xã hội, the organiser).
 *
 * The round follows its period. The demo's sơ kết is still under review when the demo
 * loads (demo-campaign.ts: a returned sheet, sheets in the block leaders' queues), and
 * only a published ranking proposes units (RankingFacts), so on the first load the round
 * is being drawn up: the individuals (giấy khen, "Lao động tiên tiến") and the two
 * departments' "Tập thể lao động tiên tiến" with their checks — Phòng Văn hóa - Xã hội's
 * met (8 of 12 members), Phòng Kinh tế, Hạ tầng và Đô thị's not (5 of 15). Once the
 * period is published (by the demo's staff, or by the demo seeding of a later version),
 * `seedDemoCommendation` adds the units from the ranking.
 * Idempotent: the round is created once; a proposal already there is left alone.
 */
@Injectable()
export class CommendationSeeder {
  private readonly logger = new Logger(CommendationSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** The services of the commendation module (not exported: the seeder is their only outside caller). */
  private service<T>(type: new (...args: never[]) => T): T {
    return this.moduleRef.get(type, { strict: false });
  }

  /** The round's id, or null without the demo campaign or its organiser's account. */
  async seedDemoCommendation(): Promise<string | null> {
    const m = this.dataSource.manager;
    const campaign = await m.findOneBy(Campaign, { isDemo: true, title: DEMO_CAMPAIGN_TITLE });
    const actor = await this.organiser();
    if (!campaign || !actor) return null;
    const period = await m.findOneByOrFail(CampaignPeriod, { campaignId: campaign.id, kind: 'INTERIM' });
    const existing = await m.findOneBy(CommendationRound, { campaignId: campaign.id, name: DEMO_ROUND_NAME });
    const round =
      existing ??
      (await this.service(RoundsService).create(actor, {
        name: DEMO_ROUND_NAME,
        campaignId: campaign.id,
        periodId: period.id,
        year: DEMO_ROUND_YEAR,
      }));
    if (round.status !== 'PROPOSING') return round.id;
    if (period.publishedAt) await this.service(ProposalBuildService).build(actor, round.id);

    const proposals = this.service(ProposalsService);
    const forms = new Map((await m.find(CommendationForm)).map((f) => [f.code, f]));
    const units = new Map((await m.find(Unit)).map((u) => [u.code, u]));
    const already = await m.findBy(CommendationProposal, { roundId: round.id });
    const has = (formId: string, unitId: string, personId: string | null) =>
      already.some((p) => p.formId === formId && p.unitId === unitId && p.personId === personId);
    const individuals = [...DEMO_LDTT_INDIVIDUALS, ...DEMO_GIAY_KHEN_INDIVIDUALS];
    const personIds = await this.rosterPersons(individuals);
    for (const individual of individuals) {
      const personId = personIds.get(individual);
      const unit = units.get(individual.unitCode);
      const form = forms.get(individual.formCode);
      if (!personId || !unit || !form || has(form.id, unit.id, personId)) continue;
      await proposals.add(actor, {
        roundId: round.id,
        formId: form.id,
        unitId: unit.id,
        personId,
        recipientDetail: individual.detail,
        achievements: individual.achievements,
      });
    }
    const ttldtt = forms.get('TAP_THE_LAO_DONG_TIEN_TIEN');
    for (const code of DEMO_TTLDTT_UNITS) {
      const unit = units.get(code);
      if (unit && ttldtt && !has(ttldtt.id, unit.id, null)) {
        await proposals.add(actor, { roundId: round.id, formId: ttldtt.id, unitId: unit.id });
      }
    }
    // The organiser confirms the yes/no conditions from the units' dossiers.
    const drawn = await m.find(CommendationProposal, { where: { roundId: round.id }, relations: { form: true } });
    for (const p of drawn) {
      for (const c of p.form.conditions) {
        if (c.kind !== 'CONFIRMED' || p.confirmations[c.id]) continue;
        await proposals.confirm(actor, {
          proposalId: p.id,
          conditionId: c.id,
          confirmed: true,
          evidence: DEMO_CONFIRMATION_EVIDENCE,
        });
      }
    }
    this.logger.log(`Loaded the demo commendation round: ${drawn.length} proposals`);
    return round.id;
  }

  /** The ward's reviewer of the demo (Phòng Văn hóa - Xã hội) acts as the organiser. */
  private async organiser(): Promise<AuthUser | null> {
    const user = await this.dataSource.getRepository(User).findOneBy({ username: DEMO_ORGANISER_USERNAME });
    return user ? { id: user.id, username: user.username, role: user.role, unitId: null } : null;
  }

  /** The roster person of each pick, found by the personal code the demo rosters give them. */
  private async rosterPersons(picks: readonly DemoIndividual[]): Promise<Map<DemoIndividual, string>> {
    const people = demoPeople();
    const codeOf = new Map(
      picks.map((pick) => [
        pick,
        people.filter((p) => p.unitCode === pick.unitCode && p.kind === pick.kind)[pick.index]?.personalCode,
      ]),
    );
    const found = await this.dataSource.getRepository(Person).findBy({
      isDemo: true,
      personalCode: In([...codeOf.values()].filter((c): c is string => !!c)),
    });
    const idOf = new Map(found.map((p) => [p.personalCode, p.id]));
    return new Map(
      picks.flatMap((pick) => (idOf.has(codeOf.get(pick)!) ? [[pick, idOf.get(codeOf.get(pick)!)!]] : [])),
    );
  }
}
