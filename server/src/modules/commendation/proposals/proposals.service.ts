import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeText, type ConditionCheck } from '@thidua/shared';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { PopulationsService } from '../../people/populations.service.js';
import { Person } from '../../people/entities/person.entity.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { recordCommendationEvent } from '../commendation-audit.js';
import { CommendationError } from '../commendation.errors.js';
import type {
  AddCommendationProposalInput,
  ConfirmProposalConditionInput,
  UpdateCommendationProposalInput,
} from '../dto/proposal.input.js';
import { CommendationForm } from '../entities/commendation-form.entity.js';
import { CommendationProposal } from '../entities/commendation-proposal.entity.js';
import type { CommendationRound } from '../entities/commendation-round.entity.js';
import type { CommendationProposalModel } from '../models/proposal.model.js';
import { checkProposal } from './proposal-conditions.js';
import { recordActivity } from './proposal-record.js';
import { recordAchievements } from './proposal-texts.js';
import { proposalModels } from './proposal-view.js';
import { RankingFacts } from './ranking-facts.js';
import { OFF_LIST, requireRound, requireStage } from './rounds.service.js';

const sameChecks = (a: ConditionCheck[], b: ConditionCheck[]) => JSON.stringify(a) === JSON.stringify(b);

/** Proposals added by hand (a unit, or a person from a roster), edited, confirmed and withdrawn. */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly populations: PopulationsService,
    private readonly rankingFacts: RankingFacts,
  ) {}

  async list(roundId: string): Promise<CommendationProposalModel[]> {
    return proposalModels(this.dataSource.manager, { roundId });
  }

  async add(viewer: AuthUser, input: AddCommendationProposalInput): Promise<CommendationProposalModel> {
    const id = await this.dataSource.transaction(async (manager) => {
      const round = await requireRound(manager, input.roundId, true);
      requireStage(round, ['PROPOSING']);
      const form = await manager.findOneBy(CommendationForm, { id: input.formId });
      if (!form) throw new CommendationError('FORM_NOT_FOUND', 'No such commendation form');
      if (!form.active) {
        throw new CommendationError('PROPOSAL_INVALID', 'The form is retired', { field: 'formId' });
      }
      const unit = await manager.findOneBy(Unit, { id: input.unitId });
      if (!unit) throw new CommendationError('PROPOSAL_INVALID', 'No such unit', { field: 'unitId' });
      const person = input.personId ? await this.rosterPerson(manager, unit.id, input.personId) : null;
      const wanted = person ? 'INDIVIDUAL' : 'COLLECTIVE';
      if (form.recipientKind !== wanted) {
        throw new CommendationError('RECIPIENT_NOT_ELIGIBLE', `The form goes to ${form.recipientKind}`, {
          field: 'formId',
          recipientKind: form.recipientKind,
        });
      }
      if (!person && form.unitKinds.length > 0 && !form.unitKinds.includes(unit.kind)) {
        throw new CommendationError('RECIPIENT_NOT_ELIGIBLE', 'The form does not go to units of this kind', {
          field: 'unitId',
          unitKind: unit.kind,
          unitKinds: form.unitKinds,
        });
      }
      const repo = manager.getRepository(CommendationProposal);
      const existing = await repo.findOneBy(
        person
          ? { roundId: round.id, formId: form.id, personId: person.id }
          : { roundId: round.id, formId: form.id, unitId: unit.id, personId: IsNull() },
      );
      if (existing && existing.status !== 'WITHDRAWN') {
        throw new CommendationError('PROPOSAL_DUPLICATE', 'Already proposed for this form in the round', {
          proposalId: existing.id,
        });
      }
      const ranked = person ? undefined : (await this.rankingFacts.ofRound(manager, round))?.get(unit.id);
      const achievements =
        input.achievements?.normalize('NFC').trim() ||
        (person
          ? recordAchievements(round.year, await recordActivity(manager, person.id, round.year))
          : (ranked?.achievements ?? ''));
      const detail = input.recipientDetail != null ? normalizeText(input.recipientDetail) : null;
      const proposal =
        existing ??
        repo.create({
          roundId: round.id,
          formId: form.id,
          recipientKind: form.recipientKind,
          unitId: unit.id,
          personId: person?.id ?? null,
          source: person ? 'RECORD' : 'MANUAL',
          confirmations: {},
          conditions: [],
          createdBy: viewer.id,
          position: ((await repo.maximum('position', { roundId: round.id })) ?? 0) + 1,
        });
      Object.assign(proposal, {
        recipientName: person ? person.fullName.normalize('NFC') : unit.name,
        recipientDetail: detail ?? (person ? [person.subUnit, person.unitName].filter(Boolean).join(', ') : ''),
        achievements,
        rank: ranked?.rank ?? null,
        total: ranked?.total ?? null,
        sourceTitleId: ranked?.titleId ?? null,
        status: 'PROPOSED',
        statusReason: null,
      });
      proposal.conditions = await checkProposal(manager, this.populations, round, form, proposal, ranked?.groups);
      const saved = await repo.save(proposal);
      await recordCommendationEvent(manager, {
        roundId: round.id,
        proposalId: saved.id,
        actorId: viewer.id,
        action: 'PROPOSAL_ADDED',
        detail: { formCode: form.code, unitId: unit.id, personId: person?.id ?? null, reinstated: !!existing },
      });
      if (person) await this.recheckCollectives(manager, round);
      return saved.id;
    });
    return this.one(id);
  }

  async update(viewer: AuthUser, input: UpdateCommendationProposalInput): Promise<CommendationProposalModel> {
    await this.dataSource.transaction(async (manager) => {
      const { proposal, round } = await this.open(manager, input.id, ['PROPOSING']);
      if (proposal.status !== 'PROPOSED') throw wrongStatus(proposal);
      const next = {
        achievements: input.achievements != null ? input.achievements.normalize('NFC').trim() : proposal.achievements,
        recipientDetail:
          input.recipientDetail != null ? normalizeText(input.recipientDetail) : proposal.recipientDetail,
        position: input.position ?? proposal.position,
      };
      const changes = Object.fromEntries(
        (Object.keys(next) as (keyof typeof next)[])
          .filter((k) => next[k] !== proposal[k])
          .map((k) => [k, { from: proposal[k], to: next[k] }]),
      );
      if (Object.keys(changes).length === 0) return;
      await manager.update(CommendationProposal, { id: proposal.id }, next);
      await recordCommendationEvent(manager, {
        roundId: round.id,
        proposalId: proposal.id,
        actorId: viewer.id,
        action: 'PROPOSAL_UPDATED',
        detail: { changes },
      });
    });
    return this.one(input.id);
  }

  async confirm(viewer: AuthUser, input: ConfirmProposalConditionInput): Promise<CommendationProposalModel> {
    await this.dataSource.transaction(async (manager) => {
      const { proposal, round } = await this.open(manager, input.proposalId, ['PROPOSING']);
      if (proposal.status !== 'PROPOSED') throw wrongStatus(proposal);
      const condition = proposal.form.conditions.find((c) => c.id === input.conditionId && c.kind === 'CONFIRMED');
      if (!condition) {
        throw new CommendationError('CONDITION_NOT_FOUND', 'The form has no such condition to confirm', {
          field: 'conditionId',
        });
      }
      const evidence = input.evidence.normalize('NFC').trim();
      if (condition.evidenceRequired && input.confirmed && !evidence) {
        throw new CommendationError('EVIDENCE_REQUIRED', 'This condition is confirmed with evidence', {
          field: 'evidence',
        });
      }
      const confirmation = { confirmed: input.confirmed, evidence, by: viewer.id, at: new Date().toISOString() };
      proposal.confirmations = { ...proposal.confirmations, [condition.id]: confirmation };
      proposal.conditions = await checkProposal(manager, this.populations, round, proposal.form, proposal);
      await manager.update(
        CommendationProposal,
        { id: proposal.id },
        { confirmations: proposal.confirmations, conditions: proposal.conditions },
      );
      await recordCommendationEvent(manager, {
        roundId: round.id,
        proposalId: proposal.id,
        actorId: viewer.id,
        action: 'CONDITION_CONFIRMED',
        detail: { conditionId: condition.id, confirmed: input.confirmed, evidence },
      });
    });
    return this.one(input.proposalId);
  }

  /** Off the list with a reason: while proposing, or during the posting after a resident's comment. */
  async withdraw(viewer: AuthUser, id: string, reason: string): Promise<CommendationProposalModel> {
    const why = normalizeText(reason);
    if (!why) throw new CommendationError('REASON_REQUIRED', 'A withdrawal states its reason', { field: 'reason' });
    await this.dataSource.transaction(async (manager) => {
      const { proposal, round } = await this.open(manager, id, ['PROPOSING', 'POSTED']);
      if (proposal.status !== 'PROPOSED' && proposal.status !== 'PASSED') throw wrongStatus(proposal);
      await manager.update(CommendationProposal, { id }, { status: 'WITHDRAWN', statusReason: why });
      await recordCommendationEvent(manager, {
        roundId: round.id,
        proposalId: id,
        actorId: viewer.id,
        action: 'PROPOSAL_WITHDRAWN',
        detail: { from: proposal.status },
        reason: why,
      });
      if (proposal.personId) await this.recheckCollectives(manager, round);
    });
    return this.one(id);
  }

  /** The collectives' MEMBER_SHARE checks follow their members' proposals. */
  async recheckCollectives(manager: EntityManager, round: CommendationRound): Promise<void> {
    const collectives = await manager
      .getRepository(CommendationProposal)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.form', 'f')
      .where('p.roundId = :roundId AND p.personId IS NULL AND p.status <> ALL(:off)', {
        roundId: round.id,
        off: [...OFF_LIST],
      })
      .getMany();
    for (const p of collectives) {
      if (!p.form.conditions.some((c) => c.kind === 'MEMBER_SHARE')) continue;
      const checks = await checkProposal(manager, this.populations, round, p.form, p);
      if (!sameChecks(checks, p.conditions)) {
        await manager.update(CommendationProposal, { id: p.id }, { conditions: checks });
      }
    }
  }

  private async one(id: string): Promise<CommendationProposalModel> {
    const [model] = await proposalModels(this.dataSource.manager, { ids: [id] });
    return model;
  }

  private async open(manager: EntityManager, id: string, stages: CommendationRound['status'][]) {
    const found = await manager.findOneBy(CommendationProposal, { id });
    if (!found) throw new CommendationError('PROPOSAL_NOT_FOUND', 'No such proposal');
    const round = await requireRound(manager, found.roundId, true);
    requireStage(round, stages);
    const proposal = await manager.findOneOrFail(CommendationProposal, { where: { id }, relations: { form: true } });
    return { proposal, round };
  }

  /** A person on the roster of the unit or of one of its sub-units. */
  private async rosterPerson(manager: EntityManager, unitId: string, personId: string) {
    const [row] = await manager.query<{ id: string }[]>(
      `WITH RECURSIVE tree AS (SELECT id FROM unit WHERE id = $1 UNION SELECT u.id FROM unit u JOIN tree ON u.parent_id = tree.id)
       SELECT p.id FROM person p WHERE p.id = $2 AND p.erased_at IS NULL AND p.unit_id IN (SELECT id FROM tree)`,
      [unitId, personId],
    );
    if (!row) {
      throw new CommendationError('RECIPIENT_NOT_ELIGIBLE', 'The person is not on the roster of this unit', {
        field: 'personId',
      });
    }
    const person = await manager.findOneOrFail(Person, { where: { id: personId }, relations: { unit: true } });
    return { id: person.id, fullName: person.fullName, subUnit: person.subUnit, unitName: person.unit.name };
  }
}

const wrongStatus = (p: CommendationProposal) =>
  new CommendationError('PROPOSAL_WRONG_STATUS', `The proposal is ${p.status}`, { status: p.status });
