import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QuestionStatus, Role, validateQuestion, type QuestionProblem } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { recordDataAudit } from '../../common/audit/data-audit.js';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { ContentError } from './content.errors.js';
import type {
  CreateQuestionInput,
  QuestionContentInput,
  QuestionsFilterInput,
  UpdateQuestionInput,
} from './dto/question.input.js';
import { QuestionVersion } from './entities/question-version.entity.js';
import { Question } from './entities/question.entity.js';
import { ResolutionSection } from './entities/resolution-section.entity.js';
import { QuestionImagesService } from './images/question-images.service.js';
import type { QuestionModel } from './models/question.model.js';
import { buildVersion, normalizeLongText, type QuestionContent, type VersionFields } from './question-content.js';
import {
  applyQuestionContent,
  filteredQuestions,
  insertQuestions,
  loadQuestionModels,
  newQuestionKey,
} from './questions.repository.js';

/**
 * The question bank with its review workflow:
 *   DRAFT → IN_REVIEW (the author, or an admin, submits)
 *   IN_REVIEW → PUBLISHED (a reviewer or an admin) | → DRAFT with a reason (returned)
 *   any → ARCHIVED (a reviewer or an admin)
 * Editing a PUBLISHED question starts version n+1 as a DRAFT; the published version
 * stays in use until the new one is published (see Question).
 */
@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly images: QuestionImagesService,
  ) {}

  /** Newest first; `search` as in filteredQuestions (diacritics optional). */
  async listQuestions(filter: QuestionsFilterInput = {}): Promise<{ items: QuestionModel[]; total: number }> {
    const query = filteredQuestions(this.dataSource, filter);
    const total = await query.getCount();
    const rows = await query
      .orderBy('q.created_at', 'DESC')
      .addOrderBy('q.id', 'ASC')
      .limit(Math.min(filter.limit ?? 20, 100))
      .offset(filter.offset ?? 0)
      .getMany();
    return {
      items: await loadQuestionModels(
        this.dataSource.manager,
        rows.map((q) => q.id),
      ),
      total,
    };
  }

  async getQuestion(id: string, manager: EntityManager = this.dataSource.manager): Promise<QuestionModel> {
    const [model] = await loadQuestionModels(manager, [id]);
    if (!model) throw new ContentError('QUESTION_NOT_FOUND', 'No such question');
    return model;
  }

  async createQuestion(author: AuthUser, input: CreateQuestionInput): Promise<QuestionModel> {
    return this.dataSource.transaction(async (manager) => {
      const key = input.key?.trim().toUpperCase() || newQuestionKey();
      if (await manager.existsBy(Question, { key }))
        throw new ContentError('QUESTION_KEY_TAKEN', `Key ${key} is already used`);
      const fields = await this.validContent(manager, await this.contentOfInput(manager, input));
      const [id] = await insertQuestions(manager, [
        { key, status: QuestionStatus.DRAFT, fields, createdBy: author.id },
      ]);
      return this.getQuestion(id, manager);
    });
  }

  /**
   * Replaces the content. DRAFT and IN_REVIEW questions are edited in place (that
   * version was never published, so nothing can reference it) and keep their status;
   * a PUBLISHED question gets version n+1 as a DRAFT, and keeps being played with the
   * published version until the new one is published. Archived questions are frozen.
   */
  async updateQuestion(editor: AuthUser, input: UpdateQuestionInput): Promise<QuestionModel> {
    return this.dataSource.transaction(async (manager) => {
      const question = await this.lockQuestion(manager, input.id);
      this.assertMayEdit(editor, question);
      const fields = await this.validContent(manager, await this.contentOfInput(manager, input));
      await applyQuestionContent(manager, editor, question, fields, QuestionStatus.DRAFT);
      return this.getQuestion(question.id, manager);
    });
  }

  async submitQuestion(user: AuthUser, id: string): Promise<QuestionModel> {
    return this.transition(id, (manager, question) => this.submit(manager, user, question));
  }

  async publishQuestion(reviewer: AuthUser, id: string): Promise<QuestionModel> {
    return this.transition(id, (manager, question) => this.publish(manager, reviewer, question));
  }

  /**
   * Submits (DRAFT → IN_REVIEW) or publishes (IN_REVIEW → PUBLISHED) many questions in one
   * transaction, each by the same rules as one at a time; a question refused (wrong status,
   * not the user's, content that breaks a rule) is listed with why and does not change, the
   * others do.
   */
  async reviewQuestions(
    user: AuthUser,
    ids: readonly string[],
    action: 'SUBMIT' | 'PUBLISH',
  ): Promise<{ done: string[]; refusals: { questionId: string; key: string; reason: string; message: string }[] }> {
    return this.dataSource.transaction(async (manager) => {
      const unique = [...new Set(ids)];
      // In id order, as every bulk lock should be, so two bulk actions cannot deadlock.
      const questions = await manager
        .createQueryBuilder(Question, 'q')
        .where('q.id IN (:...ids)', { ids: unique })
        .orderBy('q.id')
        .setLock('pessimistic_write')
        .getMany();
      const byId = new Map(questions.map((q) => [q.id, q]));
      const done: string[] = [];
      const refusals: { questionId: string; key: string; reason: string; message: string }[] = [];
      for (const id of unique) {
        const question = byId.get(id);
        if (!question) {
          refusals.push({ questionId: id, key: '', reason: 'QUESTION_NOT_FOUND', message: 'No such question' });
          continue;
        }
        try {
          if (action === 'SUBMIT') await this.submit(manager, user, question);
          else await this.publish(manager, user, question);
          done.push(id);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          refusals.push({ questionId: id, key: question.key, reason: error.reason, message: error.message });
        }
      }
      return { done, refusals };
    });
  }

  async returnQuestion(_reviewer: AuthUser, id: string, reason: string): Promise<QuestionModel> {
    return this.transition(id, async (manager, question) => {
      this.assertStatus(question, [QuestionStatus.IN_REVIEW]);
      await manager.update(Question, question.id, {
        status: QuestionStatus.DRAFT,
        returnReason: normalizeLongText(reason),
      });
    });
  }

  /** Archived questions leave quizzes and draws; their versions stay for past games. */
  async archiveQuestion(_reviewer: AuthUser, id: string): Promise<QuestionModel> {
    return this.transition(id, async (manager, question) => {
      this.assertStatus(question, [QuestionStatus.DRAFT, QuestionStatus.IN_REVIEW, QuestionStatus.PUBLISHED]);
      await manager.update(Question, question.id, { status: QuestionStatus.ARCHIVED });
    });
  }

  // ---- internals ----

  /** Checks before writing, so a refusal (thrown) leaves the question as it was. */
  private async submit(manager: EntityManager, user: AuthUser, question: Question): Promise<void> {
    if (user.role !== Role.ADMIN && question.createdBy !== user.id) {
      throw new ContentError('QUESTION_NOT_YOURS', 'Only its author or an admin submits a question for review');
    }
    this.assertStatus(question, [QuestionStatus.DRAFT]);
    const version = await this.assertValid(manager, question);
    await manager.update(Question, question.id, { status: QuestionStatus.IN_REVIEW, returnReason: null });
    await this.audit(manager, user, 'QUESTION_SUBMITTED', question, version);
  }

  private async publish(manager: EntityManager, reviewer: AuthUser, question: Question): Promise<void> {
    this.assertStatus(question, [QuestionStatus.IN_REVIEW]);
    const version = await this.assertValid(manager, question);
    await manager.update(QuestionVersion, question.currentVersionId!, {
      publishedAt: new Date(),
      publishedBy: reviewer.id,
    });
    await manager.update(Question, question.id, {
      status: QuestionStatus.PUBLISHED,
      publishedVersionId: question.currentVersionId,
      returnReason: null,
    });
    await this.audit(manager, reviewer, 'QUESTION_PUBLISHED', question, version);
  }

  /** One event a question sent on, with the change's manager: in its transaction, undone with it. */
  private async audit(
    manager: EntityManager,
    user: AuthUser,
    action: 'QUESTION_SUBMITTED' | 'QUESTION_PUBLISHED',
    question: Question,
    version: QuestionVersion,
  ): Promise<void> {
    await recordDataAudit(manager, {
      actorId: user.id,
      action,
      subjectType: 'QUESTION',
      subjectId: question.id,
      unitId: null,
      details: { key: question.key, version: version.version, versionId: version.id },
    });
  }

  /**
   * The current version against today's rules: a version saved under older rules (or
   * written by hand) that breaks one is not sent on; QUESTION_INVALID lists every problem.
   */
  private async assertValid(manager: EntityManager, question: Question): Promise<QuestionVersion> {
    const version = await manager.findOneByOrFail(QuestionVersion, { id: question.currentVersionId! });
    const problems = validateQuestion(version);
    if (problems.length > 0)
      throw new ContentError('QUESTION_INVALID', problems.map((p) => p.message).join('; '), { problems });
    return version;
  }

  private async transition(
    id: string,
    change: (manager: EntityManager, question: Question) => Promise<void>,
  ): Promise<QuestionModel> {
    return this.dataSource.transaction(async (manager) => {
      const question = await this.lockQuestion(manager, id);
      await change(manager, question);
      return this.getQuestion(id, manager);
    });
  }

  private async lockQuestion(manager: EntityManager, id: string): Promise<Question> {
    const question = await manager.findOne(Question, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!question) throw new ContentError('QUESTION_NOT_FOUND', 'No such question');
    return question;
  }

  /** Admins and reviewers edit any question; a host only their own. */
  private assertMayEdit(user: AuthUser, question: Question): void {
    if (user.role === Role.HOST && question.createdBy !== user.id) {
      throw new ContentError('QUESTION_NOT_YOURS', 'Hosts edit only the questions they wrote');
    }
    if (question.status === QuestionStatus.ARCHIVED) {
      throw new ContentError('QUESTION_WRONG_STATUS', 'An archived question cannot be edited', {
        status: question.status,
      });
    }
  }

  private assertStatus(question: Question, allowed: QuestionStatus[]): void {
    if (!allowed.includes(question.status)) {
      throw new ContentError(
        'QUESTION_WRONG_STATUS',
        `This needs a question in status ${allowed.join(' or ')}; it is ${question.status}`,
        {
          status: question.status,
        },
      );
    }
  }

  /** The input as content, its image looked up among the uploads (refused naming `image` if unknown). */
  private async contentOfInput(manager: EntityManager, input: QuestionContentInput): Promise<QuestionContent> {
    const image = input.image ? await this.images.refFor(manager, input.image.hash, input.image.alt) : null;
    if (input.image && !image) {
      const problem: QuestionProblem = {
        field: 'image',
        reason: 'UNKNOWN_IMAGE',
        message: 'The image was not uploaded',
      };
      throw new ContentError('QUESTION_INVALID', problem.message, { problems: [problem] });
    }
    return { ...contentOfInput(input), image };
  }

  /** Builds and validates; the section must exist. Throws QUESTION_INVALID listing every problem. */
  private async validContent(manager: EntityManager, content: QuestionContent): Promise<VersionFields> {
    const { fields, problems } = buildVersion(content);
    const all: QuestionProblem[] = [...problems];
    if (content.sectionId && !(await manager.existsBy(ResolutionSection, { id: content.sectionId }))) {
      all.push({ field: 'section', reason: 'UNKNOWN_SECTION', message: 'The section does not exist' });
    }
    if (all.length > 0) {
      throw new ContentError('QUESTION_INVALID', all.map((p) => p.message).join('; '), { problems: all });
    }
    return fields;
  }
}

function contentOfInput(input: QuestionContentInput): QuestionContent {
  return {
    type: input.type,
    prompt: input.prompt,
    options: input.options.map((o) => o.text),
    // ORDERING: the options are given in the correct order.
    correct:
      input.type === 'ORDERING'
        ? input.options.map((_, i) => i)
        : input.options.flatMap((o, i) => (o.correct ? [i] : [])),
    numeric: input.numeric
      ? { answer: input.numeric.answer, tolerance: input.numeric.tolerance, unit: input.numeric.unit ?? null }
      : null,
    explanation: input.explanation,
    sectionId: input.sectionId,
    difficulty: input.difficulty,
    tags: input.tags ?? [],
    timeLimitSeconds: input.timeLimitSeconds,
    doublePoints: input.doublePoints ?? false,
    keepOrder: input.keepOrder ?? undefined,
  };
}
