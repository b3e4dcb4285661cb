import { QuestionStatus } from '@thidua/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { QuestionVersion } from './entities/question-version.entity.js';
import { Question } from './entities/question.entity.js';
import type { VersionFields } from './question-content.js';
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
