import { foldForSearch, normalizeText, QuestionStatus } from '@thidua/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import type { QuestionsFilterInput } from './dto/question.input.js';
import { ResolutionSection } from './entities/resolution-section.entity.js';
import { QuestionVersion } from './entities/question-version.entity.js';
import { Question } from './entities/question.entity.js';
import { buildVersion, contentSignature, type QuestionContent, type VersionFields } from './question-content.js';
import { toQuestionModel, type QuestionModel } from './models/question.model.js';

/** A new key for a question created without one: "Q-" and 8 random hex digits. */
export function newQuestionKey(): string {
  return `Q-${randomBytes(4).toString('hex').toUpperCase()}`;
}

export interface NewQuestion {
  key: string;
  status: QuestionStatus;
  fields: VersionFields;
  createdBy: string | null;
}

/**
 * Inserts questions with their version 1 in three statements whatever their number
 * (questions, versions, then the current/published pointers). PUBLISHED ones get
 * their version frozen at once (publishedAt).
 */
export async function insertQuestions(manager: EntityManager, rows: NewQuestion[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const now = new Date();
  const ids = rows.map(() => randomUUID());
  const versionIds = rows.map(() => randomUUID());
  await manager.insert(
    Question,
    rows.map((r, i) => ({
      id: ids[i],
      key: r.key,
      status: r.status,
      createdBy: r.createdBy,
      currentVersionId: null,
      publishedVersionId: null,
    })),
  );
  await manager.insert(
    QuestionVersion,
    rows.map((r, i) => ({
      ...r.fields,
      id: versionIds[i],
      questionId: ids[i],
      version: 1,
      createdBy: r.createdBy,
      publishedAt: r.status === QuestionStatus.PUBLISHED ? now : null,
      publishedBy: r.status === QuestionStatus.PUBLISHED ? r.createdBy : null,
    })),
  );
  await manager.query(
    `UPDATE question q SET current_version_id = v.id,
       published_version_id = CASE WHEN q.status = 'PUBLISHED' THEN v.id ELSE NULL END
     FROM question_version v WHERE v.question_id = q.id AND q.id = ANY($1::uuid[])`,
    [ids],
  );
  return ids;
}

/** Question models (every version, with sections) for these ids, in the order given. */
export async function loadQuestionModels(manager: EntityManager, ids: readonly string[]): Promise<QuestionModel[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const questions = await manager.find(Question, { where: { id: In(unique) } });
  const versions = await manager.find(QuestionVersion, {
    where: { questionId: In(unique) },
    relations: { section: true },
  });
  const byQuestion = new Map<string, QuestionVersion[]>();
  for (const v of versions) byQuestion.set(v.questionId, [...(byQuestion.get(v.questionId) ?? []), v]);
  const models = new Map(questions.map((q) => [q.id, toQuestionModel(q, byQuestion.get(q.id) ?? [])]));
  return ids.flatMap((id) => models.get(id) ?? []);
}

/**
 * Questions matching a filter, their current version joined as `v`. `search` matches
 * every word, diacritics optional, in the folded `search_text` (one LIKE per word).
 */
export function filteredQuestions(dataSource: DataSource, filter: QuestionsFilterInput) {
  const query = dataSource
    .getRepository(Question)
    .createQueryBuilder('q')
    .innerJoin(QuestionVersion, 'v', 'v.id = q.current_version_id');
  if (filter.ids) query.andWhere('q.id = ANY(:ids::uuid[])', { ids: filter.ids });
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

/** Whether `content` differs from the question's current version. */
export async function contentDiffers(
  manager: EntityManager,
  question: Question,
  content: QuestionContent,
): Promise<boolean> {
  const current = await manager.findOneByOrFail(QuestionVersion, { id: question.currentVersionId! });
  return contentSignature(current) !== contentSignature(buildVersion(content).fields);
}

/**
 * Writes new content: in place when the current version was never published, else as
 * version n+1 with `statusForNewVersion`. Returns false (and writes nothing) when the
 * content is the same.
 */
export async function applyQuestionContent(
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

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
