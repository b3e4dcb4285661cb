import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { recordCommendationEvent } from '../commendation-audit.js';
import { CommendationError } from '../commendation.errors.js';
import { cleanLine } from '../council/council-text.js';
import type { RecordCommendationDecisionInput, RevokeCommendationInput } from '../dto/decision.input.js';
import { CommendationProposal } from '../entities/commendation-proposal.entity.js';
import { CommendationRound } from '../entities/commendation-round.entity.js';
import { PostingComment } from '../entities/posting-comment.entity.js';
import type { CommendationCertificateModel } from '../models/certificate.model.js';
import type { CanDecideModel } from '../models/posting.model.js';
import { decidedStatus, decisionCheck, validDecisionNumber } from '../council/round-stage.js';
import { requireRound } from '../proposals/rounds.service.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Dates of documents are the ward's calendar days. */
const localDay = (at: Date) => at.toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
const invalid = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  new CommendationError('DECISION_INVALID', message, { field, ...extra });

/** The chairman's decision (entered by the ward admin), revocations, and what the certificates print. */
@Injectable()
export class DecisionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async canDecide(
    round: { id: string; status: CommendationRound['status']; postingEndsAt: Date | null },
    now = new Date(),
  ): Promise<CanDecideModel> {
    const newComments = await this.dataSource.manager.countBy(PostingComment, { roundId: round.id, status: 'NEW' });
    return decisionCheck({ status: round.status, now, postingEndsAt: round.postingEndsAt, newComments });
  }

  async decide(viewer: AuthUser, input: RecordCommendationDecisionInput, now = new Date()): Promise<void> {
    const decisionNumber = cleanLine(input.decisionNumber);
    if (!validDecisionNumber(decisionNumber)) {
      throw invalid('decisionNumber', 'A decision number is like "12/QĐ-UBND" (at most 40 characters)');
    }
    const decisionDate = input.decisionDate.trim();
    const parsed = new Date(`${decisionDate}T00:00:00Z`);
    if (
      !DATE.test(decisionDate) ||
      Number.isNaN(parsed.getTime()) ||
      parsed.toISOString().slice(0, 10) !== decisionDate
    ) {
      throw invalid('decisionDate', 'The date is yyyy-mm-dd');
    }
    if (decisionDate > localDay(now)) throw invalid('decisionDate', 'The decision date is not in the future');
    const signer = {
      signerAuthority: cleanLine(input.signerAuthority),
      signerCapacity: input.signerCapacity ? cleanLine(input.signerCapacity) || null : null,
      signerTitle: cleanLine(input.signerTitle),
      signerName: cleanLine(input.signerName),
    };
    for (const field of ['signerAuthority', 'signerTitle', 'signerName'] as const) {
      if (!signer[field]) throw invalid(field, 'The signature block names the authority, the title and the signer');
    }
    await this.dataSource.transaction(async (manager) => {
      const round = await requireRound(manager, input.roundId, true);
      const newComments = await manager.countBy(PostingComment, { roundId: round.id, status: 'NEW' });
      const check = decisionCheck({ status: round.status, now, postingEndsAt: round.postingEndsAt, newComments });
      if (check.reason) {
        throw new CommendationError(check.reason, `The decision cannot be recorded yet (${check.reason})`, {
          status: round.status,
          postingEndsAt: round.postingEndsAt,
          newComments,
        });
      }
      if (round.postingStartsAt && decisionDate < localDay(round.postingStartsAt)) {
        throw invalid('decisionDate', 'The decision is not dated before the posting began', {
          postingStartsAt: round.postingStartsAt,
        });
      }
      const proposals = await manager.find(CommendationProposal, {
        where: { roundId: round.id },
        relations: { form: true },
      });
      const changed = { CONFERRED: 0, FORWARDED: 0 };
      for (const proposal of proposals) {
        const status = decidedStatus(proposal.status, proposal.form.authority);
        if (status === proposal.status) continue;
        await manager.update(CommendationProposal, { id: proposal.id }, { status });
        if (status === 'CONFERRED' || status === 'FORWARDED') changed[status] += 1;
      }
      await manager.update(
        CommendationRound,
        { id: round.id },
        { status: 'DECIDED', decisionNumber, decisionDate, ...signer, decidedAt: now, decidedBy: viewer.id },
      );
      await recordCommendationEvent(manager, {
        roundId: round.id,
        actorId: viewer.id,
        action: 'DECISION_RECORDED',
        detail: { decisionNumber, decisionDate, ...signer, conferred: changed.CONFERRED, forwarded: changed.FORWARDED },
      });
    });
  }

  async revoke(viewer: AuthUser, input: RevokeCommendationInput, now = new Date()): Promise<string> {
    const reason = cleanLine(input.reason);
    if (reason.length < 10) {
      throw new CommendationError('REASON_REQUIRED', 'A revocation states its reason (at least 10 characters)', {
        field: 'reason',
        minLength: 10,
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(CommendationProposal, { id: input.proposalId });
      if (!found) throw new CommendationError('PROPOSAL_NOT_FOUND', 'No such proposal');
      const round = await requireRound(manager, found.roundId, true);
      const proposal = (await manager.findOneBy(CommendationProposal, { id: found.id }))!;
      if (proposal.status !== 'CONFERRED') {
        throw new CommendationError('PROPOSAL_WRONG_STATUS', 'Only a conferred title is revoked', {
          status: proposal.status,
        });
      }
      await manager.update(
        CommendationProposal,
        { id: proposal.id },
        { status: 'REVOKED', statusReason: reason, revokedAt: now, revokedBy: viewer.id },
      );
      await recordCommendationEvent(manager, {
        roundId: round.id,
        proposalId: proposal.id,
        actorId: viewer.id,
        action: 'PROPOSAL_REVOKED',
        detail: { decisionNumber: round.decisionNumber, recipientName: proposal.recipientName },
        reason,
      });
      return round.id;
    });
  }

  async certificates(roundId: string, proposalId?: string | null): Promise<CommendationCertificateModel[]> {
    const manager = this.dataSource.manager;
    const round = await requireRound(manager, roundId);
    if (proposalId && !isUUID(proposalId)) throw new CommendationError('PROPOSAL_NOT_FOUND', 'No such proposal');
    const proposals = await manager.find(CommendationProposal, {
      where: { roundId: round.id, ...(proposalId ? { id: proposalId } : { status: 'CONFERRED' as const }) },
      relations: { form: true },
      order: { position: 'ASC', recipientName: 'ASC' },
    });
    if (proposalId) {
      const [one] = proposals;
      if (!one) throw new CommendationError('PROPOSAL_NOT_FOUND', 'No such proposal in the round');
      if (one.status === 'REVOKED') {
        throw new CommendationError('TITLE_REVOKED', 'The title was revoked: no certificate is printed', {
          revokedAt: one.revokedAt,
          reason: one.statusReason,
        });
      }
      if (one.status !== 'CONFERRED') {
        throw new CommendationError('PROPOSAL_WRONG_STATUS', 'Only a conferred title has a certificate', {
          status: one.status,
        });
      }
    }
    if (round.status !== 'DECIDED' || !round.decisionNumber || !round.decisionDate || proposals.length === 0) {
      throw new CommendationError('ROUND_WRONG_STAGE', 'Nothing is conferred in this round yet', {
        status: round.status,
      });
    }
    const printed = proposals
      .filter((p) => p.form.certificateHeading.trim() !== '')
      .sort((a, b) => a.form.position - b.form.position || a.position - b.position);
    const units = printed.length
      ? await manager.findBy(Unit, { id: In([...new Set(printed.map((p) => p.unitId))]) })
      : [];
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    return printed.map((p) => ({
      proposalId: p.id,
      heading: p.form.certificateHeading,
      formName: p.form.name,
      recipientName: p.recipientName,
      recipientDetail: p.recipientDetail,
      unitName: unitName.get(p.unitId) ?? '',
      achievements: p.achievements,
      decisionNumber: round.decisionNumber!,
      decisionDate: round.decisionDate!,
      signer: {
        authority: round.signerAuthority ?? '',
        capacity: round.signerCapacity,
        title: round.signerTitle ?? '',
        name: round.signerName ?? '',
      },
    }));
  }
}
