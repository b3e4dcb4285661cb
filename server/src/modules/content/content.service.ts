import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldForSearch, normalizeText, QuestionStatus, Role, type QuestionProblem } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { readTabularFile, TabularFileError } from '../../common/import/tabular-file.js';
import type { ImportRowError } from '../../common/import/import-row-error.js';
import { ContentError } from './content.errors.js';
import type {
  CreateQuestionInput,
  QuestionContentInput,
  QuestionsFilterInput,
  UpdateQuestionInput,
} from './dto/question.input.js';
import type {
  CreateResolutionInput,
  CreateSectionInput,
  UpdateResolutionInput,
  UpdateSectionInput,
} from './dto/resolution.input.js';
import { QuestionVersion } from './entities/question-version.entity.js';
import { Question } from './entities/question.entity.js';
import { ResolutionSection } from './entities/resolution-section.entity.js';
import { Resolution } from './entities/resolution.entity.js';
import type { QuestionModel } from './models/question.model.js';
import {
  toResolutionModel,
  toSectionModel,
  type ResolutionModel,
  type ResolutionSectionModel,
} from './models/resolution.model.js';
import {
  buildVersion,
  contentOf,
  contentSignature,
  normalizeLongText,
  type QuestionContent,
  type VersionFields,
} from './question-content.js';
import { validateQuestionFile, writeQuestionsCsv, writeQuestionsXlsx, type QuestionFileRow } from './question-file.js';
import { insertQuestions, loadQuestionModels, newQuestionKey } from './questions.repository.js';

export interface QuestionImportResult {
  ok: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportRowError[];
}

/** Roles that may see answers and author questions. */
export const AUTHOR_ROLES: Role[] = [Role.ADMIN, Role.REVIEWER, Role.HOST];
/** Roles that may publish, return and archive. */
export const REVIEW_ROLES: Role[] = [Role.ADMIN, Role.REVIEWER];
const EXPORT_LIMIT = 2000;

/**
 * Resolutions, their sections and the question bank with its review workflow:
 *   DRAFT → IN_REVIEW (the author, or an admin, submits)
 *   IN_REVIEW → PUBLISHED (a reviewer or an admin) | → DRAFT with a reason (returned)
 *   any → ARCHIVED (a reviewer or an admin)
 * Editing a PUBLISHED question starts version n+1 as a DRAFT; the published version
 * stays in use until the new one is published (see Question).
 */
@Injectable()
export class ContentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // ---- Resolutions and sections ----

  async listResolutions(): Promise<ResolutionModel[]> {
    const resolutions = await this.dataSource.getRepository(Resolution).find({ order: { createdAt: 'DESC' } });
    const sections = await this.dataSource
      .getRepository(ResolutionSection)
      .find({ order: { position: 'ASC', key: 'ASC' } });
    return resolutions.map((r) =>
      toResolutionModel(
        r,
        sections.filter((s) => s.resolutionId === r.id),
      ),
    );
  }

  async getResolution(id: string, manager: EntityManager = this.dataSource.manager): Promise<ResolutionModel> {
    const resolution = await manager.findOneBy(Resolution, { id });
    if (!resolution) throw new ContentError('RESOLUTION_NOT_FOUND', 'No such resolution');
    const sections = await manager.find(ResolutionSection, {
      where: { resolutionId: id },
      order: { position: 'ASC', key: 'ASC' },
    });
    return toResolutionModel(resolution, sections);
  }

  async createResolution(input: CreateResolutionInput): Promise<ResolutionModel> {
    const code = input.code.trim().toUpperCase();
    const repo = this.dataSource.getRepository(Resolution);
    if (await repo.existsBy({ code })) throw new ContentError('RESOLUTION_CODE_TAKEN', `Code ${code} is already used`);
    const saved = await repo.save(
      repo.create({
        code,
        title: normalizeText(input.title),
        issuedOn: input.issuedOn ?? null,
        summary: normalizeLongText(input.summary ?? ''),
      }),
    );
    return this.getResolution(saved.id);
  }

  async updateResolution(input: UpdateResolutionInput): Promise<ResolutionModel> {
    const repo = this.dataSource.getRepository(Resolution);
    const resolution = await repo.findOneBy({ id: input.id });
    if (!resolution) throw new ContentError('RESOLUTION_NOT_FOUND', 'No such resolution');
    const code = input.code?.trim().toUpperCase() ?? resolution.code;
    if (code !== resolution.code && (await repo.existsBy({ code }))) {
      throw new ContentError('RESOLUTION_CODE_TAKEN', `Code ${code} is already used`);
    }
    Object.assign(resolution, {
      code,
      title: input.title !== undefined ? normalizeText(input.title) : resolution.title,
      issuedOn: input.issuedOn !== undefined ? input.issuedOn : resolution.issuedOn,
      summary: input.summary !== undefined ? normalizeLongText(input.summary) : resolution.summary,
    });
    await repo.save(resolution);
    return this.getResolution(resolution.id);
  }

  async createSection(input: CreateSectionInput): Promise<ResolutionSectionModel> {
    if (!(await this.dataSource.getRepository(Resolution).existsBy({ id: input.resolutionId }))) {
      throw new ContentError('RESOLUTION_NOT_FOUND', 'No such resolution');
    }
    const repo = this.dataSource.getRepository(ResolutionSection);
    const key = input.key.trim();
    if (await repo.existsBy({ resolutionId: input.resolutionId, key })) {
      throw new ContentError('SECTION_KEY_TAKEN', `Section ${key} already exists`);
    }
    const position = input.position ?? (await repo.countBy({ resolutionId: input.resolutionId }));
    const section = await repo.save(
      repo.create({
        resolutionId: input.resolutionId,
        key,
        kind: input.kind,
        title: normalizeText(input.title),
        body: normalizeLongText(input.body ?? ''),
        position,
      }),
    );
    return toSectionModel(section);
  }

  async updateSection(input: UpdateSectionInput): Promise<ResolutionSectionModel> {
    const repo = this.dataSource.getRepository(ResolutionSection);
    const section = await repo.findOneBy({ id: input.id });
    if (!section) throw new ContentError('SECTION_NOT_FOUND', 'No such section');
    const key = input.key?.trim() ?? section.key;
    if (key !== section.key && (await repo.existsBy({ resolutionId: section.resolutionId, key }))) {
      throw new ContentError('SECTION_KEY_TAKEN', `Section ${key} already exists`);
    }
    Object.assign(section, {
      key,
      kind: input.kind ?? section.kind,
      title: input.title !== undefined ? normalizeText(input.title) : section.title,
      body: input.body !== undefined ? normalizeLongText(input.body) : section.body,
      position: input.position ?? section.position,
    });
    return toSectionModel(await repo.save(section));
  }

  // ---- Questions ----

  /**
   * Newest first. `search` matches every word, diacritics optional, in the current
   * version's prompt, options and topics (folded `search_text`, one LIKE per word).
   */
  async listQuestions(filter: QuestionsFilterInput = {}): Promise<{ items: QuestionModel[]; total: number }> {
    const query = this.filteredQuestions(filter);
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
      const fields = await this.validContent(manager, contentOfInput(input));
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
      const fields = await this.validContent(manager, contentOfInput(input));
      await this.applyContent(manager, editor, question, fields, QuestionStatus.DRAFT);
      return this.getQuestion(question.id, manager);
    });
  }

  async submitQuestion(user: AuthUser, id: string): Promise<QuestionModel> {
    return this.transition(id, async (manager, question) => {
      if (user.role !== Role.ADMIN && question.createdBy !== user.id) {
        throw new ContentError('QUESTION_NOT_YOURS', 'Only its author or an admin submits a question for review');
      }
      this.assertStatus(question, [QuestionStatus.DRAFT]);
      await manager.update(Question, question.id, { status: QuestionStatus.IN_REVIEW, returnReason: null });
    });
  }

  async publishQuestion(reviewer: AuthUser, id: string): Promise<QuestionModel> {
    return this.transition(id, async (manager, question) => {
      this.assertStatus(question, [QuestionStatus.IN_REVIEW]);
      await manager.update(QuestionVersion, question.currentVersionId!, {
        publishedAt: new Date(),
        publishedBy: reviewer.id,
      });
      await manager.update(Question, question.id, {
        status: QuestionStatus.PUBLISHED,
        publishedVersionId: question.currentVersionId,
        returnReason: null,
      });
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

  // ---- Import / export ----

  /**
   * Every row is validated first; with any bad row nothing is written and every bad row
   * is reported. New questions start IN_REVIEW: an import is its author submitting a
   * batch, and a reviewer still publishes each question. A row whose "Mã câu hỏi"
   * matches a question updates it (a new version when published, nothing when identical).
   */
  async importQuestions(
    importer: AuthUser,
    fileName: string,
    content: Buffer,
    resolutionId: string,
    dryRun: boolean,
  ): Promise<QuestionImportResult> {
    let file;
    try {
      file = await readTabularFile(fileName, content);
    } catch (error) {
      if (!(error instanceof TabularFileError)) throw error;
      return {
        ok: false,
        created: 0,
        updated: 0,
        unchanged: 0,
        errors: [{ line: 0, column: null, reason: 'FILE_UNREADABLE', message: error.message }],
      };
    }
    return this.dataSource
      .transaction(async (manager) => {
        // One import at a time: duplicates are checked against a bank that cannot change meanwhile.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['content.import']);
        if (!(await manager.existsBy(Resolution, { id: resolutionId })))
          throw new ContentError('RESOLUTION_NOT_FOUND', 'No such resolution');
        const sections = await manager.find(ResolutionSection, { where: { resolutionId } });
        const bank: { key: string; prompt: string }[] = await manager.query(
          'SELECT q.key, v.prompt FROM question q JOIN question_version v ON v.id = q.current_version_id',
        );
        const { questions, errors } = validateQuestionFile(file, {
          sectionIdByKey: new Map(sections.map((s) => [s.key, s.id])),
          keyByFoldedPrompt: new Map(bank.map((b) => [foldForSearch(b.prompt), b.key])),
        });
        const existingKeys = new Set(bank.map((b) => b.key));
        const result: QuestionImportResult = { ok: errors.length === 0, created: 0, updated: 0, unchanged: 0, errors };
        if (!result.ok) return result;

        const fresh = questions.filter((q) => q.key === null || !existingKeys.has(q.key));
        result.created = fresh.length;
        const changes = questions.filter((q) => q.key !== null && existingKeys.has(q.key));
        for (const row of changes) {
          const question = await manager.findOneOrFail(Question, {
            where: { key: row.key! },
            lock: { mode: 'pessimistic_write' },
          });
          if (
            question.status === QuestionStatus.ARCHIVED ||
            (importer.role === Role.HOST && question.createdBy !== importer.id)
          ) {
            result.errors.push({
              line: row.line,
              column: 'Mã câu hỏi',
              reason: question.status === QuestionStatus.ARCHIVED ? 'QUESTION_ARCHIVED' : 'QUESTION_NOT_YOURS',
              message: `Không thể cập nhật câu hỏi ${row.key}`,
            });
            continue;
          }
          const changed = dryRun
            ? await this.differs(manager, question, row.content)
            : await this.applyContent(
                manager,
                importer,
                question,
                buildVersion(row.content).fields,
                QuestionStatus.IN_REVIEW,
              );
          if (changed) result.updated += 1;
          else result.unchanged += 1;
        }
        if (result.errors.length > 0) {
          // Rolls the transaction back: all or nothing.
          if (!dryRun) throw new ImportRefused({ ...result, ok: false, created: 0, updated: 0, unchanged: 0 });
          return { ...result, ok: false };
        }
        if (!dryRun) {
          await insertQuestions(
            manager,
            fresh.map((q) => ({
              key: q.key ?? newQuestionKey(),
              status: QuestionStatus.IN_REVIEW,
              fields: buildVersion(q.content).fields,
              createdBy: importer.id,
            })),
          );
        }
        return result;
      })
      .catch((error: unknown) => {
        if (error instanceof ImportRefused) return error.result;
        throw error;
      });
  }

  /** The current version of every matching question (at most 2000), as a file that re-imports cleanly. */
  async exportQuestions(
    filter: QuestionsFilterInput,
    format: 'xlsx' | 'csv' = 'xlsx',
  ): Promise<{ fileName: string; content: Buffer }> {
    const rows = await this.filteredQuestions(filter)
      .orderBy('q.created_at', 'ASC')
      .addOrderBy('q.id', 'ASC')
      .limit(EXPORT_LIMIT)
      .getMany();
    const models = await loadQuestionModels(
      this.dataSource.manager,
      rows.map((q) => q.id),
    );
    const versions = await this.dataSource.getRepository(QuestionVersion).find({
      where: models.map((m) => ({ id: m.currentVersion.id })),
      relations: { section: true },
    });
    const byId = new Map(versions.map((v) => [v.id, v]));
    const fileRows: QuestionFileRow[] = models.map((m) => {
      const v = byId.get(m.currentVersion.id)!;
      return { key: m.key, sectionKey: v.section.key, content: contentOf(v) };
    });
    const date = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    return format === 'csv'
      ? { fileName: `cau-hoi-${date}.csv`, content: writeQuestionsCsv(fileRows) }
      : { fileName: `cau-hoi-${date}.xlsx`, content: await writeQuestionsXlsx(fileRows) };
  }

  // ---- internals ----

  private filteredQuestions(filter: QuestionsFilterInput) {
    const query = this.dataSource
      .getRepository(Question)
      .createQueryBuilder('q')
      .innerJoin(QuestionVersion, 'v', 'v.id = q.current_version_id');
    if (filter.status) query.andWhere('q.status = :status', { status: filter.status });
    if (filter.type) query.andWhere('v.type = :type', { type: filter.type });
    if (filter.sectionId) query.andWhere('v.section_id = :sectionId', { sectionId: filter.sectionId });
    if (filter.resolutionId) {
      query.innerJoin(ResolutionSection, 's', 's.id = v.section_id').andWhere('s.resolution_id = :resolutionId', {
        resolutionId: filter.resolutionId,
      });
    }
    if (filter.difficulty) query.andWhere('v.difficulty = :difficulty', { difficulty: filter.difficulty });
    if (filter.tag) query.andWhere(':tag = ANY(v.tags)', { tag: normalizeText(filter.tag) });
    const words = foldForSearch(filter.search ?? '')
      .split(' ')
      .filter(Boolean);
    words.forEach((word, i) => query.andWhere(`v.search_text LIKE :w${i}`, { [`w${i}`]: `%${escapeLike(word)}%` }));
    return query;
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

  private async differs(manager: EntityManager, question: Question, content: QuestionContent): Promise<boolean> {
    const current = await manager.findOneByOrFail(QuestionVersion, { id: question.currentVersionId! });
    return contentSignature(current) !== contentSignature(buildVersion(content).fields);
  }

  /**
   * Writes new content: in place when the current version was never published, else as
   * version n+1 with `statusForNewVersion`. Returns false (and writes nothing) when the
   * content is the same.
   */
  private async applyContent(
    manager: EntityManager,
    editor: AuthUser,
    question: Question,
    fields: VersionFields,
    statusForNewVersion: QuestionStatus,
  ): Promise<boolean> {
    const current = await manager.findOneByOrFail(QuestionVersion, { id: question.currentVersionId! });
    if (contentSignature(current) === contentSignature(fields)) return false;
    if (current.publishedAt === null) {
      await manager.update(QuestionVersion, current.id, fields);
      await manager.update(Question, question.id, { updatedAt: new Date() });
      return true;
    }
    const { max } = (await manager
      .createQueryBuilder(QuestionVersion, 'v')
      .select('MAX(v.version)', 'max')
      .where('v.question_id = :id', { id: question.id })
      .getRawOne<{ max: number }>())!;
    const inserted = await manager.insert(QuestionVersion, {
      ...fields,
      questionId: question.id,
      version: max + 1,
      createdBy: editor.id,
    });
    await manager.update(Question, question.id, {
      currentVersionId: inserted.identifiers[0].id as string,
      status: statusForNewVersion,
      returnReason: null,
    });
    return true;
  }
}

/** Carries a refused import's report out of the transaction it rolls back. */
class ImportRefused extends Error {
  constructor(readonly result: QuestionImportResult) {
    super('import refused');
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
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
