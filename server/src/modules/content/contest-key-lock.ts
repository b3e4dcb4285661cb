import { Role } from '@thidua/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import type { QuestionModel, QuestionVersionModel } from './models/question.model.js';

/**
 * Contest keys (issue 16, item 6). Hosts author questions and run live games, and an
 * online contest draws the same published versions, so a host could read the whole
 * key of a running contest. Chosen: the question bank withholds from HOST the key of
 * every question whose published version a contest that is not CLOSED (DRAFT or OPEN)
 * can draw by its rules — correct options (ORDERING: the order), numeric answer and
 * explanation, on every version of that question (older versions carry the same key).
 * ADMIN and REVIEWER (who publish) still read it; once the contest closes, hosts do
 * again. The other way round (contests drawing from versions hosts cannot read) would
 * split the bank in two and leave hosts unable to review what they wrote.
 *
 * It reads the contest table directly, as ContestQuestionBank.pool() reads content's
 * tables: the SQL mirrors pool()'s rule match (section × tag × difficulty).
 */
export const CONTEST_KEY_READERS: ReadonlySet<Role> = new Set<Role>([Role.ADMIN, Role.REVIEWER]);

/** Of these questions, those whose published version a contest not yet closed can draw. */
export async function contestLockedQuestionIds(
  manager: EntityManager,
  questionIds: readonly string[],
): Promise<Set<string>> {
  if (questionIds.length === 0) return new Set();
  const rows: { id: string }[] = await manager.query(
    `SELECT q.id FROM question q JOIN question_version v ON v.id = q.published_version_id
      WHERE q.id = ANY($1::uuid[]) AND q.status <> 'ARCHIVED'
        AND EXISTS (
          SELECT 1 FROM contest c CROSS JOIN LATERAL jsonb_array_elements(c.draw_rules) r
           WHERE c.status <> 'CLOSED'
             AND (r->>'sectionId' IS NULL OR (r->>'sectionId')::uuid = v.section_id)
             AND (r->>'tag' IS NULL OR (r->>'tag') = ANY(v.tags))
             AND (r->>'difficulty' IS NULL OR (r->>'difficulty') = v.difficulty))`,
    [[...new Set(questionIds)]],
  );
  return new Set(rows.map((r) => r.id));
}

/** Whether `viewer` may not read the keys of contest questions. */
export const withholdsContestKeys = (viewer: AuthUser): boolean => !CONTEST_KEY_READERS.has(viewer.role);

function withhold(v: QuestionVersionModel): void {
  v.correctOptionIds = [];
  v.numericAnswer = null;
  v.explanation = '';
  v.keyWithheld = true;
}

/**
 * Empties, in place, the key fields of the questions a contest not yet closed can draw
 * when `viewer` is a HOST (`keyWithheld` says so); returns the models.
 */
export async function withholdContestKeys<T extends QuestionModel[]>(
  manager: EntityManager,
  viewer: AuthUser,
  questions: T,
): Promise<T> {
  if (!withholdsContestKeys(viewer)) return questions;
  const locked = await contestLockedQuestionIds(
    manager,
    questions.map((q) => q.id),
  );
  for (const q of questions) {
    if (!locked.has(q.id)) continue;
    for (const v of new Set([q.currentVersion, ...(q.publishedVersion ? [q.publishedVersion] : []), ...q.versions]))
      withhold(v);
  }
  return questions;
}
