import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { RateLimits, type RateLimit } from '../../../common/rate-limit/rate-limits.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { recordCommendationEvent } from '../commendation-audit.js';
import { CommendationError } from '../commendation.errors.js';
import { cleanBlock, cleanLine } from '../council/council-text.js';
import { requireStep } from '../council/council.service.js';
import type { HandlePostingCommentInput, StartPostingInput, SubmitPostingCommentInput } from '../dto/posting.input.js';
import { CommendationProposal } from '../entities/commendation-proposal.entity.js';
import { CommendationRound } from '../entities/commendation-round.entity.js';
import { CouncilSession } from '../entities/council.entities.js';
import { PostingComment } from '../entities/posting-comment.entity.js';
import type {
  CommentsSummaryModel,
  PostingCommentModel,
  PostingCommentReceiptModel,
  PublicPostingModel,
} from '../models/posting.model.js';
import { commentsOpen, postingStartProblem, postingWindow, PUBLIC_STATUSES } from '../council/round-stage.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import { requireRound, RoundsService } from '../proposals/rounds.service.js';

const invalid = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  new CommendationError('COMMENT_INVALID', message, { field, ...extra });

/** The public posting of the passed list: started after the votes, read and commented on by residents. */
@Injectable()
export class PostingService {
  // A TDP hall or a school may share one address: 5 comments in 10 minutes each, 200 an hour per round
  // (every node's, through Redis when it is configured).
  private readonly perAddress: RateLimit;
  private readonly perRound: RateLimit;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundsService,
    private readonly proposals: ProposalsService,
    limits: RateLimits,
  ) {
    this.perAddress = limits.create('posting-comment:address', 5, 10 * 60_000);
    this.perRound = limits.create('posting-comment:round', 200, 60 * 60_000);
  }

  async start(viewer: AuthUser, input: StartPostingInput, now = new Date()): Promise<void> {
    const places = cleanLine(input.places);
    if (places.length > 300) {
      throw new CommendationError('ROUND_INVALID', 'The places are at most 300 characters', { field: 'places' });
    }
    const startsAt = input.startsAt ?? now;
    const problem = postingStartProblem(startsAt, now);
    if (problem)
      throw new CommendationError('ROUND_INVALID', 'The posting starts today or up to 30 days back', {
        field: 'startsAt',
        problem,
      });
    await this.dataSource.transaction(async (manager) => {
      const round = await requireRound(manager, input.roundId, true);
      requireStep(round, 'START_POSTING');
      const proposals = await manager.find(CommendationProposal, {
        where: { roundId: round.id },
        relations: { form: true },
      });
      const unvoted = proposals.filter((p) => p.status === 'PROPOSED');
      if (unvoted.length > 0) {
        throw new CommendationError('ROUND_WRONG_STAGE', 'Every proposal on the list is voted first', {
          unvoted: unvoted.map((p) => p.recipientName),
        });
      }
      const passed = proposals.filter((p) => p.status === 'PASSED');
      if (passed.length === 0)
        throw new CommendationError('ROUND_WRONG_STAGE', 'No proposal passed the council', { passed: 0 });
      const window = postingWindow(
        startsAt,
        passed.map((p) => p.form.postingDays),
      );
      await manager.update(
        CommendationRound,
        { id: round.id },
        { status: 'POSTED', postingStartsAt: window.startsAt, postingEndsAt: window.endsAt, postingPlaces: places },
      );
      await manager.update(CouncilSession, { roundId: round.id, closedAt: IsNull() }, { closedAt: now });
      await recordCommendationEvent(manager, { roundId: round.id, actorId: viewer.id, action: 'SESSION_CLOSED' });
      await recordCommendationEvent(manager, {
        roundId: round.id,
        actorId: viewer.id,
        action: 'POSTING_STARTED',
        detail: { startsAt: window.startsAt, endsAt: window.endsAt, places, passed: passed.length },
      });
    });
  }

  async publicPosting(roundId: string, now = new Date()): Promise<PublicPostingModel> {
    const manager = this.dataSource.manager;
    const round = await publicRound(manager, roundId);
    const { campaignName, periodName } = await this.rounds.get(round.id);
    const [ward] = await manager.find(Unit, {
      where: { kind: 'WARD', parentId: IsNull() },
      order: { name: 'ASC' },
      take: 1,
    });
    const rows = await manager
      .createQueryBuilder(CommendationProposal, 'p')
      .innerJoinAndSelect('p.form', 'f')
      .innerJoin(Unit, 'u', 'u.id = p.unitId')
      .addSelect('u.name', 'unit_name')
      .where('p.roundId = :id AND p.status IN (:...statuses)', { id: round.id, statuses: PUBLIC_STATUSES })
      .orderBy('f.position', 'ASC')
      .addOrderBy('p.position', 'ASC')
      .addOrderBy('p.recipientName', 'ASC')
      .getRawAndEntities<{ unit_name: string }>();
    return {
      roundId: round.id,
      wardName: ward?.name ?? '',
      roundName: round.name,
      status: round.status,
      postingStartsAt: round.postingStartsAt,
      postingEndsAt: round.postingEndsAt,
      places: round.postingPlaces,
      commentsOpen:
        round.status === 'POSTED' &&
        commentsOpen(now, { startsAt: round.postingStartsAt, endsAt: round.postingEndsAt }),
      decisionNumber: round.status === 'DECIDED' ? round.decisionNumber : null,
      decisionDate: round.status === 'DECIDED' ? round.decisionDate : null,
      campaignId: round.campaignId,
      campaignName,
      periodId: round.periodId,
      periodName,
      entries: rows.entities.map((p, i) => ({
        proposalId: p.id,
        formName: p.form.name,
        recipientName: p.recipientName,
        unitName: rows.raw[i]?.unit_name ?? '',
        recipientDetail: p.recipientDetail,
        achievements: p.achievements,
        status: p.status,
        revocationReason: p.status === 'REVOKED' ? p.statusReason : null,
        revokedAt: p.status === 'REVOKED' ? p.revokedAt : null,
      })),
    };
  }

  async submit(
    input: SubmitPostingCommentInput,
    address: string,
    now = new Date(),
  ): Promise<PostingCommentReceiptModel> {
    const round = await publicRound(this.dataSource.manager, input.roundId);
    const window = { startsAt: round.postingStartsAt, endsAt: round.postingEndsAt };
    if (round.status !== 'POSTED' || !commentsOpen(now, window)) {
      throw new CommendationError('POSTING_NOT_OPEN', 'Comments are taken only while the list is posted', {
        startsAt: round.postingStartsAt,
        endsAt: round.postingEndsAt,
      });
    }
    for (const [limiter, key] of [
      [this.perAddress, address],
      [this.perRound, round.id],
    ] as const) {
      if (!(await limiter.take(key))) {
        throw new CommendationError('RATE_LIMITED', 'Too many comments; wait a moment and try again', {
          retryAfterSeconds: await limiter.retryAfterSeconds(key),
        });
      }
    }
    const body = cleanBlock(input.body);
    if (body.length < 5 || body.length > 2000)
      throw invalid('body', 'A comment is 5 to 2,000 characters', { length: body.length });
    const authorName = input.authorName == null ? '' : cleanLine(input.authorName);
    if (authorName.length > 100) throw invalid('authorName', 'A name is at most 100 characters');
    const contact = input.contact == null ? '' : cleanLine(input.contact);
    if (contact.length > 120) throw invalid('contact', 'A contact is at most 120 characters');
    return this.dataSource.transaction(async (manager) => {
      if (input.proposalId) {
        const proposal = await manager.findOneBy(CommendationProposal, {
          id: input.proposalId,
          roundId: round.id,
          status: In([...PUBLIC_STATUSES]),
        });
        if (!proposal) throw invalid('proposalId', 'Not on the posted list');
      }
      const comment = await manager.save(
        manager.create(PostingComment, {
          roundId: round.id,
          proposalId: input.proposalId ?? null,
          body,
          authorName: authorName || null,
          contact: contact || null,
        }),
      );
      await recordCommendationEvent(manager, {
        roundId: round.id,
        proposalId: comment.proposalId,
        actorId: null,
        action: 'COMMENT_RECEIVED',
        detail: {
          commentId: comment.id,
          length: body.length,
          named: Boolean(authorName),
          withContact: Boolean(contact),
        },
      });
      return { id: comment.id, createdAt: comment.createdAt };
    });
  }

  async comments(roundId: string): Promise<PostingCommentModel[]> {
    const manager = this.dataSource.manager;
    const round = await requireRound(manager, roundId);
    const comments = await manager.find(PostingComment, { where: { roundId: round.id }, order: { createdAt: 'ASC' } });
    const ids = [...new Set(comments.map((c) => c.proposalId).filter((id): id is string => Boolean(id)))];
    const proposals = ids.length ? await manager.findBy(CommendationProposal, { id: In(ids) }) : [];
    const byId = new Map(proposals.map((p) => [p.id, p]));
    return comments.map((c) => {
      const proposal = c.proposalId ? byId.get(c.proposalId) : undefined;
      return {
        id: c.id,
        roundId: c.roundId,
        proposalId: c.proposalId,
        recipientName: proposal?.recipientName ?? null,
        proposalStatus: proposal?.status ?? null,
        body: c.body,
        authorName: c.authorName,
        contact: c.contact,
        status: c.status,
        handlingNote: c.handlingNote,
        handledAt: c.handledAt,
        createdAt: c.createdAt,
      };
    });
  }

  async handle(viewer: AuthUser, input: HandlePostingCommentInput, now = new Date()): Promise<PostingCommentModel> {
    const note = cleanLine(input.handlingNote);
    if (!note)
      throw new CommendationError('REASON_REQUIRED', 'The handling of a comment is written down', {
        field: 'handlingNote',
      });
    if (input.withdrawProposal && input.status !== 'ACCEPTED') {
      throw invalid('withdrawProposal', 'Only an accepted comment withdraws its proposal');
    }
    const roundId = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(PostingComment, { id: input.commentId });
      if (!found) throw new CommendationError('COMMENT_NOT_FOUND', 'No such comment');
      const round = await requireRound(manager, found.roundId, true);
      requireStep(round, 'HANDLE_COMMENT');
      const comment = (await manager.findOneBy(PostingComment, { id: found.id }))!;
      let withdrawn: string | null = null;
      if (input.withdrawProposal) {
        if (!comment.proposalId) throw invalid('withdrawProposal', 'The comment is about no proposal');
        const proposal = await manager.findOneBy(CommendationProposal, { id: comment.proposalId });
        if (!proposal || proposal.status !== 'PASSED') {
          throw new CommendationError('PROPOSAL_WRONG_STATUS', `The proposal is ${proposal?.status ?? 'gone'}`, {
            status: proposal?.status ?? null,
          });
        }
        await manager.update(CommendationProposal, { id: proposal.id }, { status: 'WITHDRAWN', statusReason: note });
        await recordCommendationEvent(manager, {
          roundId: round.id,
          proposalId: proposal.id,
          actorId: viewer.id,
          action: 'PROPOSAL_WITHDRAWN',
          detail: { from: proposal.status, commentId: comment.id },
          reason: note,
        });
        // An individual's withdrawal changes the share of members holding the form (MEMBER_SHARE).
        if (proposal.personId) await this.proposals.recheckCollectives(manager, round);
        withdrawn = proposal.id;
      }
      await manager.update(
        PostingComment,
        { id: comment.id },
        { status: input.status, handlingNote: note, handledBy: viewer.id, handledAt: now },
      );
      await recordCommendationEvent(manager, {
        roundId: round.id,
        proposalId: comment.proposalId,
        actorId: viewer.id,
        action: 'COMMENT_HANDLED',
        detail: { commentId: comment.id, from: comment.status, status: input.status, withdrawn },
        reason: note,
      });
      return round.id;
    });
    return (await this.comments(roundId)).find((c) => c.id === input.commentId)!;
  }

  async summary(roundId: string): Promise<CommentsSummaryModel> {
    const rows: { status: string; n: number }[] = await this.dataSource
      .createQueryBuilder(PostingComment, 'c')
      .select('c.status', 'status')
      .addSelect('count(*)::int', 'n')
      .where('c.roundId = :roundId', { roundId })
      .groupBy('c.status')
      .getRawMany();
    const of = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
    return {
      total: rows.reduce((sum, r) => sum + r.n, 0),
      fresh: of('NEW'),
      accepted: of('ACCEPTED'),
      dismissed: of('DISMISSED'),
      hidden: of('HIDDEN'),
    };
  }
}

/** A round residents may see: posted or decided; anything else does not exist for them. */
async function publicRound(manager: EntityManager, roundId: string): Promise<CommendationRound> {
  const round = isUUID(roundId) ? await manager.findOneBy(CommendationRound, { id: roundId }) : null;
  if (!round || (round.status !== 'POSTED' && round.status !== 'DECIDED')) {
    throw new CommendationError('ROUND_NOT_FOUND', 'No such posted list');
  }
  return round;
}
