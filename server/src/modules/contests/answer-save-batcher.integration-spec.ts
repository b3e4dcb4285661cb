import { Role } from '@thidua/shared';
import { DEMO_QUESTIONS, DEMO_QUIZ, DEMO_RESOLUTION, DEMO_SECTIONS } from '../../database/seeds/demo-content.js';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../test-support/test-app.js';
import { ContentSeeder } from '../../database/seeds/content.seeder.js';
import { ContestSeeder } from '../../database/seeds/contest.seeder.js';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`;
const CONTESTS = `query { contests { id } }`;
const REGISTER = `mutation($input: RegisterEntrantInput!) { registerEntrant(input: $input) { entrantToken } }`;
const START = `mutation($token: String!) { startAttempt(entrantToken: $token) {
  attemptToken attempt { id questions { index type options { id } } } } }`;
const SAVE = `mutation($input: SaveAnswerInput!) { saveAnswer(input: $input) { index savedAt } }`;
const SUBMIT = `mutation($input: SubmitAttemptInput!) { submitAttempt(input: $input) { attemptId } }`;
const reasonOf = (r: GraphqlResponse) => r.errors?.[0]?.extensions?.reason;

interface Started {
  attemptToken: string;
  attempt: { id: string; questions: { index: number; type: string; options: { id: string }[] }[] };
}

/**
 * Saves are group-committed (AnswerSaveBatcher): saves that arrive together share one
 * statement, yet each keeps its own outcome and the same reasons as one save alone.
 */
describe('contest answer saves in one batch', () => {
  let app: TestApp;
  let contestId: string;
  let unitId: string;
  let phone = 930000000;

  const startAttempt = async (): Promise<Started> => {
    const reg = await app.gql<{ registerEntrant: { entrantToken: string } }>(REGISTER, {
      input: { contestId, fullName: 'Lê Thị Batch', birthYear: 1985, unitId, phone: `0${(phone += 1)}`, consent: true },
    });
    const started = await app.gql<{ startAttempt: Started }>(START, { token: reg.data!.registerEntrant.entrantToken });
    expect(started.errors).toBeUndefined();
    return started.data!.startAttempt;
  };
  const save = (attemptToken: string, index: number, value: number) =>
    app.gql<{ saveAnswer: { index: number } }>(SAVE, { input: { attemptToken, index, response: { value } } });

  beforeAll(async () => {
    app = await createTestApp();
    const admin = await app.tokenFor(Role.ADMIN);
    const mk = (input: Record<string, unknown>) =>
      app.gql<{ createUnit: { id: string } }>(CREATE_UNIT, { input: { populationKind: 'RESIDENTS', ...input } }, admin);
    const ward = await mk({ code: 'PHUONG-B', name: 'Phường B', kind: 'WARD', eligiblePopulation: 0 });
    const unit = await app.gql<{ createUnit: { id: string } }>(
      CREATE_UNIT,
      {
        input: {
          parentId: ward.data!.createUnit.id,
          code: 'TDP-B',
          name: 'Tổ dân phố B',
          kind: 'NEIGHBORHOOD_GROUP',
          eligiblePopulation: 50,
          populationKind: 'RESIDENTS',
        },
      },
      admin,
    );
    unitId = unit.data!.createUnit.id;
    await app.server.app.get(ContentSeeder).seedDemoContent({
      resolution: DEMO_RESOLUTION,
      sections: DEMO_SECTIONS,
      questions: DEMO_QUESTIONS,
      quiz: DEMO_QUIZ,
    });
    await app.server.app.get(ContestSeeder).seedDemoContest();
    contestId = (await app.gql<{ contests: { id: string }[] }>(CONTESTS, {}, admin)).data!.contests[0].id;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('gives each save of a batch its own outcome, and stores exactly the accepted ones', async () => {
    const [open, submitted, overdue] = [await startAttempt(), await startAttempt(), await startAttempt()];
    expect(
      (await app.gql(SUBMIT, { input: { attemptToken: submitted.attemptToken, prediction: 1 } })).errors,
    ).toBeUndefined();
    await app.dataSource.query(
      `UPDATE attempt SET started_at = now() - interval '20 minutes', deadline_at = now() - interval '10 minutes' WHERE id = $1`,
      [overdue.attempt.id],
    );
    const count = open.attempt.questions.length;

    // All at once, so that they share batches. Index 0 is saved three times, one after another
    // (concurrent HTTP requests have no defined order), while everything else runs: the last one wins.
    const indexZero = (async () => [
      await save(open.attemptToken, 0, 100),
      await save(open.attemptToken, 0, 1),
      await save(open.attemptToken, 0, 2),
    ])();
    const [[first, second, third], ...rest] = await Promise.all([
      indexZero,
      ...open.attempt.questions.slice(1).map(async (q) => [await save(open.attemptToken, q.index, 100 + q.index)]),
      ...[
        save(open.attemptToken, count, 1),
        save('x'.repeat(43), 0, 1),
        save(submitted.attemptToken, 0, 1),
        save(overdue.attemptToken, 0, 1),
      ].map(async (result) => [await result]),
    ]);
    const others = rest.flat();
    // In the order of the expectations below: every question, the two later saves of index 0, the refusals.
    const results = [first, ...others.slice(0, count - 1), second, third, ...others.slice(count - 1)];
    const reasons = results.map((r) => reasonOf(r) ?? 'SAVED');
    expect(reasons).toEqual([
      ...Array(count + 2).fill('SAVED'),
      'QUESTION_INDEX_INVALID',
      'ATTEMPT_TOKEN_INVALID',
      'ATTEMPT_SUBMITTED',
      'ATTEMPT_TIME_UP',
    ]);

    const stored: { attempt_id: string; index: number; response: { value: number } }[] = await app.dataSource.query(
      `SELECT attempt_id, index, response FROM attempt_answer WHERE attempt_id = ANY($1::uuid[]) ORDER BY index`,
      [[open.attempt.id, submitted.attempt.id, overdue.attempt.id]],
    );
    expect(stored.every((r) => r.attempt_id === open.attempt.id)).toBe(true);
    expect(stored.map((r) => r.response.value)).toEqual([
      2,
      ...open.attempt.questions.slice(1).map((q) => 100 + q.index),
    ]);
    // The overdue attempt was closed by the refused save.
    const [closed] = await app.dataSource.query(`SELECT submitted_at, auto_closed FROM attempt WHERE id = $1`, [
      overdue.attempt.id,
    ]);
    expect(closed.submitted_at).not.toBeNull();
    expect(closed.auto_closed).toBe(true);
  });
});
