import ExcelJS from 'exceljs';
import { foldForSearch, personalCodeFromBytes, Role, type RaceSubscribeAck } from '@thidua/shared';
import { randomBytes } from 'node:crypto';
import { Person } from '../people/entities/person.entity.js';
import { io, type Socket } from 'socket.io-client';
import { DEMO_QUESTIONS, DEMO_QUIZ, DEMO_RESOLUTION, DEMO_SECTIONS } from '../../database/seeds/demo-content.js';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../test-support/test-app.js';
import { ContentSeeder } from '../../database/seeds/content.seeder.js';
import { ContestSeeder } from '../../database/seeds/contest.seeder.js';
import { DEMO_CONTEST_SLUG } from '../../database/seeds/demo-contest.js';
import { ContestRaceService } from './contest-race.service.js';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`;
const CONTESTS = `query { contests { id title status isDemo questionsPerAttempt rounds { id name startsAt endsAt } } }`;
const CONTEST = `query($id: ID!) { contest(id: $id) { id title rulesText status predictionKind predictionQuestion rankingChain
  questionsPerAttempt timeLimitSeconds graceSeconds attemptsPerRound currentRound { id name } rounds { id name }
  units { id name } serverTime } }`;
const REGISTER = `mutation($input: RegisterEntrantInput!) { registerEntrant(input: $input) {
  entrantToken entrantCode entrant { id fullName birthYear unitId unitName phoneMasked verified } } }`;
const ATTEMPT_FIELDS = `id submitted autoClosed startedAt deadlineAt serverTime remainingMs graceSeconds predictionKind predictionQuestion
  questions { index type prompt options { id text } unit points } answers { index optionIds value savedAt }`;
const START = `mutation($token: String!) { startAttempt(entrantToken: $token) { attemptToken attempt { ${ATTEMPT_FIELDS} } } }`;
const ATTEMPT = `query($token: String!) { attempt(attemptToken: $token) { ${ATTEMPT_FIELDS} } }`;
const SAVE = `mutation($input: SaveAnswerInput!) { saveAnswer(input: $input) { index savedAt } }`;
const SUBMIT = `mutation($input: SubmitAttemptInput!) { submitAttempt(input: $input) {
  attemptId submittedAt score maxScore correctCount durationMs } }`;
const RESULT = `query($token: String!) { attemptResult(attemptToken: $token) { attemptId score maxScore correctCount questionCount
  durationMs autoClosed prediction keyRevealed keyDecision keyShownAt questions { index type prompt options { id text correct } yourOptionIds yourValue
  correctOptionIds correctValue credit points earned explanation sectionTitle } } }`;
const RESULTS = `query($contestId: ID!, $roundId: ID) { contestResults(contestId: $contestId, roundId: $roundId) {
  actual predictionKind rankingChain totalEntrants verifiedEntrants unverifiedEntrants participationFormula totalAttempts
  individuals { rank entrantId fullName phoneMasked verified score prediction predictionDistance durationMs decidedBy prize flagged }
  winners { rank prize entrantId fullName verified phoneKept decidedAgainstNext evidence }
  units { rank unitId unitName entrants unverified eligiblePopulation populationKind populationSource participationRate
    averageScore prizePoints prizeScore } } }`;
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
  let wardId: string;
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
    const r = await app.gql<{
      registerEntrant: { entrantToken: string; entrantCode: string | null; entrant: { id: string } };
    }>(REGISTER, {
      input,
    });
    return r;
  };
  /** The roster way: a personal code, or a picked person + birth year; nothing of the phone way. */
  const registerRoster = (claim: Record<string, unknown>, id = contestId) =>
    app.gql<{
      registerEntrant: {
        entrantToken: string;
        entrantCode: string | null;
        entrant: Record<string, unknown> & { id: string };
      };
    }>(REGISTER, { input: { contestId: id, consent: true, ...claim } });
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

  /** A roster person (as an officer's import would add them), with a personal code. */
  const addPerson = async (unitId: string, fullName: string, birthYear: number, kind = 'RESIDENTS') => {
    const code = personalCodeFromBytes(randomBytes(7));
    const person = await app.dataSource.getRepository(Person).save({
      unitId,
      kind,
      fullName,
      searchText: foldForSearch(fullName),
      birthYear,
      identityKey: `${foldForSearch(fullName)}|${birthYear}|${code}`,
      personalCode: code,
    });
    return { id: person.id, code, fullName, birthYear };
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
    wardId = ward.data!.createUnit.id;
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
    // The demo is seeded ROSTER_PREFERRED (as it is meant to be used); the tests below take it by phone, as OPEN.
    const [seeded] = await app.dataSource.query('SELECT identity_mode FROM contest WHERE id = $1', [contestId]);
    expect(seeded.identity_mode).toBe('ROSTER_PREFERRED');
    await app.dataSource.query(`UPDATE contest SET identity_mode = 'OPEN' WHERE id = $1`, [contestId]);
    // Half of the choice questions keep their option order (issue 15: "Cả 3 đáp án trên"),
    // set before any draw reads (and caches) the published versions.
    await app.dataSource.query(
      `UPDATE question_version SET keep_order = true WHERE id IN (
         SELECT id FROM question_version WHERE type IN ('SINGLE_CHOICE', 'MULTIPLE_SELECT') ORDER BY id
          LIMIT (SELECT count(*) / 2 FROM question_version WHERE type IN ('SINGLE_CHOICE', 'MULTIPLE_SELECT')))`,
    );
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
    type Result = {
      attemptResult: {
        score: number;
        questionCount: number;
        prediction: number;
        keyRevealed: boolean;
        keyDecision: string;
        keyShownAt: string | null;
        questions: {
          explanation: string;
          credit: number | null;
          earned: number | null;
          options: { correct: boolean | null }[];
          correctOptionIds: string[];
          correctValue: number | null;
        }[];
      };
    };
    // By default (AFTER_ROUND_CLOSES) the key waits for the round's end: the score only.
    const hidden = await app.gql<Result>(RESULT, { token: attemptToken });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.attemptResult).toMatchObject({
      score: submitted.data!.submitAttempt.score,
      keyRevealed: false,
      keyDecision: 'ROUND_OPEN',
    });
    expect(hidden.data!.attemptResult.keyShownAt).not.toBeNull();
    for (const q of hidden.data!.attemptResult.questions) {
      expect(q).toMatchObject({
        correctOptionIds: [],
        correctValue: null,
        credit: null,
        earned: null,
        explanation: '',
      });
      expect(q.options.every((o) => o.correct === null)).toBe(true);
    }
    for (const explanation of explanations) expect(JSON.stringify(hidden)).not.toContain(explanation.slice(0, 40));
    // A practice contest shows it after each attempt.
    await app.dataSource.query(`UPDATE contest SET answer_key_reveal = 'AFTER_EACH_ATTEMPT' WHERE id = $1`, [
      contestId,
    ]);
    const result = await app.gql<Result>(RESULT, { token: attemptToken });
    await app.dataSource.query(`UPDATE contest SET answer_key_reveal = 'AFTER_ROUND_CLOSES' WHERE id = $1`, [
      contestId,
    ]);
    expect(result.errors).toBeUndefined();
    const r = result.data!.attemptResult;
    expect(r).toMatchObject({
      score: submitted.data!.submitAttempt.score,
      questionCount: 10,
      prediction: 50,
      keyRevealed: true,
      keyDecision: 'REVEALED',
    });
    expect(r.questions.every((q) => q.explanation.length > 0)).toBe(true);
    expect(r.questions.reduce((sum, q) => sum + (q.earned ?? 0), 0)).toBe(r.score);
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
    // Three entrants known only by phone: shown apart, never counted for the unit.
    expect(school).toMatchObject({ entrants: 0, unverified: 3, eligiblePopulation: 1000, participationRate: 0 });
    const response = await fetch(`${app.server.url}/api/contests/${contestId}/results.xlsx`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    // The export's unit figures are the same definition: verified count, unverified apart, the formula.
    const unitSheet = workbook.getWorksheet('Đơn vị')!;
    const header = (unitSheet.getRow(1).values as unknown[]).map(String);
    expect(header).toEqual(
      expect.arrayContaining(['Số người đã xác minh dự thi', 'Thí sinh chưa xác minh (không tính)']),
    );
    const rows = Array.from(unitSheet.getSheetValues(), (r) =>
      Array.isArray(r) ? Array.from(r, String).join('|') : '',
    );
    expect(rows.find((r) => r.includes('Đơn vị THCS-HA'))).toMatch(/\|0\|3\|/u);
    expect(rows.some((r) => r.includes('đã xác minh') && r.includes('÷'))).toBe(true);
    const entrantHeader = (workbook.getWorksheet('Thí sinh')!.getRow(1).values as unknown[]).map(String);
    expect(entrantHeader).toContain('Xác minh theo danh sách');
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
    const entrantCode = a.data!.registerEntrant.entrantCode!;
    expect(entrantCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const again = await register({ phone, fullName: 'hoàng văn an', entrantCode: entrantCode.toLowerCase() });
    expect(again.data!.registerEntrant.entrant.id).toBe(a.data!.registerEntrant.entrant.id);
    expect(again.data!.registerEntrant.entrantCode).toBeNull();
    const other = await register({ phone, fullName: 'Đỗ Thị Bình', entrantCode });
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
      // Only a verified roster person moves the unit's figure.
      const person = await addPerson(units.tdp, 'Ngô Văn Race', 1985);
      const reg = await register({ personalCode: person.code });
      expect(reg.data!.registerEntrant.entrant).toMatchObject({ verified: true, unitId: units.tdp });
      const { attemptToken } = (await start(reg.data!.registerEntrant.entrantToken)).data!.startAttempt;
      await app.gql(SUBMIT, { input: { attemptToken } });
      const snapshot = await update;
      expect(snapshot.units.find((u) => u.unitId === units.tdp)!.entrants).toBe(before + 1);
      // The ward's row rolls up its children; each level is ranked on its own.
      const full = await app.server.app.get(ContestRaceService).snapshot(contestId);
      const row = (id: string) => full.units.find((u) => u.unitId === id)!;
      expect(row(wardId)).toMatchObject({
        level: 'WARD',
        rank: 1,
        entrants: row(units.school).entrants + row(units.tdp).entrants,
        eligiblePopulation: row(units.school).eligiblePopulation + row(units.tdp).eligiblePopulation,
      });
      expect(row(units.tdp)).toMatchObject({ level: 'NEIGHBORHOOD_GROUP', rank: 1 });
      expect(row(units.school)).toMatchObject({ level: 'SCHOOL', rank: 1 });
    } finally {
      socket.close();
    }
  });
  it('gives each contest a unique short link from its title, editable by staff, that resolves to the contest', async () => {
    const CREATE = `mutation($input: CreateContestInput!) { createContest(input: $input) { id slug } }`;
    const UPDATE = `mutation($input: UpdateContestInput!) { updateContest(input: $input) { id slug } }`;
    const BY_SLUG = `query($slug: String!) { contestIdBySlug(slug: $slug) }`;
    // The demo contest's link is short enough to read aloud, not its long title's.
    const [demo] = await app.dataSource.query<{ id: string; slug: string }[]>(
      'SELECT id, slug FROM contest WHERE is_demo',
    );
    expect(demo.slug).toBe(DEMO_CONTEST_SLUG);
    expect(
      (await app.gql<{ contestIdBySlug: string }>(BY_SLUG, { slug: 'tim-hieu-nq-tw2' })).data!.contestIdBySlug,
    ).toBe(demo.id);
    const input = {
      title: 'Tìm hiểu Nghị quyết số 57-NQ/TW',
      drawRules: (
        await app.gql<{ contests: { isDemo: boolean; drawRules: Record<string, unknown>[] }[] }>(
          'query { contests { isDemo drawRules { sectionId tag difficulty count } } }',
          {},
          admin,
        )
      ).data!.contests.find((c) => c.isDemo)!.drawRules,
      timeLimitSeconds: 600,
      attemptsPerRound: 1,
      rounds: [
        { name: 'Đợt 1', startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString() },
      ],
    };
    const first = await app.gql<{ createContest: { id: string; slug: string } }>(CREATE, { input }, admin);
    expect(first.errors).toBeUndefined();
    expect(first.data!.createContest.slug).toBe('tim-hieu-nghi-quyet-so-57-nq-tw');
    const second = await app.gql<{ createContest: { id: string; slug: string } }>(CREATE, { input }, admin);
    expect(second.data!.createContest.slug).toBe('tim-hieu-nghi-quyet-so-57-nq-tw-2');
    const id = first.data!.createContest.id;
    // Still a draft: only its editors follow the link (the public is refused, see the next test).
    const resolved = await app.gql<{ contestIdBySlug: string }>(
      BY_SLUG,
      { slug: 'tim-hieu-nghi-quyet-so-57-nq-tw' },
      admin,
    );
    expect(resolved.data!.contestIdBySlug).toBe(id);
    expect(reasonOf(await app.gql(BY_SLUG, { slug: 'khong-co' }))).toBe('CONTEST_NOT_FOUND');
    // Staff edit it: a taken or malformed one is refused naming the field, and nothing changes.
    const taken = await app.gql(UPDATE, { input: { id, slug: 'tim-hieu-nghi-quyet-so-57-nq-tw-2' } }, admin);
    expect(taken.errors?.[0]?.extensions).toMatchObject({ reason: 'CONTEST_INVALID', details: { field: 'slug' } });
    expect((await app.gql(UPDATE, { input: { id, slug: 'Tìm Hiểu' } }, admin)).errors).toBeDefined();
    expect((await app.gql(UPDATE, { input: { id, slug: 'tim-hieu-nq' } }, admin)).errors).toBeUndefined();
    expect(
      (await app.gql<{ contestIdBySlug: string }>(BY_SLUG, { slug: 'tim-hieu-nq' }, admin)).data!.contestIdBySlug,
    ).toBe(id);
    // The old UUID address keeps working.
    expect((await app.gql<{ contest: { id: string } }>(CONTEST, { id }, admin)).data!.contest.id).toBe(id);
    const [row] = await app.dataSource.query<{ slug: string }[]>('SELECT slug FROM contest WHERE id = $1', [id]);
    expect(row.slug).toBe('tim-hieu-nq');
  });

  it('shows a draft contest to its editors only: to the public, a reviewer or its race screen it does not exist', async () => {
    const BY_SLUG = `query($slug: String!) { contestIdBySlug(slug: $slug) }`;
    const [draft] = await app.dataSource.query<{ id: string; slug: string }[]>(
      `SELECT id, slug FROM contest WHERE status = 'DRAFT' ORDER BY created_at LIMIT 1`,
    );
    expect(draft).toBeDefined(); // made by the short-link test above
    const unknownId = '00000000-0000-4000-8000-000000000000';
    const unknownById = await app.gql(CONTEST, { id: unknownId });
    const unknownBySlug = await app.gql(BY_SLUG, { slug: 'khong-co-cuoc-thi-nay' });
    expect(reasonOf(unknownById)).toBe('CONTEST_NOT_FOUND');
    const reviewer = await app.tokenFor(Role.REVIEWER);
    for (const token of [undefined, reviewer]) {
      const byId = await app.gql(CONTEST, { id: draft.id }, token);
      const bySlug = await app.gql(BY_SLUG, { slug: draft.slug }, token);
      // The same refusal as for an unknown contest, word for word: its existence does not leak.
      expect(byId.data ?? null).toBeNull();
      expect(byId.errors?.map((e) => [e.message, e.extensions])).toEqual(
        unknownById.errors?.map((e) => [e.message, e.extensions]),
      );
      expect(bySlug.errors?.map((e) => [e.message, e.extensions])).toEqual(
        unknownBySlug.errors?.map((e) => [e.message, e.extensions]),
      );
    }
    const socket: Socket = io(`${app.server.url}/contest-race`, { transports: ['websocket'], forceNew: true });
    try {
      const race = await socket.timeout(5000).emitWithAck('subscribe', { contestId: draft.id });
      const none = await socket.timeout(5000).emitWithAck('subscribe', { contestId: unknownId });
      expect(race).toMatchObject({ ok: false, reason: 'CONTEST_NOT_FOUND' });
      expect(race).toEqual(none);
    } finally {
      socket.close();
    }
    // Its editor previews it.
    const preview = await app.gql<{ contest: { id: string; status: string } }>(CONTEST, { id: draft.id }, admin);
    expect(preview.data!.contest).toMatchObject({ id: draft.id, status: 'DRAFT' });
    const slugPreview = await app.gql<{ contestIdBySlug: string }>(BY_SLUG, { slug: draft.slug }, admin);
    expect(slugPreview.data!.contestIdBySlug).toBe(draft.id);
  });

  it('registers a roster person by code or by name + birth year: verified, the roster’s unit and name; another device is the same entrant', async () => {
    const person = await addPerson(units.tdp, 'Trịnh Thị Danh Sách', 1978);
    const byCode = await registerRoster({
      personalCode: `${person.code.slice(0, 4)}-${person.code.slice(4)}`.toLowerCase(),
    });
    expect(byCode.errors).toBeUndefined();
    expect(byCode.data!.registerEntrant).toMatchObject({
      entrantCode: null,
      entrant: {
        fullName: 'Trịnh Thị Danh Sách',
        unitId: units.tdp,
        unitName: 'Đơn vị TDP-01',
        verified: true,
        phoneMasked: '',
      },
    });
    const firstToken = byCode.data!.registerEntrant.entrantToken;
    const byName = await registerRoster({ personId: person.id, birthYear: 1978 });
    expect(byName.data!.registerEntrant.entrant.id).toBe(byCode.data!.registerEntrant.entrant.id);
    expect(byName.data!.registerEntrant.entrantToken).not.toBe(firstToken);
    expect(reasonOf(await start(firstToken))).toBe('ENTRANT_TOKEN_INVALID');
    // A wrong birth year is refused like any other mismatch, and says nothing about which part was wrong.
    const wrong = await registerRoster({ personId: person.id, birthYear: 1979 });
    expect(reasonOf(wrong)).toBe('IDENTITY_NOT_CONFIRMED');
    const [row] = await app.dataSource.query<{ person_id: string; n: number }[]>(
      'SELECT max(person_id::text) AS person_id, count(*)::int AS n FROM entrant WHERE person_id = $1',
      [person.id],
    );
    expect(row).toEqual({ person_id: person.id, n: 1 });
  });

  it('asks a returning phone on a new device for the entrant code: without it nothing changes on the first device', async () => {
    const phone = nextPhone();
    const first = await register({ phone, fullName: 'Mai Thị Thiết Bị' });
    const { entrantToken, entrantCode, entrant } = first.data!.registerEntrant;
    expect(entrant).toMatchObject({ verified: false });
    expect(entrantCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const [stored] = await app.dataSource.query<{ phone_ciphertext: string; entrant_code_hash: string }[]>(
      'SELECT phone_ciphertext, entrant_code_hash FROM entrant WHERE id = $1',
      [entrant.id],
    );
    expect(stored.phone_ciphertext).toBeTruthy();
    expect(JSON.stringify(stored)).not.toContain(phone.slice(1));
    expect(JSON.stringify(stored)).not.toContain(entrantCode!.replace('-', ''));

    const noCode = await register({ phone, fullName: 'Mai Thị Thiết Bị' });
    expect(reasonOf(noCode)).toBe('ENTRANT_CODE_REQUIRED');
    expect(noCode.errors![0].message).toMatch(/entrant code/);
    expect(reasonOf(await register({ phone, fullName: 'Mai Thị Thiết Bị', entrantCode: 'ACDE-FHJK' }))).toBe(
      'ENTRANT_CODE_INVALID',
    );
    // The first device keeps its token: it can still start its attempt, no one burnt it.
    const started = await start(entrantToken);
    expect(started.errors).toBeUndefined();
    const [{ n }] = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM attempt WHERE entrant_id = $1',
      [entrant.id],
    );
    expect(n).toBe(1);
    // The same device needs no code.
    const same = await register({ phone, fullName: 'Mai Thị Thiết Bị', entrantToken });
    expect(same.errors).toBeUndefined();
    expect(same.data!.registerEntrant.entrant.id).toBe(entrant.id);

    // A row from before codes and encrypted phones (hash only) keeps working on its device and gets both.
    await app.dataSource.query('UPDATE entrant SET phone_ciphertext = NULL, entrant_code_hash = NULL WHERE id = $1', [
      entrant.id,
    ]);
    const legacy = await register({
      phone,
      fullName: 'Mai Thị Thiết Bị',
      entrantToken: same.data!.registerEntrant.entrantToken,
    });
    expect(legacy.errors).toBeUndefined();
    expect(legacy.data!.registerEntrant.entrantCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const [after] = await app.dataSource.query<{ phone_ciphertext: string | null }[]>(
      'SELECT phone_ciphertext FROM entrant WHERE id = $1',
      [entrant.id],
    );
    expect(after.phone_ciphertext).toBeTruthy();
  });

  it('lets no HOST read a contest, its results or its flags (only ADMIN and REVIEWER)', async () => {
    const host = await app.tokenFor(Role.HOST);
    const reviewer = await app.tokenFor(Role.REVIEWER);
    for (const [query, variables] of [
      [CONTESTS, {}],
      [RESULTS, { contestId }],
      [FLAGS, { contestId }],
    ] as const) {
      expect(reasonOf(await app.gql(query, variables, host))).toBe('ROLE_REQUIRED');
      expect((await app.gql(query, variables, reviewer)).errors).toBeUndefined();
    }
    const xlsx = await fetch(`${app.server.url}/api/contests/${contestId}/results.xlsx`, {
      headers: { authorization: `Bearer ${host}` },
    });
    expect(xlsx.status).toBe(403);
  });

  it('reveals a prize winner’s phone to an ADMIN only, with a PHONE_REVEALED audit event', async () => {
    const REVEAL = `mutation($id: ID!) { revealWinnerPhone(entrantId: $id) }`;
    const r = await app.gql<{
      contestResults: {
        winners: { entrantId: string; phoneKept: boolean }[];
        individuals: { entrantId: string; prize: string | null }[];
      };
    }>(RESULTS, { contestId }, admin);
    const winner = r.data!.contestResults.winners.find((w) => w.phoneKept)!;
    expect(winner).toBeDefined();
    const reviewer = await app.tokenFor(Role.REVIEWER);
    expect(reasonOf(await app.gql(REVEAL, { id: winner.entrantId }, reviewer))).toBe('ROLE_REQUIRED');
    const revealed = await app.gql<{ revealWinnerPhone: string }>(REVEAL, { id: winner.entrantId }, admin);
    expect(revealed.errors).toBeUndefined();
    expect(revealed.data!.revealWinnerPhone).toMatch(/^0\d{9}$/);
    const events = await app.dataSource.query<{ action: string; subject_type: string; actor_id: string | null }[]>(
      'SELECT action, subject_type, actor_id FROM data_audit_event WHERE subject_id = $1',
      [winner.entrantId],
    );
    expect(events).toEqual([expect.objectContaining({ action: 'PHONE_REVEALED', subject_type: 'ENTRANT' })]);
    expect(events[0].actor_id).not.toBeNull();
    // Someone who won nothing (here: registered, no attempt) keeps their number hidden.
    const other = await register({ fullName: 'Đinh Không Giải' });
    const otherId = other.data!.registerEntrant.entrant.id;
    expect(reasonOf(await app.gql(REVEAL, { id: otherId }, admin))).toBe('NOT_A_WINNER');
  });

  it('gives campaigns its participants per unit (with sub-units): roster persons with their kind, phone entrants apart', async () => {
    const { ContestUnitResultsService } = await import('./contest-unit-results.service.js');
    const source = await app.server.app.get(ContestUnitResultsService).participants(contestId, [units.tdp, wardId]);
    expect(source).toMatchObject({ act: 'SUBMITTED', basis: 'VERIFIED' });
    const tdp = source.byUnit.get(units.tdp)!;
    expect(tdp.some((p) => p.personId !== null && p.personKind === 'RESIDENTS')).toBe(true);
    expect(tdp.some((p) => p.personId === null)).toBe(true);
    expect(source.byUnit.get(wardId)!.length).toBeGreaterThanOrEqual(tdp.length);
  });

  describe('the attack of issue 11: 25 invented entrants with empty attempts, then a key typed from a harvest', () => {
    const CREATE_CONTEST = `mutation($input: CreateContestInput!) { createContest(input: $input) { id identityMode answerKeyReveal } }`;
    const OPEN_CONTEST = `mutation($id: ID!) { openContest(id: $id) { id status } }`;
    const DRAW_RULES = `query { contests { id isDemo drawRules { sectionId tag difficulty count } } }`;

    const unit = async (code: string, kind: string, populationKind: string, parentId: string) =>
      (
        await app.gql<{ createUnit: { id: string } }>(
          CREATE_UNIT,
          { input: { code, name: `Đơn vị ${code}`, kind, parentId, eligiblePopulation: 0, populationKind } },
          admin,
        )
      ).data!.createUnit.id;

    /** The correct response to each question of an attempt, read from the stored key (what a harvest gives). */
    const harvestedKey = async (attemptId: string) => {
      const [{ questions }] = await app.dataSource.query<{ questions: { versionId: string }[] }[]>(
        'SELECT questions FROM attempt WHERE id = $1',
        [attemptId],
      );
      const keys = new Map(
        (
          await app.dataSource.query<
            { id: string; answer_key: { type: string; correctOptionIds?: string[]; numeric?: { answer: number } } }[]
          >('SELECT id, answer_key FROM question_version WHERE id = ANY($1::uuid[])', [
            questions.map((q) => q.versionId),
          ])
        ).map((r) => [r.id, r.answer_key]),
      );
      return questions.map((q) => {
        const key = keys.get(q.versionId)!;
        return key.type === 'NUMERIC' ? { value: key.numeric!.answer } : { optionIds: key.correctOptionIds! };
      });
    };

    type Board = {
      contestResults: {
        actual: number | null;
        verifiedEntrants: number;
        unverifiedEntrants: number;
        participationFormula: string;
        winners: { entrantId: string; fullName: string; verified: boolean; prize: string }[];
        individuals: { entrantId: string; rank: number; verified: boolean; prize: string | null }[];
        units: {
          unitId: string;
          unitName: string;
          entrants: number;
          unverified: number;
          eligiblePopulation: number;
          participationRate: number;
          rank: number;
          prizeScore: number;
        }[];
      };
    };
    const figures = (board: Board) =>
      board.contestResults.units
        .map((u) => ({ unit: u.unitName, rate: u.participationRate, rank: u.rank, prizeScore: u.prizeScore }))
        .sort((a, b) => a.unit.localeCompare(b.unit));

    it.each([
      ['ROSTER_PREFERRED', 'AFTER_EACH_ATTEMPT'],
      ['ROSTER_ONLY', 'AFTER_ROUND_CLOSES'],
    ])(
      '%s (key %s): no unit’s rate, rank or prize moves, no key is revealed, the harvested key is flagged',
      async (mode, reveal) => {
        const tag = mode === 'ROSTER_ONLY' ? 'O' : 'P';
        const school = await unit(`TH-${tag}`, 'SCHOOL', 'STUDENTS', wardId);
        const klass = await unit(`LOP-5A-${tag}`, 'CLASS', 'STUDENTS', school);
        const tdp = await unit(`TDP-${tag}`, 'NEIGHBORHOOD_GROUP', 'RESIDENTS', wardId);
        const pupils: Awaited<ReturnType<typeof addPerson>>[] = [];
        for (let i = 0; i < 25; i += 1)
          pupils.push(await addPerson(klass, `Học Sinh ${tag} ${i + 1}`, 2015, 'STUDENTS'));
        const residents: Awaited<ReturnType<typeof addPerson>>[] = [];
        for (let i = 0; i < 10; i += 1) residents.push(await addPerson(tdp, `Cư Dân ${tag} ${i + 1}`, 1970 + i));

        const rules = (
          await app.gql<{ contests: { isDemo: boolean; drawRules: Record<string, unknown>[] }[] }>(
            DRAW_RULES,
            {},
            admin,
          )
        ).data!.contests.find((c) => c.isDemo)!.drawRules;
        const created = await app.gql<{ createContest: { id: string; identityMode: string; answerKeyReveal: string } }>(
          CREATE_CONTEST,
          {
            input: {
              title: `Cuộc thi ${mode}`,
              eligibleUnitIds: [school, tdp],
              drawRules: rules,
              timeLimitSeconds: 600,
              attemptsPerRound: 3,
              identityMode: mode,
              answerKeyReveal: reveal,
              predictionKind: 'PARTICIPANTS',
              rounds: [
                {
                  name: 'Đợt 1',
                  startsAt: new Date(Date.now() - 3600_000).toISOString(),
                  endsAt: new Date(Date.now() + 86_400_000).toISOString(),
                },
              ],
            },
          },
          admin,
        );
        expect(created.errors).toBeUndefined();
        const id = created.data!.createContest.id;
        expect(created.data!.createContest).toMatchObject({ identityMode: mode, answerKeyReveal: reveal });
        expect((await app.gql(OPEN_CONTEST, { id }, admin)).errors).toBeUndefined();

        // Real people: 2 pupils (by code) and 3 residents (by name + birth year), each predicting 5 participants.
        const real = [
          ...pupils.slice(0, 2).map((p) => ({ personalCode: p.code })),
          ...residents.slice(0, 3).map((p) => ({ personId: p.id, birthYear: p.birthYear })),
        ];
        for (const claim of real) {
          const reg = await registerRoster(claim, id);
          expect(reg.errors).toBeUndefined();
          const { attemptToken, attempt } = (await start(reg.data!.registerEntrant.entrantToken)).data!.startAttempt;
          await answerAll(attemptToken, attempt);
          expect((await app.gql(SUBMIT, { input: { attemptToken, prediction: 5 } })).errors).toBeUndefined();
        }
        const before = (await app.gql<Board>(RESULTS, { contestId: id }, admin)).data!;
        const { ContestRaceService } = await import('./contest-race.service.js');
        const race = app.server.app.get(ContestRaceService);
        const raceBefore = await race.snapshot(id);

        // The attack: 25 invented entrants (random phones and names) for the class, empty attempts.
        const t0 = Date.now();
        let registered = 0;
        let refused = 0;
        const revealedKeys: string[] = [];
        for (let i = 0; i < 25; i += 1) {
          const reg = await registerRoster(
            {
              fullName: `Bot ${randomBytes(3).toString('hex')}`,
              birthYear: 2015,
              unitId: klass,
              phone: `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
            },
            id,
          );
          if (reg.errors) {
            expect(reasonOf(reg)).toBe('ROSTER_REQUIRED');
            refused += 1;
            continue;
          }
          registered += 1;
          expect(reg.data!.registerEntrant.entrant.verified).toBe(false);
          const { attemptToken } = (await start(reg.data!.registerEntrant.entrantToken)).data!.startAttempt;
          expect((await app.gql(SUBMIT, { input: { attemptToken, prediction: 30 } })).errors).toBeUndefined();
          const result = await app.gql<{
            attemptResult: {
              keyRevealed: boolean;
              keyDecision: string;
              questions: { correctOptionIds: string[]; correctValue: number | null; explanation: string }[];
            };
          }>(RESULT, { token: attemptToken });
          expect(result.data!.attemptResult).toMatchObject({ keyRevealed: false, keyDecision: 'NEARLY_EMPTY' });
          for (const q of result.data!.attemptResult.questions) {
            if (q.correctOptionIds.length > 0 || q.correctValue !== null || q.explanation)
              revealedKeys.push(attemptToken);
          }
        }
        const attackMs = Date.now() - t0;
        // Roster preferred: an unverified entrant with full marks is shown first but takes no prize.
        let unverifiedTop: string | null = null;
        if (mode === 'ROSTER_PREFERRED') {
          const reg = await registerRoster(
            { fullName: 'Người Chưa Xác Minh', birthYear: 1990, unitId: tdp, phone: nextPhone() },
            id,
          );
          unverifiedTop = reg.data!.registerEntrant.entrant.id;
          const { attemptToken, attempt } = (await start(reg.data!.registerEntrant.entrantToken)).data!.startAttempt;
          for (const [index, response] of (await harvestedKey(attempt.id)).entries())
            await app.gql(SAVE, { input: { attemptToken, index, response } });
          expect((await app.gql(SUBMIT, { input: { attemptToken, prediction: 5 } })).errors).toBeUndefined();
        }
        expect(revealedKeys).toEqual([]);
        if (mode === 'ROSTER_ONLY') expect([registered, refused]).toEqual([0, 25]);
        else expect([registered, refused]).toEqual([25, 0]);

        const after = (await app.gql<Board>(RESULTS, { contestId: id }, admin)).data!;
        const raceAfter = await race.snapshot(id);
        expect(figures(after)).toEqual(figures(before));
        expect(after.contestResults.actual).toBe(before.contestResults.actual);
        expect(after.contestResults.winners.map((w) => w.entrantId)).toEqual(
          before.contestResults.winners.map((w) => w.entrantId),
        );
        expect(after.contestResults.winners.every((w) => w.verified)).toBe(true);
        expect(after.contestResults.unverifiedEntrants).toBe(registered + (unverifiedTop ? 1 : 0));
        if (unverifiedTop)
          expect(after.contestResults.individuals.find((i) => i.entrantId === unverifiedTop)).toMatchObject({
            rank: 1,
            verified: false,
            prize: null,
          });
        const raceView = (snapshot: typeof raceBefore) =>
          snapshot.units.map((u) => [u.unitName, u.entrants, u.participationRate, u.rank]).sort();
        expect(raceView(raceAfter)).toEqual(raceView(raceBefore));
        expect(raceAfter.totalUnverified).toBe(registered + (unverifiedTop ? 1 : 0));
        const classRow = after.contestResults.units.find((u) => u.unitId === klass)!;
        expect(classRow).toMatchObject({ entrants: 2, unverified: registered, eligiblePopulation: 25 });

        // A "real" pupil types the key from a harvest at a steady 2 s per question: full marks, flagged.
        const cheater = await registerRoster({ personalCode: pupils[2].code }, id);
        const { attemptToken, attempt } = (await start(cheater.data!.registerEntrant.entrantToken)).data!.startAttempt;
        const key = await harvestedKey(attempt.id);
        for (const [index, response] of key.entries())
          expect((await app.gql(SAVE, { input: { attemptToken, index, response } })).errors).toBeUndefined();
        const pace = 2_000;
        await app.dataSource.query(
          `UPDATE attempt SET started_at = now() - make_interval(secs => $2::float / 1000) WHERE id = $1`,
          [attempt.id, (key.length + 1) * pace],
        );
        await app.dataSource.query(
          `UPDATE attempt_answer aa SET saved_at = a.started_at + make_interval(secs => (aa.index + 1) * $2::float / 1000)
           FROM attempt a WHERE a.id = aa.attempt_id AND a.id = $1`,
          [attempt.id, pace],
        );
        const submitted = await app.gql<{ submitAttempt: { score: number; maxScore: number; durationMs: number } }>(
          SUBMIT,
          {
            input: { attemptToken, prediction: 6 },
          },
        );
        expect(submitted.errors).toBeUndefined();
        const s = submitted.data!.submitAttempt;
        expect(s.score).toBe(s.maxScore);
        const flags = await app.gql<{ contestFlags: { kind: string; entrantName: string; details: string }[] }>(
          FLAGS,
          { contestId: id },
          admin,
        );
        const own = flags.data!.contestFlags.filter((f) => f.entrantName === pupils[2].fullName);
        expect(own.map((f) => f.kind)).toContain('UNIFORM_TIMING');
        expect(own.map((f) => f.kind)).not.toContain('IMPLAUSIBLE_TIMING');
        const emptyFlags = flags.data!.contestFlags.filter((f) => f.kind === 'EMPTY_SUBMISSION').length;
        expect(emptyFlags).toBe(registered);
        const final = (await app.gql<Board>(RESULTS, { contestId: id }, admin)).data!;
        const top = final.contestResults.winners[0];

        // The before/after figures of the attack, for the note (ATTACK_REPORT=1 prints them).
        if (process.env.ATTACK_REPORT)
          // eslint-disable-next-line no-console
          console.log(
            JSON.stringify(
              {
                mode,
                answerKeyReveal: reveal,
                attack: { registered, refused, ms: attackMs, keysRevealed: revealedKeys.length },
                before: {
                  units: figures(before),
                  race: raceView(raceBefore),
                  actual: before.contestResults.actual,
                  winners: before.contestResults.winners.map((w) => `${w.prize}: ${w.fullName}`),
                },
                after: {
                  units: figures(after),
                  race: raceView(raceAfter),
                  actual: after.contestResults.actual,
                  winners: after.contestResults.winners.map((w) => `${w.prize}: ${w.fullName}`),
                  unverified: after.contestResults.unverifiedEntrants,
                  emptyFlags,
                },
                harvest: {
                  score: s.score,
                  maxScore: s.maxScore,
                  durationMs: s.durationMs,
                  flags: own.map((f) => f.kind),
                  details: own.map((f) => f.details),
                  topWinner: top?.fullName,
                },
                formula: after.contestResults.participationFormula,
              },
              null,
              1,
            ),
          );
      },
    );
  });

  it('never shuffles the options of a keep-order question in an attempt, and still shuffles the others', async () => {
    const versions: { prompt: string; options: { id: string }[]; keep_order: boolean }[] = await app.dataSource.query(
      `SELECT prompt, options, keep_order FROM question_version WHERE type IN ('SINGLE_CHOICE', 'MULTIPLE_SELECT')`,
    );
    const stored = new Map(versions.map((v) => [v.prompt, v]));
    const seen = new Map<string, Set<string>>();
    for (let i = 0; i < 4; i += 1) {
      const reg = await register({ fullName: `Lê Văn Thứ Tự ${i}` });
      const { attemptToken, attempt } = (await start(reg.data!.registerEntrant.entrantToken)).data!.startAttempt;
      for (const q of attempt.questions.filter((q) => stored.has(q.prompt)))
        seen.set(q.prompt, (seen.get(q.prompt) ?? new Set()).add(q.options.map((o) => o.id).join('|')));
      await app.gql(SUBMIT, { input: { attemptToken } });
    }
    const kept = [...seen].filter(([prompt]) => stored.get(prompt)!.keep_order);
    const free = [...seen].filter(([prompt]) => !stored.get(prompt)!.keep_order);
    expect(kept.length).toBeGreaterThan(0);
    for (const [prompt, orders] of kept)
      expect([...orders]).toEqual([
        stored
          .get(prompt)!
          .options.map((o) => o.id)
          .join('|'),
      ]);
    // The others are shuffled: some attempt shows one in another order than stored.
    const storedOrder = (prompt: string) =>
      stored
        .get(prompt)!
        .options.map((o) => o.id)
        .join('|');
    expect(free.some(([prompt, orders]) => [...orders].some((order) => order !== storedOrder(prompt)))).toBe(true);
  });
});
