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
import { PostingComment } from '../../modules/commendation/entities/posting-comment.entity.js';
import { CouncilService } from '../../modules/commendation/council/council.service.js';
import { DecisionService } from '../../modules/commendation/posting/decision.service.js';
import { PostingService } from '../../modules/commendation/posting/posting.service.js';
import { ProposalBuildService } from '../../modules/commendation/proposals/proposal-build.service.js';
import { ProposalsService } from '../../modules/commendation/proposals/proposals.service.js';
import { RoundsService } from '../../modules/commendation/proposals/rounds.service.js';
import { Person } from '../../modules/people/entities/person.entity.js';
import { Unit } from '../../modules/units/entities/unit.entity.js';
import { User } from '../../modules/users/entities/user.entity.js';
import { DEMO_CAMPAIGN_TITLE } from './demo-campaign.js';
import {
  DEMO_ANNUAL_ROUND_NAME,
  DEMO_ANNUAL_YEAR,
  DEMO_COMMENDATION_DAYS as DAYS,
  DEMO_COMMENT,
  DEMO_CONFIRMATION_EVIDENCE,
  DEMO_COUNCIL,
  DEMO_COUNCIL_LOCATION,
  DEMO_CSTDCS_INDIVIDUALS,
  DEMO_DECISION_NUMBER,
  DEMO_FIRST_SECRET_APPROVE,
  DEMO_GIAY_KHEN_INDIVIDUALS,
  DEMO_LDTT_INDIVIDUALS,
  DEMO_MINUTES_NOTE,
  DEMO_ORGANISER_USERNAME,
  DEMO_POSTING_PLACES,
  DEMO_REVOTE_REASON,
  DEMO_ROUND_NAME,
  DEMO_ROUND_YEAR,
  DEMO_SIGNER,
  DEMO_TTLDTT_UNITS,
  demoDate,
  demoDay,
  type DemoIndividual,
} from './demo-commendation.js';
import { demoPeople } from './demo-people.js';

/**
 * Loads the demo's two commendation rounds (demo-commendation.ts) through the
 * commendation services themselves (their checks and audit events), acting as the demo's
 * ward reviewer (Phòng Văn hóa - Xã hội, the organiser):
 *
 * - the annual titles of 2025, decided: proposals, confirmations, the council's session
 *   and votes, the posting, a resident's comment handled, the chairman's decision;
 * - the sơ kết of the demo campaign, being drawn up. Its period is still under review when
 *   the demo loads (demo-campaign.ts: a returned sheet, sheets in the block leaders'
 *   queues) and only a published ranking proposes units (RankingFacts): the individuals'
 *   giấy khen now, the units from the ranking once the period is published (when this
 *   runs again then, or when the organiser presses "Lập danh sách từ kết quả xếp hạng").
 *
 * Dates: the services act now, while the annual round's council met 13 days ago and its
 * posting started 12 days ago. The council's date and the posting's start are inputs
 * (a posting may start up to 30 days back); the comment is written here with its past
 * date, since the public form takes comments only while the posting is open; its
 * handling and the decision take the moment they happened (the services' `now`).
 * Idempotent: each round is created once; a proposal already there is left alone.
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

  /** The rounds' ids, or null without the demo campaign or its organiser's account. */
  async seedDemoCommendation(): Promise<{ annualRoundId: string; roundId: string } | null> {
    const m = this.dataSource.manager;
    const campaign = await m.findOneBy(Campaign, { isDemo: true, title: DEMO_CAMPAIGN_TITLE });
    const actor = await this.organiser();
    if (!campaign || !actor) return null;
    const annualRoundId = await this.seedAnnualRound(actor);
    const period = await m.findOneByOrFail(CampaignPeriod, { campaignId: campaign.id, kind: 'INTERIM' });
    const round =
      (await m.findOneBy(CommendationRound, { campaignId: campaign.id, name: DEMO_ROUND_NAME })) ??
      (await this.service(RoundsService).create(actor, {
        name: DEMO_ROUND_NAME,
        campaignId: campaign.id,
        periodId: period.id,
        year: DEMO_ROUND_YEAR,
      }));
    if (round.status === 'PROPOSING') {
      if (period.publishedAt) await this.service(ProposalBuildService).build(actor, round.id);
      await this.draw(actor, round.id, DEMO_GIAY_KHEN_INDIVIDUALS, []);
    }
    return { annualRoundId, roundId: round.id };
  }

  /** The annual titles of 2025, from the proposals to the decision. */
  private async seedAnnualRound(actor: AuthUser): Promise<string> {
    const m = this.dataSource.manager;
    const existing = await m.findOneBy(CommendationRound, { name: DEMO_ANNUAL_ROUND_NAME, year: DEMO_ANNUAL_YEAR });
    if (existing) return existing.id;
    const now = Date.now();
    const { id: roundId } = await this.service(RoundsService).create(actor, {
      name: DEMO_ANNUAL_ROUND_NAME,
      year: DEMO_ANNUAL_YEAR,
    });
    await this.draw(actor, roundId, [...DEMO_LDTT_INDIVIDUALS, ...DEMO_CSTDCS_INDIVIDUALS], DEMO_TTLDTT_UNITS);
    // A catalogue the admin changed before the demo loaded may lack the forms: the round then stays drawn up.
    if (!(await m.existsBy(CommendationProposal, { roundId }))) return roundId;

    const council = this.service(CouncilService);
    await council.open(actor, {
      roundId,
      heldAt: demoDay(DAYS.council, now),
      location: DEMO_COUNCIL_LOCATION,
      members: DEMO_COUNCIL.map((c) => ({
        fullName: c.fullName,
        position: c.position,
        role: c.role,
        present: c.present,
      })),
    });
    const session = (await council.session(roundId))!;
    await council.update(actor, { sessionId: session.id, minutesNote: DEMO_MINUTES_NOTE });
    const present = DEMO_COUNCIL.filter((c) => c.present).length;
    const proposals = await m.find(CommendationProposal, {
      where: { roundId },
      relations: { form: true },
      order: { position: 'ASC' },
    });
    for (const p of proposals) {
      const ballot = p.form.secretBallot ? 'SECRET' : 'OPEN';
      const vote = (approve: number, reason: string | null = null) =>
        council.vote(actor, {
          proposalId: p.id,
          ballot,
          present,
          approve,
          against: present - approve,
          abstain: 0,
          reason,
        });
      if (p.form.secretBallot) {
        // The first secret count was spoilt by two miswritten ballots; the council voted again, with its reason.
        await vote(DEMO_FIRST_SECRET_APPROVE);
        await vote(present, DEMO_REVOTE_REASON);
      } else {
        // A collective short of its members' share is not passed: most members vote against.
        await vote(p.conditions.some((c) => c.met === false) ? 2 : present);
      }
    }

    const posting = this.service(PostingService);
    await posting.start(actor, { roundId, startsAt: demoDay(DAYS.postingStart, now), places: DEMO_POSTING_PLACES });
    const about = proposals.find((p) => p.personId === null && p.recipientName.includes('Văn hóa - Xã hội'));
    const [comment] = await m.save(PostingComment, [
      {
        roundId,
        proposalId: about?.id ?? null,
        body: DEMO_COMMENT.body,
        authorName: DEMO_COMMENT.authorName,
        contact: DEMO_COMMENT.contact,
        status: 'NEW' as const,
        createdAt: demoDay(DAYS.comment, now),
      },
    ]);
    await posting.handle(
      actor,
      { commentId: comment.id, status: 'DISMISSED', handlingNote: DEMO_COMMENT.handlingNote },
      demoDay(DAYS.handled, now),
    );
    await this.service(DecisionService).decide(
      actor,
      {
        roundId,
        decisionNumber: DEMO_DECISION_NUMBER,
        decisionDate: demoDate(DAYS.decision, now),
        signerAuthority: DEMO_SIGNER.authority,
        signerCapacity: DEMO_SIGNER.capacity,
        signerTitle: DEMO_SIGNER.title,
        signerName: DEMO_SIGNER.name,
      },
      demoDay(DAYS.decision, now),
    );
    this.logger.log(`Loaded the demo's annual commendation round: ${proposals.length} proposals, decided`);
    return roundId;
  }

  /** Adds the individuals and collectives a round lacks, and confirms their yes/no conditions from the dossiers. */
  private async draw(
    actor: AuthUser,
    roundId: string,
    individuals: readonly DemoIndividual[],
    collectiveUnits: readonly string[],
  ): Promise<void> {
    const m = this.dataSource.manager;
    const proposals = this.service(ProposalsService);
    const forms = new Map((await m.find(CommendationForm)).map((f) => [f.code, f]));
    const units = new Map((await m.find(Unit)).map((u) => [u.code, u]));
    const already = await m.findBy(CommendationProposal, { roundId });
    const has = (formId: string, unitId: string, personId: string | null) =>
      already.some((p) => p.formId === formId && p.unitId === unitId && p.personId === personId);
    const personIds = await this.rosterPersons(individuals);
    for (const individual of individuals) {
      const personId = personIds.get(individual);
      const unit = units.get(individual.unitCode);
      const form = forms.get(individual.formCode);
      if (!personId || !unit || !form || has(form.id, unit.id, personId)) continue;
      await proposals.add(actor, {
        roundId,
        formId: form.id,
        unitId: unit.id,
        personId,
        recipientDetail: individual.detail,
        achievements: individual.achievements,
      });
    }
    const ttldtt = forms.get('TAP_THE_LAO_DONG_TIEN_TIEN');
    for (const code of collectiveUnits) {
      const unit = units.get(code);
      if (unit && ttldtt && !has(ttldtt.id, unit.id, null)) {
        await proposals.add(actor, { roundId, formId: ttldtt.id, unitId: unit.id });
      }
    }
    const drawn = await m.find(CommendationProposal, { where: { roundId }, relations: { form: true } });
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
