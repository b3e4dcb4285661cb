import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { approvalPercent, hasQuorum, quorumRequired, voteProblems, votePasses } from '@thidua/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { recordCommendationEvent } from '../commendation-audit.js';
import { CommendationError } from '../commendation.errors.js';
import { cleanBlock, cleanLine } from './council-text.js';
import type {
  OpenCouncilSessionInput,
  RecordCouncilVoteInput,
  SetCouncilAttendanceInput,
  UpdateCouncilSessionInput,
} from '../dto/council.input.js';
import { CommendationForm } from '../entities/commendation-form.entity.js';
import { CommendationProposal } from '../entities/commendation-proposal.entity.js';
import { CommendationRound } from '../entities/commendation-round.entity.js';
import { CouncilMember, CouncilSession, CouncilVote } from '../entities/council.entities.js';
import type { CouncilSessionModel, CouncilVoteModel, CouncilVoteResultModel } from '../models/council.model.js';
import { type RoundStep, stagesFor, stepAllowed } from './round-stage.js';
import { requireRound } from '../proposals/rounds.service.js';

export function requireStep(round: CommendationRound, step: RoundStep): void {
  if (!stepAllowed(step, round.status)) {
    throw new CommendationError('ROUND_WRONG_STAGE', `The round is ${round.status}`, {
      status: round.status,
      allowed: stagesFor(step),
    });
  }
}

const sessionInvalid = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  new CommendationError('SESSION_INVALID', message, { field, ...extra });

/** The council's meeting of a round: opened with its members, attendance, votes (re-votes with a reason). */
@Injectable()
export class CouncilService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async session(roundId: string): Promise<CouncilSessionModel | null> {
    return sessionView(this.dataSource.manager, roundId);
  }

  async open(viewer: AuthUser, input: OpenCouncilSessionInput): Promise<CouncilSessionModel> {
    const members = input.members.map((m) => ({
      ...m,
      fullName: cleanLine(m.fullName),
      position: cleanLine(m.position),
    }));
    const location = cleanLine(input.location);
    const numerator = input.quorumNumerator ?? 2;
    const denominator = input.quorumDenominator ?? 3;
    if (members.length === 0) throw sessionInvalid('members', 'The council has at least one member');
    const bad = members.findIndex((m) => !m.fullName || m.fullName.length > 100 || m.position.length > 200);
    if (bad >= 0)
      throw sessionInvalid('members', 'Each member has a name (≤ 100) and a position (≤ 200)', { index: bad });
    const chairs = members.filter((m) => m.role === 'CHAIR').length;
    if (chairs !== 1) throw sessionInvalid('members', 'The council has exactly one chair', { chairs });
    if (location.length > 200) throw sessionInvalid('location', 'The place is at most 200 characters');
    if (!(numerator >= 1 && denominator >= 1 && numerator <= denominator && denominator <= 100)) {
      throw sessionInvalid('quorumNumerator', 'The quorum is a fraction between 0 and 1', { numerator, denominator });
    }
    if (Number.isNaN(input.heldAt.getTime())) throw sessionInvalid('heldAt', 'The meeting has a date');
    await this.dataSource.transaction(async (manager) => {
      const round = await requireRound(manager, input.roundId, true);
      requireStep(round, 'OPEN_SESSION');
      const proposed = await manager.countBy(CommendationProposal, { roundId: round.id, status: 'PROPOSED' });
      if (proposed === 0) {
        throw new CommendationError('ROUND_WRONG_STAGE', 'The round has no proposal to vote on', { proposed });
      }
      if (await manager.existsBy(CouncilSession, { roundId: round.id })) {
        throw sessionInvalid('roundId', 'The round already has its council session');
      }
      const session = await manager.save(
        manager.create(CouncilSession, {
          roundId: round.id,
          heldAt: input.heldAt,
          location,
          quorumNumerator: numerator,
          quorumDenominator: denominator,
        }),
      );
      await manager.insert(
        CouncilMember,
        members.map((m, i) => ({
          sessionId: session.id,
          fullName: m.fullName,
          position: m.position,
          role: m.role,
          present: m.present,
          sortOrder: i,
        })),
      );
      await manager.update(CommendationRound, { id: round.id }, { status: 'IN_COUNCIL' });
      await recordCommendationEvent(manager, {
        roundId: round.id,
        actorId: viewer.id,
        action: 'SESSION_OPENED',
        detail: {
          sessionId: session.id,
          members: members.length,
          present: members.filter((m) => m.present).length,
          quorum: [numerator, denominator],
        },
      });
    });
    return (await this.session(input.roundId))!;
  }

  async update(viewer: AuthUser, input: UpdateCouncilSessionInput): Promise<CouncilSessionModel> {
    const location = input.location == null ? undefined : cleanLine(input.location);
    if (location !== undefined && location.length > 200)
      throw sessionInvalid('location', 'The place is at most 200 characters');
    if (input.heldAt && Number.isNaN(input.heldAt.getTime())) throw sessionInvalid('heldAt', 'Not a date');
    const minutesNote = input.minutesNote == null ? undefined : cleanBlock(input.minutesNote);
    const roundId = await this.dataSource.transaction(async (manager) => {
      const session = await requireSession(manager, input.sessionId);
      const round = await requireRound(manager, session.roundId, true);
      requireStep(round, 'UPDATE_SESSION');
      const changes = {
        ...(input.heldAt ? { heldAt: input.heldAt } : {}),
        ...(location !== undefined ? { location } : {}),
        ...(minutesNote !== undefined ? { minutesNote } : {}),
      };
      if (Object.keys(changes).length > 0) await manager.update(CouncilSession, { id: session.id }, changes);
      await recordCommendationEvent(manager, {
        roundId: round.id,
        actorId: viewer.id,
        action: 'SESSION_UPDATED',
        detail: { sessionId: session.id, fields: Object.keys(changes) },
      });
      return round.id;
    });
    return (await this.session(roundId))!;
  }

  async setAttendance(viewer: AuthUser, input: SetCouncilAttendanceInput): Promise<CouncilSessionModel> {
    const roundId = await this.dataSource.transaction(async (manager) => {
      const member = await manager.findOneBy(CouncilMember, { id: input.memberId });
      if (!member) throw new CommendationError('SESSION_NOT_FOUND', 'No such council member');
      const session = await requireSession(manager, member.sessionId);
      const round = await requireRound(manager, session.roundId, true);
      requireStep(round, 'ATTENDANCE');
      await manager.update(CouncilMember, { id: member.id }, { present: input.present });
      await recordCommendationEvent(manager, {
        roundId: round.id,
        actorId: viewer.id,
        action: 'ATTENDANCE_RECORDED',
        detail: { memberId: member.id, fullName: member.fullName, present: input.present },
      });
      return round.id;
    });
    return (await this.session(roundId))!;
  }

  async vote(viewer: AuthUser, input: RecordCouncilVoteInput): Promise<CouncilVoteResultModel> {
    const reason = input.reason == null ? '' : cleanLine(input.reason);
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(CommendationProposal, { id: input.proposalId });
      if (!found) throw new CommendationError('PROPOSAL_NOT_FOUND', 'No such proposal');
      const round = await requireRound(manager, found.roundId, true);
      requireStep(round, 'VOTE');
      const proposal = (await manager.findOneBy(CommendationProposal, { id: found.id }))!;
      if (!['PROPOSED', 'PASSED', 'NOT_PASSED'].includes(proposal.status)) {
        throw new CommendationError('PROPOSAL_WRONG_STATUS', `The proposal is ${proposal.status}`, {
          status: proposal.status,
        });
      }
      const session = await manager.findOneBy(CouncilSession, { roundId: round.id });
      if (!session) throw new CommendationError('SESSION_NOT_FOUND', 'The round has no council session');
      const members = await manager.findBy(CouncilMember, { sessionId: session.id });
      const marked = members.filter((m) => m.present).length;
      const rule = { numerator: session.quorumNumerator, denominator: session.quorumDenominator };
      if (!hasQuorum(marked, members.length, rule)) {
        throw new CommendationError('NO_QUORUM', 'The members present do not reach the quorum', {
          present: marked,
          required: quorumRequired(members.length, rule),
          members: members.length,
        });
      }
      const count = { present: input.present, approve: input.approve, against: input.against, abstain: input.abstain };
      if (count.present !== marked) {
        throw new CommendationError('VOTE_INVALID', 'Present at the vote must be the members marked present', {
          field: 'present',
          present: count.present,
          markedPresent: marked,
        });
      }
      const problems = voteProblems(count, members.length);
      if (problems.length > 0) throw new CommendationError('VOTE_INVALID', 'The count does not add up', { problems });
      const form = (await manager.findOneBy(CommendationForm, { id: proposal.formId }))!;
      if (form.secretBallot && input.ballot !== 'SECRET') {
        throw new CommendationError('VOTE_INVALID', 'This form is voted by secret ballot', {
          field: 'ballot',
          required: 'SECRET',
        });
      }
      const previous = await manager.find(CouncilVote, {
        where: { proposalId: proposal.id },
        order: { attempt: 'DESC' },
        take: 1,
      });
      const attempt = (previous[0]?.attempt ?? 0) + 1;
      if (attempt > 1 && !reason) {
        throw new CommendationError('ALREADY_VOTED', 'A re-vote states why the council votes again', {
          attempt: attempt - 1,
        });
      }
      const passed = votePasses(count, form.approvalPercent);
      const vote = await manager.save(
        manager.create(CouncilVote, {
          sessionId: session.id,
          proposalId: proposal.id,
          attempt,
          ballot: input.ballot,
          ...count,
          thresholdPercent: form.approvalPercent,
          passed,
          reason: reason || null,
          recordedBy: viewer.id,
        }),
      );
      const proposalStatus = passed ? 'PASSED' : 'NOT_PASSED';
      await manager.update(CommendationProposal, { id: proposal.id }, { status: proposalStatus });
      await recordCommendationEvent(manager, {
        roundId: round.id,
        proposalId: proposal.id,
        actorId: viewer.id,
        action: 'VOTE_RECORDED',
        detail: { attempt, ballot: input.ballot, ...count, thresholdPercent: form.approvalPercent, passed },
        reason: reason || null,
      });
      return { vote: voteModel(vote), proposalStatus };
    });
  }
}

async function requireSession(manager: EntityManager, id: string): Promise<CouncilSession> {
  const session = await manager.findOneBy(CouncilSession, { id });
  if (!session) throw new CommendationError('SESSION_NOT_FOUND', 'No such council session');
  return session;
}

function voteModel(vote: CouncilVote): CouncilVoteModel {
  return {
    id: vote.id,
    proposalId: vote.proposalId,
    attempt: vote.attempt,
    ballot: vote.ballot,
    present: vote.present,
    approve: vote.approve,
    against: vote.against,
    abstain: vote.abstain,
    thresholdPercent: vote.thresholdPercent,
    approvalPercent: approvalPercent(vote),
    passed: vote.passed,
    reason: vote.reason,
    recordedAt: vote.recordedAt,
  };
}

export async function sessionView(manager: EntityManager, roundId: string): Promise<CouncilSessionModel | null> {
  const session = await manager.findOneBy(CouncilSession, { roundId });
  if (!session) return null;
  const members = await manager.find(CouncilMember, { where: { sessionId: session.id }, order: { sortOrder: 'ASC' } });
  const votes = await manager.find(CouncilVote, {
    where: { sessionId: session.id },
    order: { recordedAt: 'ASC', attempt: 'ASC' },
  });
  const rule = { numerator: session.quorumNumerator, denominator: session.quorumDenominator };
  const presentCount = members.filter((m) => m.present).length;
  return {
    id: session.id,
    roundId: session.roundId,
    heldAt: session.heldAt,
    location: session.location,
    quorumNumerator: session.quorumNumerator,
    quorumDenominator: session.quorumDenominator,
    minutesNote: session.minutesNote,
    closedAt: session.closedAt,
    members: members.map((m) => ({
      id: m.id,
      fullName: m.fullName,
      position: m.position,
      role: m.role,
      present: m.present,
      sortOrder: m.sortOrder,
    })),
    quorumRequired: quorumRequired(members.length, rule),
    presentCount,
    hasQuorum: hasQuorum(presentCount, members.length, rule),
    votes: votes.map(voteModel),
  };
}
