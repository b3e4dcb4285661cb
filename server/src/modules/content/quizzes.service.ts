import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeText, QuestionStatus, questionPoints, QuizMode, Role } from '@thidua/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { ContentError } from './content.errors.js';
import type { CreateQuizInput, QuizDrawRuleInput, UpdateQuizInput } from './dto/quiz.input.js';
import { QuestionVersion } from './entities/question-version.entity.js';
import { Question } from './entities/question.entity.js';
import { QuizDrawRule } from './entities/quiz-draw-rule.entity.js';
import { QuizItem } from './entities/quiz-item.entity.js';
import { Quiz } from './entities/quiz.entity.js';
import { ResolutionSection } from './entities/resolution-section.entity.js';
import type { PlayerQuestionModel, PlayerQuizModel } from './models/player-quiz.model.js';
import { toQuizModel, type QuizModel } from './models/quiz.model.js';
import { normalizeLongText, shuffled, shuffledAway } from './question-content.js';
import { loadQuestionModels } from './questions.repository.js';

/**
 * Quizzes: a FIXED ordered list of questions or DRAW rules. Whatever the mode, what a
 * game asks is a question's *published* version at the time it starts; draft or
 * archived questions are skipped.
 */
@Injectable()
export class QuizzesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<QuizModel[]> {
    const quizzes = await this.dataSource.getRepository(Quiz).find({ order: { createdAt: 'DESC' } });
    return this.toModels(this.dataSource.manager, quizzes);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<QuizModel> {
    const quiz = await manager.findOneBy(Quiz, { id });
    if (!quiz) throw new ContentError('QUIZ_NOT_FOUND', 'No such quiz');
    return (await this.toModels(manager, [quiz]))[0];
  }

  async create(author: AuthUser, input: CreateQuizInput): Promise<QuizModel> {
    return this.dataSource.transaction(async (manager) => {
      const quiz = await manager.save(
        manager.create(Quiz, {
          title: normalizeText(input.title),
          description: normalizeLongText(input.description ?? ''),
          mode: input.mode,
          shuffleOptions: input.shuffleOptions ?? true,
          createdBy: author.id,
        }),
      );
      await this.replaceContents(manager, quiz, input.questionIds ?? [], input.drawRules ?? []);
      return this.get(quiz.id, manager);
    });
  }

  /** Given lists replace the old ones; the mode decides which of the two is kept. */
  async update(editor: AuthUser, input: UpdateQuizInput): Promise<QuizModel> {
    return this.dataSource.transaction(async (manager) => {
      const quiz = await this.lockOwned(manager, editor, input.id);
      const modeChanged = input.mode !== undefined && input.mode !== quiz.mode;
      Object.assign(quiz, {
        title: input.title !== undefined ? normalizeText(input.title) : quiz.title,
        description: input.description !== undefined ? normalizeLongText(input.description) : quiz.description,
        mode: input.mode ?? quiz.mode,
        shuffleOptions: input.shuffleOptions ?? quiz.shuffleOptions,
      });
      await manager.save(quiz);
      if (input.questionIds !== undefined || input.drawRules !== undefined || modeChanged) {
        const items =
          input.questionIds ??
          (await manager.find(QuizItem, { where: { quizId: quiz.id }, order: { position: 'ASC' } })).map(
            (i) => i.questionId,
          );
        const rules =
          input.drawRules ??
          (await manager.find(QuizDrawRule, { where: { quizId: quiz.id }, order: { position: 'ASC' } }));
        await this.replaceContents(manager, quiz, items, rules);
      }
      return this.get(quiz.id, manager);
    });
  }

  async delete(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockOwned(manager, user, id);
      await manager.delete(Quiz, id);
    });
  }

  /**
   * The quiz as a player's phone receives it: published versions, no answer, no
   * explanation, no section; options in display order (shuffled per call when the quiz
   * says so; ORDERING always, never in the correct order). DRAW quizzes: one random draw.
   */
  async playerQuiz(id: string): Promise<PlayerQuizModel> {
    const manager = this.dataSource.manager;
    const quiz = await manager.findOneBy(Quiz, { id });
    if (!quiz) throw new ContentError('QUIZ_NOT_FOUND', 'No such quiz');
    const versions =
      quiz.mode === QuizMode.FIXED
        ? await this.fixedVersions(manager, quiz.id)
        : await this.drawVersions(manager, quiz.id);
    return {
      id: quiz.id,
      title: quiz.title,
      description: quiz.description,
      questions: versions.map((v, index) => toPlayerQuestion(v, index + 1, quiz.shuffleOptions)),
    };
  }

  // ---- internals ----

  private async fixedVersions(manager: EntityManager, quizId: string): Promise<QuestionVersion[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT q.published_version_id AS id FROM quiz_item i JOIN question q ON q.id = i.question_id
       WHERE i.quiz_id = $1 AND q.published_version_id IS NOT NULL AND q.status <> 'ARCHIVED' ORDER BY i.position`,
      [quizId],
    );
    const versions = await manager.findBy(QuestionVersion, { id: In(rows.map((r) => r.id)) });
    const byId = new Map(versions.map((v) => [v.id, v]));
    return rows.flatMap((r) => byId.get(r.id) ?? []);
  }

  private async drawVersions(manager: EntityManager, quizId: string): Promise<QuestionVersion[]> {
    const rules = await manager.find(QuizDrawRule, { where: { quizId }, order: { position: 'ASC' } });
    const picked: QuestionVersion[] = [];
    for (const rule of rules) {
      const query = manager
        .createQueryBuilder(QuestionVersion, 'v')
        .innerJoin(Question, 'q', 'q.published_version_id = v.id')
        .where('q.status <> :archived', { archived: QuestionStatus.ARCHIVED });
      if (rule.sectionId) query.andWhere('v.section_id = :sectionId', { sectionId: rule.sectionId });
      if (rule.tag) query.andWhere(':tag = ANY(v.tags)', { tag: rule.tag });
      if (rule.difficulty) query.andWhere('v.difficulty = :difficulty', { difficulty: rule.difficulty });
      if (picked.length > 0) query.andWhere('v.id NOT IN (:...picked)', { picked: picked.map((v) => v.id) });
      picked.push(...(await query.orderBy('random()').limit(rule.count).getMany()));
    }
    return shuffled(picked);
  }

  private async lockOwned(manager: EntityManager, user: AuthUser, id: string): Promise<Quiz> {
    const quiz = await manager.findOne(Quiz, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!quiz) throw new ContentError('QUIZ_NOT_FOUND', 'No such quiz');
    if (user.role === Role.HOST && quiz.createdBy !== user.id)
      throw new ContentError('QUIZ_NOT_YOURS', 'Hosts change only their own quizzes');
    return quiz;
  }

  private async replaceContents(
    manager: EntityManager,
    quiz: Quiz,
    questionIds: string[],
    rules: Pick<QuizDrawRuleInput, 'sectionId' | 'tag' | 'difficulty' | 'count'>[],
  ): Promise<void> {
    await manager.delete(QuizItem, { quizId: quiz.id });
    await manager.delete(QuizDrawRule, { quizId: quiz.id });
    if (quiz.mode === QuizMode.FIXED && questionIds.length > 0) {
      if (new Set(questionIds).size !== questionIds.length)
        throw new ContentError('QUIZ_INVALID', 'A question appears twice in the quiz');
      const found = await manager.countBy(Question, { id: In(questionIds) });
      if (found !== questionIds.length) throw new ContentError('QUIZ_INVALID', 'Some questions do not exist');
      await manager.insert(
        QuizItem,
        questionIds.map((questionId, position) => ({ quizId: quiz.id, questionId, position })),
      );
    }
    if (quiz.mode === QuizMode.DRAW && rules.length > 0) {
      const sectionIds = [...new Set(rules.flatMap((r) => (r.sectionId ? [r.sectionId] : [])))];
      if (
        sectionIds.length > 0 &&
        (await manager.countBy(ResolutionSection, { id: In(sectionIds) })) !== sectionIds.length
      ) {
        throw new ContentError('QUIZ_INVALID', 'A draw rule names a section that does not exist');
      }
      await manager.insert(
        QuizDrawRule,
        rules.map((r, position) => ({
          quizId: quiz.id,
          position,
          sectionId: r.sectionId ?? null,
          tag: r.tag ? normalizeText(r.tag) : null,
          difficulty: r.difficulty ?? null,
          count: r.count,
        })),
      );
    }
  }

  private async toModels(manager: EntityManager, quizzes: Quiz[]): Promise<QuizModel[]> {
    if (quizzes.length === 0) return [];
    const ids = quizzes.map((q) => q.id);
    const items = await manager.find(QuizItem, { where: { quizId: In(ids) }, order: { position: 'ASC' } });
    const rules = await manager.find(QuizDrawRule, { where: { quizId: In(ids) }, order: { position: 'ASC' } });
    const questions = new Map(
      (
        await loadQuestionModels(
          manager,
          items.map((i) => i.questionId),
        )
      ).map((q) => [q.id, q]),
    );
    return quizzes.map((quiz) =>
      toQuizModel(
        quiz,
        items
          .filter((i) => i.quizId === quiz.id)
          .map((i) => ({ position: i.position, question: questions.get(i.questionId)! })),
        rules.filter((r) => r.quizId === quiz.id),
      ),
    );
  }
}

/** Only what a player may see before the reveal. */
function toPlayerQuestion(v: QuestionVersion, position: number, shuffleOptions: boolean): PlayerQuestionModel {
  const key = v.answerKey;
  let options = v.options.map((o) => ({ id: o.id, text: o.text }));
  if (key.type === 'ORDERING') {
    // Never the correct order, whatever the stored order is.
    const correct = key.correctOptionIds.map((id) => options.find((o) => o.id === id)!);
    options = shuffledAway(correct);
  } else if (shuffleOptions && key.type !== 'TRUE_FALSE' && !v.keepOrder) {
    options = shuffled(options);
  }
  return {
    versionId: v.id,
    position,
    type: v.type,
    prompt: v.prompt,
    options,
    unit: key.type === 'NUMERIC' ? (key.numeric.unit ?? null) : null,
    timeLimitSeconds: v.timeLimitSeconds,
    points: questionPoints(v.doublePoints),
  };
}
