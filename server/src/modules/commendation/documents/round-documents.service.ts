import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommendationDocumentKind } from '@thidua/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { packDocument, type Block } from '../../../common/docx/administrative-document.js';
import { CommendationError } from '../commendation.errors.js';
import { recordCommendationEvent } from '../commendation-audit.js';
import { CommendationRound, type ReviewNarrative } from '../entities/commendation-round.entity.js';
import { achievementReportDocument } from './achievement-report.document.js';
import { decisionDocument } from './decision.document.js';
import type { RoundNarrativeModel, UpdateRoundNarrativeInput } from './document-settings.model.js';
import { minutesDocument } from './minutes.document.js';
import { reviewReportDocument } from './review-report.document.js';
import { RoundDocumentsLoader } from './round-documents.loader.js';
import { submissionDocument } from './submission.document.js';

/** The file names (ASCII, readable): the controller adds the UTF-8 name too. */
const FILE_NAMES: Record<CommendationDocumentKind, string> = {
  SUBMISSION: 'Tờ trình khen thưởng',
  MINUTES: 'Biên bản họp xét khen thưởng',
  ACHIEVEMENT_REPORT: 'Báo cáo thành tích',
  DECISION: 'Quyết định khen thưởng',
  REVIEW_REPORT: 'Báo cáo sơ kết, tổng kết',
};

export const NARRATIVE_LIMIT = 20_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const requireUuid = (id: string) => {
  if (!UUID.test(id)) throw new CommendationError('ROUND_NOT_FOUND', 'No such round');
};

/** Builds the round's documents (DOCX) and keeps the review report's narrative. */
@Injectable()
export class RoundDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: RoundDocumentsLoader,
  ) {}

  async build(roundId: string, kind: string, unitId?: string): Promise<{ fileName: string; content: Buffer }> {
    if (!(kind in FILE_NAMES)) {
      throw new CommendationError('ROUND_INVALID', `No such document: ${kind}`, { field: 'kind' });
    }
    const facts = await this.loader.round(roundId);
    let doc: { title: string; blocks: Block[] };
    let suffix = '';
    switch (kind as CommendationDocumentKind) {
      case 'SUBMISSION':
        doc = submissionDocument(facts);
        break;
      case 'MINUTES':
        doc = minutesDocument(facts);
        break;
      case 'DECISION':
        doc = decisionDocument(facts);
        break;
      case 'REVIEW_REPORT':
        doc = reviewReportDocument(facts);
        break;
      case 'ACHIEVEMENT_REPORT': {
        if (!unitId) throw new CommendationError('PROPOSAL_NOT_FOUND', 'Name the unit (unitId)', { field: 'unitId' });
        const unit = await this.loader.unit(facts, unitId);
        doc = achievementReportDocument(facts, unit);
        suffix = ` - ${unit.unit.name}`;
        break;
      }
    }
    const content = await packDocument(doc.blocks, doc.title);
    return { fileName: `${FILE_NAMES[kind as CommendationDocumentKind]}${suffix}.docx`, content };
  }

  async updateNarrative(viewer: AuthUser, input: UpdateRoundNarrativeInput): Promise<RoundNarrativeModel> {
    const narrative: ReviewNarrative = {
      results: clean(input.results),
      limitations: clean(input.limitations),
      directions: clean(input.directions),
    };
    for (const field of ['results', 'limitations', 'directions'] as const) {
      if (narrative[field].length > NARRATIVE_LIMIT) {
        throw new CommendationError('ROUND_INVALID', `The ${field} section is too long`, {
          field,
          max: NARRATIVE_LIMIT,
        });
      }
    }
    requireUuid(input.roundId);
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.findOne(CommendationRound, {
        where: { id: input.roundId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!round) throw new CommendationError('ROUND_NOT_FOUND', 'No such round');
      await manager.update(CommendationRound, { id: round.id }, { narrative });
      await recordCommendationEvent(manager, {
        roundId: round.id,
        actorId: viewer.id,
        action: 'NARRATIVE_UPDATED',
        detail: { before: round.narrative, after: narrative },
      });
      return { roundId: round.id, ...narrative };
    });
  }

  async narrative(roundId: string): Promise<RoundNarrativeModel> {
    requireUuid(roundId);
    const round = await this.dataSource.manager.findOne(CommendationRound, { where: { id: roundId } });
    if (!round) throw new CommendationError('ROUND_NOT_FOUND', 'No such round');
    const n = round.narrative ?? { results: '', limitations: '', directions: '' };
    return { roundId, results: n.results ?? '', limitations: n.limitations ?? '', directions: n.directions ?? '' };
  }
}

/** NFC, no trailing spaces on lines, at most one empty line between paragraphs. */
const clean = (text: string) =>
  text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
