import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldForSearch, QuestionStatus, Role } from '@thidua/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { readTabularFile, TabularFileError } from '../../common/import/tabular-file.js';
import type { ImportRowError } from '../../common/import/import-row-error.js';
import { ContentError } from './content.errors.js';
import type { QuestionsFilterInput } from './dto/question.input.js';
import { QuestionVersion } from './entities/question-version.entity.js';
import { Question } from './entities/question.entity.js';
import { ResolutionSection } from './entities/resolution-section.entity.js';
import { Resolution } from './entities/resolution.entity.js';
import { contestLockedQuestionIds, withholdsContestKeys } from './contest-key-lock.js';
import { buildVersion, contentOf, keylessContentOf } from './question-content.js';
import { validateQuestionFile, writeQuestionsCsv, writeQuestionsXlsx, type QuestionFileRow } from './question-file.js';
import {
  applyQuestionContent,
  contentDiffers,
  filteredQuestions,
  insertQuestions,
  loadQuestionModels,
  newQuestionKey,
} from './questions.repository.js';

export interface QuestionImportResult {
  ok: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportRowError[];
}

const EXPORT_LIMIT = 2000;

/** The question bank to and from XLSX/CSV files (see docs/question-import.md). */
@Injectable()
export class QuestionTransferService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
          // The file carries no image: an updated question keeps the one it has.
          const { image } = await manager.findOneByOrFail(QuestionVersion, { id: question.currentVersionId! });
          const content = { ...row.content, image };
          const changed = dryRun
            ? await contentDiffers(manager, question, content)
            : await applyQuestionContent(
                manager,
                importer,
                question,
                buildVersion(content).fields,
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
    viewer?: AuthUser,
  ): Promise<{ fileName: string; content: Buffer }> {
    const rows = await filteredQuestions(this.dataSource, filter)
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
    const locked =
      viewer && withholdsContestKeys(viewer)
        ? await contestLockedQuestionIds(
            this.dataSource.manager,
            models.map((m) => m.id),
          )
        : new Set<string>();
    const fileRows: QuestionFileRow[] = models.map((m) => {
      const v = byId.get(m.currentVersion.id)!;
      return { key: m.key, sectionKey: v.section.key, content: locked.has(m.id) ? keylessContentOf(v) : contentOf(v) };
    });
    const date = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    return format === 'csv'
      ? { fileName: `cau-hoi-${date}.csv`, content: writeQuestionsCsv(fileRows) }
      : { fileName: `cau-hoi-${date}.xlsx`, content: await writeQuestionsXlsx(fileRows) };
  }
}

/** Carries a refused import's report out of the transaction it rolls back. */
class ImportRefused extends Error {
  constructor(readonly result: QuestionImportResult) {
    super('import refused');
  }
}
