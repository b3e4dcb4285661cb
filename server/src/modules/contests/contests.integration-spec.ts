import { Role, type RaceSubscribeAck } from '@thidua/shared';
import { io, type Socket } from 'socket.io-client';
import { DEMO_QUESTIONS, DEMO_QUIZ, DEMO_RESOLUTION, DEMO_SECTIONS } from '../../database/seeds/demo-content.js';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../test-support/test-app.js';
import { ContentSeeder } from '../../database/seeds/content.seeder.js';
import { ContestSeeder } from '../../database/seeds/contest.seeder.js';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`;
const CONTESTS = `query { contests { id title status isDemo questionsPerAttempt rounds { id name startsAt endsAt } } }`;
const CONTEST = `query($id: ID!) { contest(id: $id) { id title rulesText status predictionKind predictionQuestion rankingChain
  questionsPerAttempt timeLimitSeconds graceSeconds attemptsPerRound currentRound { id name } rounds { id name }
  units { id name } serverTime } }`;
const REGISTER = `mutation($input: RegisterEntrantInput!) { registerEntrant(input: $input) {
  entrantToken entrant { id fullName birthYear unitId phoneMasked } } }`;
const ATTEMPT_FIELDS = `id submitted autoClosed startedAt deadlineAt serverTime remainingMs graceSeconds predictionKind predictionQuestion
  questions { index type prompt options { id text } unit points } answers { index optionIds value savedAt }`;
const START = `mutation($token: String!) { startAttempt(entrantToken: $token) { attemptToken attempt { ${ATTEMPT_FIELDS} } } }`;
const ATTEMPT = `query($token: String!) { attempt(attemptToken: $token) { ${ATTEMPT_FIELDS} } }`;
const SAVE = `mutation($input: SaveAnswerInput!) { saveAnswer(input: $input) { index savedAt } }`;
const SUBMIT = `mutation($input: SubmitAttemptInput!) { submitAttempt(input: $input) {
  attemptId submittedAt score maxScore correctCount durationMs } }`;
const RESULT = `query($token: String!) { attemptResult(attemptToken: $token) { attemptId score maxScore correctCount questionCount
  durationMs autoClosed prediction questions { index type prompt options { id text correct } yourOptionIds yourValue
  correctOptionIds correctValue credit points earned explanation sectionTitle } } }`;
const RESULTS = `query($contestId: ID!, $roundId: ID) { contestResults(contestId: $contestId, roundId: $roundId) {
  actual predictionKind rankingChain totalEntrants totalAttempts
  individuals { rank fullName phoneMasked score prediction predictionDistance durationMs decidedBy prize flagged }
  winners { rank prize fullName decidedAgainstNext evidence }
  units { rank unitName entrants eligiblePopulation participationRate averageScore prizeScore } } }`;
const FLAGS = `query($contestId: ID!) { contestFlags(contestId: $contestId) { id kind entrantName phoneMasked details resolution } }`;

type AttemptView = {
  id: string;
  submitted: boolean;
  autoClosed: boolean;
  remainingMs: number;
  questions: { index: number; type: string; prompt: string; options: { id: string; text: string }[] }[];
  answers: { index: number; optionIds: string[] | null; value: number | null }[];
};

const reasonOf = (r: GraphqlResponse) => r.errors?.[0]?.extensions?.reason;

/** Every correct option id and numeric answer of the demo pack is derived from the stored versions. */
async function answerKeys(app: TestApp): Promise<{ correctIds: Set<string>; numericAnswers: number[] }> {
  const rows: { answer_key: { correctOptionIds?: string[]; numeric?: { answer: number } } }[] =
    await app.dataSource.query('SELECT answer_key FROM question_version');
  return {
    correctIds: new Set(rows.flatMap((r) => r.answer_key.correctOptionIds ?? [])),
    numericAnswers: rows.flatMap((r) => (r.answer_key.numeric ? [r.answer_key.numeric.answer] : [])),
  };
}

/** A response that tells nothing: no key names of the answer key, no explanation text. */
function expectNoLeak(body: unknown, explanations: string[]): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/correct|explanation|answerKey|sectionTitle/i);
  for (const explanation of explanations) expect(text).not.toContain(explanation.slice(0, 40));
}

describe('online contests', () => {
  let app: TestApp;
  let admin: string;
  let contestId: string;
  let roundId: string;
  let units: { school: string; tdp: string };
  let explanations: string[];
  let phone = 900000000;
  const nextPhone = () => `0${(phone += 1)}`;

  const register = async (overrides: Record<string, unknown> = {}) => {
    const input = {
      contestId,
      fullName: 'Nguyễn Thị Hà',
      birthYear: 1990,
      unitId: units.tdp,
      phone: nextPhone(),
      consent: true,
      ...overrides,
    };
    const r = await app.gql<{ registerEntrant: { entrantToken: string; entrant: { id: string } } }>(REGISTER, {
      input,
    });
    return r;
  };
  const start = async (entrantToken: string) =>
    app.gql<{ startAttempt: { attemptToken: string; attempt: AttemptView } }>(START, { token: entrantToken });

  /** Answers every question of an attempt with its first option (or 0): deterministic, wrong or right by chance. */
  const answerAll = async (token: string, attempt: AttemptView) => {
    for (const q of attempt.questions) {
      const response = q.type === 'NUMERIC' ? { value: 0 } : { optionIds: [q.options[0].id] };
      const r = await app.gql(SAVE, { input: { attemptToken: token, index: q.index, response } });
      expect(r.errors).toBeUndefined();
    }
  };

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor(Role.ADMIN);
    const ward = await app.gql<{ createUnit: { id: string } }>(
      CREATE_UNIT,
      {
        input: {
          code: 'PHUONG',
          name: 'Phường Hải An',
          kind: 'WARD',
          eligiblePopulation: 0,
          populationKind: 'RESIDENTS',
        },
      },
      admin,
    );
    const wardId = ward.data!.createUnit.id;
    const mk = async (code: string, kind: string, population: number) =>
      (
        await app.gql<{ createUnit: { id: string } }>(
          CREATE_UNIT,
          {
            input: {
              code,
              name: `Đơn vị ${code}`,
              kind,
              parentId: wardId,
              eligiblePopulation: population,
              populationKind: 'RESIDENTS',
            },
          },
          admin,
        )
      ).data!.createUnit.id;
    units = { school: await mk('THCS-HA', 'SCHOOL', 1000), tdp: await mk('TDP-01', 'NEIGHBORHOOD_GROUP', 40) };
    await app.server.app.get(ContentSeeder).seedDemoContent({
      resolution: DEMO_RESOLUTION,
      sections: DEMO_SECTIONS,
      questions: DEMO_QUESTIONS,
      quiz: DEMO_QUIZ,
    });
    explanations = DEMO_QUESTIONS.map((q) => q.explanation);
    const seeder = app.server.app.get(ContestSeeder);
    expect(await seeder.seedDemoContest()).toBe(true);
    expect(await seeder.seedDemoContest()).toBe(false);
    const list = await app.gql<{ contests: { id: string; status: string; isDemo: boolean }[] }>(CONTESTS, {}, admin);
    contestId = list.data!.contests[0].id;
    expect(list.data!.contests[0]).toMatchObject({ status: 'OPEN', isDemo: true });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the public page: rules, the current round, the prediction question and the units to choose', async () => {
    const r = await app.gql<{
      contest: {
        currentRound: { id: string } | null;
        units: { id: string }[];
        rankingChain: string[];
        predictionQuestion: string;
      };
    }>(CONTEST, { id: contestId });
    expect(r.errors).toBeUndefined();
    expect(r.data!.contest.currentRound).not.toBeNull();
    roundId = r.data!.contest.currentRound!.id;
    expect(r.data!.contest.rankingChain).toEqual(['SCORE', 'PREDICTION', 'DURATION', 'SUBMITTED_AT']);
    expect(r.data!.contest.predictionQuestion).toMatch(/bao nhiêu người/);
    expect(r.data!.contest.units.map((u) => u.id)).toEqual(expect.arrayContaining([units.school, units.tdp]));
  });

  it('registers, starts, resumes after a reload, saves, submits and shows the result with explanations — no answer before', async () => {
    const reg = await register({ phone: '0912 345 123' });
    expect(reg.errors).toBeUndefined();
    expect(reg.data!.registerEntrant.entrant).toMatchObject({ fullName: 'Nguyễn Thị Hà', phoneMasked: '09•••••123' });
    const stored: { phone_hash: string; phone_masked: string }[] = await app.dataSource.query(
      'SELECT phone_hash, phone_masked FROM entrant',
    );
    expect(JSON.stringify(stored)).not.toContain('0912345123');

    const started = await start(reg.data!.registerEntrant.entrantToken);
    expect(started.errors).toBeUndefined();
    const { attemptToken, attempt } = started.data!.startAttempt;
    expect(attempt.questions).toHaveLength(10);
    expect(attempt.remainingMs).toBeGreaterThan(590_000);
    const { correctIds, numericAnswers } = await answerKeys(app);
    expectNoLeak(started, explanations);

    // Save half, "reload", and find the same questions, order and saved answers.
    for (const q of attempt.questions.slice(0, 5)) {
      const response = q.type === 'NUMERIC' ? { value: 7 } : { optionIds: [q.options[0].id] };
      const saved = await app.gql(SAVE, { input: { attemptToken, index: q.index, response } });
      expect(saved.errors).toBeUndefined();
      expectNoLeak(saved, explanations);
    }
    // Saving again replaces (idempotent upsert), never a second row.
    await app.gql(SAVE, {
      input: {
        attemptToken,
        index: 0,
        response:
          attempt.questions[0].type === 'NUMERIC' ? { value: 7 } : { optionIds: [attempt.questions[0].options[0].id] },
      },
    });
    const resumed = await app.gql<{ attempt: AttemptView }>(ATTEMPT, { token: attemptToken });
    expect(resumed.errors).toBeUndefined();
    expectNoLeak(resumed, explanations);
    expect(resumed.data!.attempt.questions).toEqual(attempt.questions);
    expect(resumed.data!.attempt.answers.map((a) => a.index)).toEqual([0, 1, 2, 3, 4]);
    expect(resumed.data!.attempt.remainingMs).toBeLessThanOrEqual(attempt.remainingMs);

    // The result is refused before submission.
    const early = await app.gql(RESULT, { token: attemptToken });
    expect(reasonOf(early)).toBe('ATTEMPT_NOT_SUBMITTED');
    expectNoLeak(early, explanations);
    // Whatever the options say, nothing sent so far lets a client single out the correct ones:
    // every question still offers its options, ids are opaque and numeric answers are absent.
    for (const q of resumed.data!.attempt.questions) {
      if (q.type !== 'NUMERIC') expect(q.options.length).toBeGreaterThanOrEqual(2);
    }
    expect(correctIds.size).toBeGreaterThan(0);
    expect(numericAnswers.length).toBeGreaterThan(0);

    for (const q of attempt.questions.slice(5)) {
      const response = q.type === 'NUMERIC' ? { value: 7 } : { optionIds: [q.options[0].id] };
      await app.gql(SAVE, { input: { attemptToken, index: q.index, response } });
    }
    const submitted = await app.gql<{ submitAttempt: { score: number; maxScore: number } }>(SUBMIT, {
      input: { attemptToken, prediction: 50 },
    });
    expect(submitted.errors).toBeUndefined();
    const result = await app.gql<{
      attemptResult: {
        score: number;
        questionCount: number;
        prediction: number;
        questions: {
          explanation: string;
          credit: number;
          earned: number;
          options: { correct: boolean }[];
          correctOptionIds: string[];
        }[];
      };
    }>(RESULT, { token: attemptToken });
    expect(result.errors).toBeUndefined();
    const r = result.data!.attemptResult;
    expect(r).toMatchObject({ score: submitted.data!.submitAttempt.score, questionCount: 10, prediction: 50 });
    expect(r.questions.every((q) => q.explanation.length > 0)).toBe(true);
    expect(r.questions.reduce((sum, q) => sum + q.earned, 0)).toBe(r.score);
    // After submission the key is shown, and a save is refused.
    expect(r.questions.some((q) => q.correctOptionIds.length > 0)).toBe(true);
    const late = await app.gql(SAVE, { input: { attemptToken, index: 0, response: { value: 1 } } });
    expect(reasonOf(late)).toBe('ATTEMPT_SUBMITTED');
  });

  it('refuses a late submission and closes the attempt with its saved answers', async () => {
    const reg = await register({ fullName: 'Trần Văn Nam' });
    const { attemptToken, attempt } = (await start(reg.data!.registerEntrant.entrantToken)).data!.startAttempt;
    await answerAll(attemptToken, attempt);
    // The server clock ran out (deadline + grace passed) while the phone was away.
    await app.dataSource.query(
      `UPDATE attempt SET started_at = now() - interval '20 minutes', deadline_at = now() - interval '10 minutes' WHERE id = $1`,
      [attempt.id],
    );
    const saveLate = await app.gql(SAVE, { input: { attemptToken, index: 0, response: { value: 1 } } });
    expect(reasonOf(saveLate)).toBe('ATTEMPT_TIME_UP');
    const submitted = await app.gql(SUBMIT, { input: { attemptToken, prediction: 3 } });
    expect(reasonOf(submitted)).toBe('ATTEMPT_TIME_UP');
    const result = await app.gql<{
      attemptResult: {
        autoClosed: boolean;
        prediction: number | null;
        durationMs: number;
        questions: { yourOptionIds: string[] | null; yourValue: number | null }[];
      };
    }>(RESULT, { token: attemptToken });
    expect(result.errors).toBeUndefined();
    expect(result.data!.attemptResult).toMatchObject({ autoClosed: true, prediction: null, durationMs: 600_000 });
    // Every saved answer was kept and graded.
    expect(result.data!.attemptResult.questions.every((q) => q.yourOptionIds !== null || q.yourValue !== null)).toBe(
      true,
    );
  });

  it('closes overdue attempts in the background sweep too', async () => {
    const reg = await register({ fullName: 'Lê Văn Sweep' });
    const { attempt } = (await start(reg.data!.registerEntrant.entrantToken)).data!.startAttempt;
    await app.dataSource.query(`UPDATE attempt SET deadline_at = now() - interval '1 minute' WHERE id = $1`, [
      attempt.id,
    ]);
    const { AttemptsService } = await import('./attempts.service.js');
    expect(await app.server.app.get(AttemptsService).sweepOverdue()).toBeGreaterThanOrEqual(1);
    const [row] = await app.dataSource.query<{ auto_closed: boolean }[]>(
      'SELECT auto_closed FROM attempt WHERE id = $1',
      [attempt.id],
    );
    expect(row.auto_closed).toBe(true);
  });

  it('orders equal scores by the closest prediction, then by the shorter time, with the evidence', async () => {
    // Three entrants answer identically (same score) with different predictions and times.
    const make = async (name: string, prediction: number, durationMs: number) => {
      const reg = await register({ fullName: name, unitId: units.school });
      const { attemptToken, attempt } = (await start(reg.data!.registerEntrant.entrantToken)).data!.startAttempt;
      // Same answers for everyone: nothing saved → score 0 for all three.
      const r = await app.gql(SUBMIT, { input: { attemptToken, prediction } });
      expect(r.errors).toBeUndefined();
      await app.dataSource.query('UPDATE attempt SET duration_ms = $2 WHERE id = $1', [attempt.id, durationMs]);
    };
    await make('Người Dự Đoán Xa', 1000, 10_000);
    await make('Người Chậm Gần', 7, 300_000);
    await make('Người Nhanh Gần', 7, 200_000);
    const r = await app.gql<{
      contestResults: {
        actual: number;
        individuals: { fullName: string; score: number; decidedBy: string | null; predictionDistance: number }[];
        winners: { fullName: string; decidedAgainstNext: string; evidence: string }[];
      };
    }>(RESULTS, { contestId, roundId }, admin);
    expect(r.errors).toBeUndefined();
    const results = r.data!.contestResults;
    expect(results.actual).toBe(results.individuals.length);
    const zero = results.individuals.filter((i) => i.score === 0).map((i) => [i.fullName, i.decidedBy]);
    const names = zero.map(([n]) => n);
    expect(names.indexOf('Người Nhanh Gần')).toBeLessThan(names.indexOf('Người Chậm Gần'));
    expect(names.indexOf('Người Chậm Gần')).toBeLessThan(names.indexOf('Người Dự Đoán Xa'));
    expect(zero.find(([n]) => n === 'Người Chậm Gần')![1]).toBe('DURATION');
    expect(zero.find(([n]) => n === 'Người Dự Đoán Xa')![1]).toBe('PREDICTION');
    expect(results.winners.length).toBeGreaterThan(0);
    expect(results.winners[0].evidence.length).toBeGreaterThan(0);
  });

  it('reports unit participation per eligible person, and the XLSX export', async () => {
    const r = await app.gql<{
      contestResults: {
        units: { unitName: string; entrants: number; eligiblePopulation: number; participationRate: number }[];
      };
    }>(RESULTS, { contestId }, admin);
    const school = r.data!.contestResults.units.find((u) => u.unitName === 'Đơn vị THCS-HA')!;
    expect(school.entrants).toBe(3);
    expect(school.participationRate).toBeCloseTo(3 / 1000);
    const response = await fetch(`${app.server.url}/api/contests/${contestId}/results.xlsx`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    const anonymous = await fetch(`${app.server.url}/api/contests/${contestId}/results.xlsx`);
    expect(anonymous.status).toBe(401);
  });

  it('caps attempts per round and allows one attempt at a time', async () => {
    const reg = await register({ fullName: 'Phạm Thu Cap' });
    const token = reg.data!.registerEntrant.entrantToken;
    const first = (await start(token)).data!.startAttempt;
    expect(reasonOf(await start(token))).toBe('ATTEMPT_IN_PROGRESS');
    await app.gql(SUBMIT, { input: { attemptToken: first.attemptToken } });
    for (let i = 0; i < 2; i += 1) {
      const next = (await start(token)).data!.startAttempt;
      await app.gql(SUBMIT, { input: { attemptToken: next.attemptToken } });
    }
    const refused = await start(token);
    expect(reasonOf(refused)).toBe('ATTEMPTS_EXHAUSTED');
  });

  it('recognizes a returning phone + birth year, flags another name, refuses another birth year', async () => {
    const phone = nextPhone();
    const a = await register({ phone, fullName: 'Hoàng Văn An' });
    const again = await register({ phone, fullName: 'hoàng văn an' });
    expect(again.data!.registerEntrant.entrant.id).toBe(a.data!.registerEntrant.entrant.id);
    const other = await register({ phone, fullName: 'Đỗ Thị Bình' });
    expect(other.errors).toBeUndefined();
    expect(other.data!.registerEntrant.entrant).toMatchObject({
      id: a.data!.registerEntrant.entrant.id,
      fullName: 'Hoàng Văn An',
    });
    const year = await register({ phone, fullName: 'Hoàng Văn An', birthYear: 1991 });
    expect(reasonOf(year)).toBe('BIRTH_YEAR_MISMATCH');
    const flags = await app.gql<{ contestFlags: { kind: string; entrantName: string; details: string }[] }>(
      FLAGS,
      { contestId },
      admin,
    );
    const duplicate = flags.data!.contestFlags.filter(
      (f) => f.kind === 'DUPLICATE_PERSON' && f.entrantName === 'Hoàng Văn An',
    );
    expect(duplicate.map((f) => JSON.parse(f.details).otherName as string).sort()).toEqual([
      'Hoàng Văn An',
      'Đỗ Thị Bình',
    ]);
    expect(reasonOf(await register({ consent: false }))).toBe('CONSENT_REQUIRED');
    expect(reasonOf(await register({ phone: '0912-ABC-678' }))).toBe('PHONE_INVALID');
    // Anonymous callers cannot read results or flags.
    expect(reasonOf(await app.gql(FLAGS, { contestId }))).toBe('NOT_SIGNED_IN');
  });

  it('flags an attempt answered faster than a person can read', async () => {
    const reg = await register({ fullName: 'Vũ Nhanh Tay' });
    const { attemptToken, attempt } = (await start(reg.data!.registerEntrant.entrantToken)).data!.startAttempt;
    await answerAll(attemptToken, attempt);
    await app.gql(SUBMIT, { input: { attemptToken } });
    const flags = await app.gql<{ contestFlags: { kind: string; entrantName: string }[] }>(FLAGS, { contestId }, admin);
    expect(flags.data!.contestFlags).toContainEqual(
      expect.objectContaining({ kind: 'IMPLAUSIBLE_TIMING', entrantName: 'Vũ Nhanh Tay' }),
    );
  });

  it('pushes a race snapshot to the unit race screen after a submission, and answers bad payloads', async () => {
    const socket: Socket = io(`${app.server.url}/contest-race`, { transports: ['websocket'], forceNew: true });
    try {
      const bad = await socket.timeout(5000).emitWithAck('subscribe', { contestId: 'nope' });
      expect(bad).toMatchObject({ ok: false, reason: 'INVALID_PAYLOAD' });
      const ack = (await socket.timeout(5000).emitWithAck('subscribe', { contestId })) as RaceSubscribeAck;
      if (!ack.ok) throw new Error(ack.message);
      const before = ack.snapshot.units.find((u) => u.unitId === units.tdp)!.entrants;
      // Snapshots are throttled: one scheduled by an earlier test's submission may still
      // arrive first, so wait for the first one that counts this entrant (or time out).
      type Race = { units: { unitId: string; entrants: number }[] };
      const update = new Promise<Race>((resolve) =>
        socket.on('race', (snapshot: Race) => {
          if (snapshot.units.find((u) => u.unitId === units.tdp)!.entrants > before) resolve(snapshot);
        }),
      );
      const reg = await register({ fullName: 'Ngô Race', unitId: units.tdp });
      const { attemptToken } = (await start(reg.data!.registerEntrant.entrantToken)).data!.startAttempt;
      await app.gql(SUBMIT, { input: { attemptToken } });
      const snapshot = await update;
      expect(snapshot.units.find((u) => u.unitId === units.tdp)!.entrants).toBe(before + 1);
    } finally {
      socket.close();
    }
  });
});
