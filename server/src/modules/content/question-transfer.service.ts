import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldForSearch, QuestionStatus, Role, SectionKind, type QuestionImageRef } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { readTabularFile, TabularFileError } from '../../common/import/tabular-file.js';
import type { ImportRowError } from '../../common/import/import-row-error.js';
import { ContentError } from './content.errors.js';
import { writeZip } from '../../common/xlsx/zip-limits.js';
import {
  checkImageBytes,
  checkImageHeader,
  imageHash,
  QuestionImagesService,
} from './images/question-images.service.js';
import { openQuestionImport, type QuestionArchiveImages } from './question-archive.js';
import type { QuestionsFilterInput } from './dto/question.input.js';
import { QuestionVersion } from './entities/question-version.entity.js';
import { Question } from './entities/question.entity.js';
import { ResolutionSection } from './entities/resolution-section.entity.js';
import { Resolution } from './entities/resolution.entity.js';
import { contestLockedQuestionIds, withholdsContestKeys } from './contest-key-lock.js';
import { buildVersion, contentOf, keylessContentOf } from './question-content.js';
import {
  imageFileName,
  validateQuestionFile,
  WHOLE_RESOLUTION_PENDING,
  writeQuestionsCsv,
  writeQuestionsXlsx,
  type ImportedQuestion,
  type QuestionFileRow,
} from './question-file.js';
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
  questionIds: string[];
}

/** The section a question without "Mục" cites: the resolution as a whole (key ""), made on first use. */
const WHOLE_RESOLUTION_TITLE = 'Toàn văn nghị quyết';

const EXPORT_LIMIT = 2000;

/** The question bank to and from XLSX/CSV files (see docs/question-import.md). */
@Injectable()
export class QuestionTransferService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly images: QuestionImagesService,
  ) {}

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
    let archive: QuestionArchiveImages | null;
    try {
      const upload = openQuestionImport(fileName, content);
      archive = upload.images;
      file = await readTabularFile(upload.sheetName, upload.sheet);
    } catch (error) {
      if (!(error instanceof TabularFileError)) throw error;
      return {
        ok: false,
        created: 0,
        updated: 0,
        unchanged: 0,
        errors: [{ line: 0, column: null, reason: 'FILE_UNREADABLE', message: error.message }],
        questionIds: [],
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
        const sectionIdByKey = new Map(sections.map((s) => [s.key, s.id]));
        if (!sectionIdByKey.has('')) sectionIdByKey.set('', WHOLE_RESOLUTION_PENDING);
        const { questions, errors } = validateQuestionFile(file, {
          sectionIdByKey,
          keyByFoldedPrompt: new Map(bank.map((b) => [foldForSearch(b.prompt), b.key])),
        });
        const existingKeys = new Set(bank.map((b) => b.key));
        const result: QuestionImportResult = {
          ok: errors.length === 0,
          created: 0,
          updated: 0,
          unchanged: 0,
          errors,
          questionIds: [],
        };
        if (!result.ok) return result;
        if (!dryRun && questions.some((q) => q.content.sectionId === WHOLE_RESOLUTION_PENDING)) {
          const wholeId = await wholeResolutionSection(manager, resolutionId);
          for (const q of questions)
            if (q.content.sectionId === WHOLE_RESOLUTION_PENDING) q.content = { ...q.content, sectionId: wholeId };
        }
        const pictures = await this.readImages(manager, importer, questions, archive);
        if (pictures.errors.length > 0) return { ...result, ok: false, errors: pictures.errors };

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
          // A file without the image column: an updated question keeps the image it has.
          const image =
            row.imageFile === undefined
              ? (await manager.findOneByOrFail(QuestionVersion, { id: question.currentVersionId! })).image
              : await pictures.imageOf(row, dryRun);
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
          if (changed && !dryRun) result.questionIds.push(question.id);
        }
        if (result.errors.length > 0) {
          // Rolls the transaction back: all or nothing.
          if (!dryRun)
            throw new ImportRefused({ ...result, ok: false, created: 0, updated: 0, unchanged: 0, questionIds: [] });
          return { ...result, ok: false };
        }
        if (!dryRun) {
          const rows = [];
          for (const q of fresh) {
            const content = { ...q.content, image: await pictures.imageOf(q, false) };
            rows.push({
              key: q.key ?? newQuestionKey(),
              status: QuestionStatus.IN_REVIEW,
              fields: buildVersion(content).fields,
              createdBy: importer.id,
            });
          }
          result.questionIds.push(...(await insertQuestions(manager, rows)));
        }
        return result;
      })
      .catch((error: unknown) => {
        if (error instanceof ImportRefused) return error.result;
        throw error;
      });
  }

  /**
   * Finds the file each "Hình ảnh" cell names: in the ZIP (checked by its bytes), or an image
   * already stored under the name the export gives it (`<hash>.webp`), so an exported sheet
   * re-imports with its images even without them. Reads only; `imageOf` stores a new image
   * (not in a dry run) with the import's transaction, refusing the import when sharp cannot
   * decode it.
   */
  private async readImages(
    manager: EntityManager,
    importer: AuthUser,
    questions: ImportedQuestion[],
    archive: QuestionArchiveImages | null,
  ): Promise<{
    errors: ImportRowError[];
    imageOf: (q: ImportedQuestion, dryRun: boolean) => Promise<QuestionImageRef | null>;
  }> {
    const errors: ImportRowError[] = [];
    const found = new Map<ImportedQuestion, QuestionImageRef | Buffer>();
    for (const q of questions) {
      if (!q.imageFile) continue;
      const { name, alt } = q.imageFile;
      const fail = (reason: string, message: string) =>
        errors.push({ line: q.line, column: 'Hình ảnh', reason, message });
      const bytes = archive?.get(name);
      const hash = /^([0-9a-f]{32})\.webp$/i.exec(name.split(/[\\/]/).at(-1) ?? '')?.[1]?.toLowerCase();
      if (bytes) {
        const stored = hash ? await this.images.storedAs(manager, hash, bytes) : null;
        if (stored) {
          found.set(q, { ...stored, alt });
          continue;
        }
        try {
          checkImageBytes(bytes);
          await checkImageHeader(bytes);
          found.set(q, bytes);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          fail('IMAGE_INVALID', `Hình ảnh "${name}": ${imageProblem(error)}`);
        }
        continue;
      }
      const stored = hash ? await this.images.refFor(manager, hash, alt) : null;
      if (stored) found.set(q, stored);
      else if (archive) fail('IMAGE_NOT_FOUND', `Hình ảnh "${name}": không có trong tệp ZIP`);
      else fail('IMAGE_NOT_FOUND', `Hình ảnh "${name}": hãy nhập tệp ZIP gồm bảng câu hỏi và các tệp ảnh`);
    }
    const imageOf = async (q: ImportedQuestion, dryRun: boolean): Promise<QuestionImageRef | null> => {
      const image = found.get(q);
      if (!q.imageFile || !image) return null;
      if (!Buffer.isBuffer(image)) return image;
      // A dry run compares by the hash the image would be stored under.
      if (dryRun) return { hash: imageHash(image), alt: q.imageFile.alt, width: 0, height: 0, widths: [] };
      try {
        return { ...(await this.images.store(manager, importer.id, image)), alt: q.imageFile.alt };
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        const problem = `Hình ảnh "${q.imageFile.name}": ${imageProblem(error)}`;
        throw new ImportRefused({
          ok: false,
          created: 0,
          updated: 0,
          unchanged: 0,
          errors: [{ line: q.line, column: 'Hình ảnh', reason: 'IMAGE_INVALID', message: problem }],
          questionIds: [],
        });
      }
    };
    return { errors, imageOf };
  }

  /** The current version of every matching question (at most 2000), as a file that re-imports cleanly. */
  async exportQuestions(
    filter: QuestionsFilterInput,
    format: 'xlsx' | 'csv' | 'zip' = 'xlsx',
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
    if (format === 'csv') return { fileName: `cau-hoi-${date}.csv`, content: writeQuestionsCsv(fileRows) };
    const sheet = { fileName: `cau-hoi-${date}.xlsx`, content: await writeQuestionsXlsx(fileRows) };
    if (format === 'xlsx') return sheet;
    // The sheet with every image it names, each its largest stored width under the name its cell gives.
    const images = new Map(fileRows.flatMap((r) => (r.content.image ? [[r.content.image.hash, r.content.image]] : [])));
    const files = [{ name: sheet.fileName, data: sheet.content }];
    for (const image of images.values()) {
      files.push({ name: imageFileName(image.hash), data: await this.images.largest(image) });
    }
    return { fileName: `cau-hoi-${date}.zip`, content: writeZip(files) };
  }
}

const IMAGE_PROBLEMS: Record<string, string> = {
  EMPTY: 'tệp rỗng',
  TOO_LARGE: 'tệp lớn hơn 5 MiB',
  TOO_MANY_PIXELS: 'ảnh lớn hơn 40 megapixel',
  NOT_AN_IMAGE: 'không phải ảnh JPEG, PNG hoặc WebP đọc được',
};

/** A refused image's reason (checkImageBytes, the resize) in the file's language. */
function imageProblem(error: ContentError): string {
  const reason = error.details?.reason;
  return (typeof reason === 'string' && IMAGE_PROBLEMS[reason]) || IMAGE_PROBLEMS.NOT_AN_IMAGE;
}

/** The resolution's "as a whole" section (key ""), inserted the first time a question cites it. */
async function wholeResolutionSection(manager: EntityManager, resolutionId: string): Promise<string> {
  await manager.query(
    `INSERT INTO resolution_section (resolution_id, key, kind, title, position)
     VALUES ($1, '', $2, $3, -1) ON CONFLICT (resolution_id, key) DO NOTHING`,
    [resolutionId, SectionKind.OTHER, WHOLE_RESOLUTION_TITLE],
  );
  const [row]: { id: string }[] = await manager.query(
    `SELECT id FROM resolution_section WHERE resolution_id = $1 AND key = ''`,
    [resolutionId],
  );
  return row.id;
}

/** Carries a refused import's report out of the transaction it rolls back. */
class ImportRefused extends Error {
  constructor(readonly result: QuestionImportResult) {
    super('import refused');
  }
}
