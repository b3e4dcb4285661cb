import ExcelJS from 'exceljs';
import { Role } from '@thidua/shared';
import { randomBytes } from 'node:crypto';
import { createTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../test-support/test-app.js';

const VERSION_FIELDS = `id prompt options { id text } correctOptionIds numericAnswer { answer } explanation keyWithheld`;
const QUESTION = `query($id: ID!) { question(id: $id) { id key currentVersion { ${VERSION_FIELDS} }
  publishedVersion { ${VERSION_FIELDS} } versions { ${VERSION_FIELDS} } } }`;
const QUESTIONS = `query($filter: QuestionsFilterInput) { questions(filter: $filter) { items { id currentVersion { ${VERSION_FIELDS} } } } }`;
const EXPORT = `mutation($filter: QuestionsFilterInput) { exportQuestions(filter: $filter) { contentBase64 } }`;
const QUIZ = `mutation($input: CreateQuizInput!) { createQuiz(input: $input) { id items { question { id currentVersion { ${VERSION_FIELDS} } } } } }`;

type Version = {
  id: string;
  options: { id: string; text: string }[];
  correctOptionIds: string[];
  numericAnswer: { answer: number } | null;
  explanation: string;
  keyWithheld: boolean;
};
type Question = { id: string; key: string; currentVersion: Version; publishedVersion: Version; versions: Version[] };

/**
 * Issue 16, item 6: a HOST runs games and writes questions, but does not read the key of
 * a question a contest that is not closed can draw — in the bank, in quizzes and in the
 * export; ADMIN does; once the contest closes the HOST does again.
 */
describe('contest keys are withheld from hosts while the contest can draw them', () => {
  let app: TestApp;
  let admin: string;
  let host: string;
  let resolutionId: string;
  let sectionId: string;
  const tag = `hội thi ${randomBytes(3).toString('hex')}`;
  const ids: Record<'drawn' | 'free' | 'ordering', string> = { drawn: '', free: '', ordering: '' };

  const question = async (id: string, token: string) => {
    const r = await app.gql<{ question: Question }>(QUESTION, { id }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.question;
  };
  const exported = async (token: string) => {
    const r = await app.gql<{ exportQuestions: { contentBase64: string } }>(
      EXPORT,
      { filter: { resolutionId } },
      token,
    );
    expect(r.errors).toBeUndefined();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(r.data!.exportQuestions.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const headers: string[] = [];
    sheet.getRow(1).eachCell({ includeEmpty: true }, (c, i) => (headers[i] = c.text));
    const col = (name: string) => headers.indexOf(name);
    const rows = new Map<string, { answer: string; explanation: string; options: string[] }>();
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const cell = (name: string) => row.getCell(col(name)).text;
      rows.set(cell('Câu hỏi'), {
        answer: cell('Đáp án'),
        explanation: cell('Giải thích'),
        options: ['A', 'B', 'C', 'D'].map((l) => cell(`Phương án ${l}`)),
      });
    });
    return rows;
  };
  const startLive = (quizId: string, token: string) =>
    app.gql(
      'mutation($input: StartLiveGameInput!) { startLiveGame(input: $input) { id } }',
      { input: { quizId } },
      token,
    );
  const expectKey = (v: Version) => {
    expect(v.keyWithheld).toBe(false);
    expect(v.correctOptionIds.length).toBeGreaterThan(0);
    expect(v.explanation).not.toBe('');
  };
  const expectNoKey = (v: Version) =>
    expect(v).toMatchObject({ keyWithheld: true, correctOptionIds: [], explanation: '' });

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.signIn('admin', TEST_ADMIN_PASSWORD);
    host = await app.tokenFor(Role.HOST);
    const created = await app.gql<{ createResolution: { id: string } }>(
      'mutation($input: CreateResolutionInput!) { createResolution(input: $input) { id } }',
      {
        input: { code: `kh-${randomBytes(3).toString('hex')}`, title: 'Kế hoạch thi tìm hiểu', issuedOn: '2026-04-21' },
      },
      admin,
    );
    resolutionId = created.data!.createResolution.id;
    const section = await app.gql<{ createSection: { id: string } }>(
      'mutation($input: CreateSectionInput!) { createSection(input: $input) { id } }',
      { input: { resolutionId, key: 'II.1', kind: 'CONTENT_GROUP', title: 'Mục II.1', body: '' } },
      admin,
    );
    sectionId = section.data!.createSection.id;
    const inputs: Record<keyof typeof ids, Record<string, unknown>> = {
      drawn: {
        type: 'SINGLE_CHOICE',
        prompt: 'Hội thi: phương châm bảo vệ Tổ quốc?',
        options: [{ text: 'Từ sớm, từ xa', correct: true }, { text: 'Bốn kiên định' }, { text: 'Dân biết' }],
        explanation: 'Đáp án "Từ sớm, từ xa" theo Mục II.1.',
        tags: [tag],
      },
      ordering: {
        type: 'ORDERING',
        prompt: 'Hội thi: sắp xếp các bước theo thứ tự?',
        options: [{ text: 'Học tập' }, { text: 'Quán triệt' }, { text: 'Triển khai' }, { text: 'Sơ kết' }],
        explanation: 'Học tập, quán triệt, triển khai rồi sơ kết.',
        tags: [tag],
      },
      free: {
        type: 'SINGLE_CHOICE',
        prompt: 'Câu luyện tập không thuộc hội thi?',
        options: [{ text: 'Đúng', correct: true }, { text: 'Sai' }],
        explanation: 'Mục II.1.',
        tags: ['luyện tập'],
      },
    };
    for (const [name, input] of Object.entries(inputs) as [keyof typeof ids, Record<string, unknown>][]) {
      const q = await app.gql<{ createQuestion: { id: string } }>(
        'mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }',
        { input: { ...input, sectionId, difficulty: 'EASY', timeLimitSeconds: 20 } },
        host,
      );
      expect(q.errors).toBeUndefined();
      ids[name] = q.data!.createQuestion.id;
      await app.gql('mutation($id: ID!) { submitQuestionForReview(id: $id) { id } }', { id: ids[name] }, host);
      const published = await app.gql<{ publishQuestion: { status: string } }>(
        'mutation($id: ID!) { publishQuestion(id: $id) { status } }',
        { id: ids[name] },
        admin,
      );
      expect(published.data!.publishQuestion.status).toBe('PUBLISHED');
    }
  });
  afterAll(() => app?.close());

  it('shows the author host the key while no contest draws the question', async () => {
    expectKey((await question(ids.drawn, host)).publishedVersion);
    expect((await exported(host)).get('Hội thi: phương châm bảo vệ Tổ quốc?')!.answer).toBe('A');
  });

  it('withholds it from HOST (bank, quiz, export) while a contest can draw it; ADMIN reads it; back once closed', async () => {
    const contest = await app.gql<{ createContest: { id: string } }>(
      'mutation($input: CreateContestInput!) { createContest(input: $input) { id } }',
      {
        input: {
          title: 'Hội thi tìm hiểu Nghị quyết',
          drawRules: [{ sectionId, tag, difficulty: null, count: 2 }],
          timeLimitSeconds: 600,
          attemptsPerRound: 3,
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
    expect(contest.errors).toBeUndefined();
    const contestId = contest.data!.createContest.id;
    const status = async (mutation: string) =>
      (
        await app.gql<Record<string, { status: string }>>(
          `mutation($id: ID!) { ${mutation}(id: $id) { status } }`,
          {
            id: contestId,
          },
          admin,
        )
      ).data![mutation].status;
    expect(await status('openContest')).toBe('OPEN');

    // HOST: the key fields are empty and say so, on every version; the question itself is still there.
    const drawn = await question(ids.drawn, host);
    for (const v of [drawn.currentVersion, drawn.publishedVersion, ...drawn.versions]) expectNoKey(v);
    expect(drawn.currentVersion.options.map((o) => o.text)).toContain('Từ sớm, từ xa');
    const ordering = await question(ids.ordering, host);
    expectNoKey(ordering.publishedVersion);
    // A question no contest draws keeps its key.
    expectKey((await question(ids.free, host)).publishedVersion);
    const listed = await app.gql<{ questions: { items: { id: string; currentVersion: Version }[] } }>(
      QUESTIONS,
      { filter: { resolutionId } },
      host,
    );
    const byId = new Map(listed.data!.questions.items.map((q) => [q.id, q.currentVersion]));
    expectNoKey(byId.get(ids.drawn)!);
    expectKey(byId.get(ids.free)!);
    const quiz = await app.gql<{
      createQuiz: { id: string; items: { question: { id: string; currentVersion: Version } }[] };
    }>(QUIZ, { input: { title: 'Ôn tập', mode: 'FIXED', questionIds: [ids.drawn, ids.free] } }, host);
    expect(quiz.errors).toBeUndefined();
    const inQuiz = new Map(quiz.data!.createQuiz.items.map((i) => [i.question.id, i.question.currentVersion]));
    expectNoKey(inQuiz.get(ids.drawn)!);
    expectKey(inQuiz.get(ids.free)!);

    // Live: every reveal shows the key to the hall, so the host may not run those questions; nothing is created.
    const mixedQuiz = quiz.data!.createQuiz.id;
    const freeQuiz = await app.gql<{ createQuiz: { id: string } }>(
      'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { id } }',
      { input: { title: 'Luyện tập', mode: 'FIXED', questionIds: [ids.free] } },
      host,
    );
    const games = async () => Number((await app.dataSource.query('SELECT count(*) AS n FROM live_game'))[0].n);
    const before = await games();
    const refused = await startLive(mixedQuiz, host);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'QUIZ_HAS_CONTEST_KEYS' });
    expect(await games()).toBe(before);
    expect((await startLive(freeQuiz.data!.createQuiz.id, host)).errors).toBeUndefined();
    expect((await startLive(mixedQuiz, admin)).errors).toBeUndefined();

    // The host's export leaves the key cells empty (ORDERING options not in the correct order); the free one keeps its key.
    const hostFile = await exported(host);
    expect(hostFile.get('Hội thi: phương châm bảo vệ Tổ quốc?')).toMatchObject({ answer: '', explanation: '' });
    const orderingRow = hostFile.get('Hội thi: sắp xếp các bước theo thứ tự?')!;
    expect(orderingRow.answer).toBe('');
    expect(orderingRow.options).not.toEqual(['Học tập', 'Quán triệt', 'Triển khai', 'Sơ kết']);
    expect(hostFile.get('Câu luyện tập không thuộc hội thi?')!.answer).toBe('A');

    // ADMIN reads everything.
    expectKey((await question(ids.drawn, admin)).publishedVersion);
    const adminFile = await exported(admin);
    expect(adminFile.get('Hội thi: phương châm bảo vệ Tổ quốc?')).toMatchObject({
      answer: 'A',
      explanation: 'Đáp án "Từ sớm, từ xa" theo Mục II.1.',
    });

    // Closed: the host reads the key again.
    expect(await status('closeContest')).toBe('CLOSED');
    expectKey((await question(ids.drawn, host)).publishedVersion);
    expect((await exported(host)).get('Hội thi: phương châm bảo vệ Tổ quốc?')!.answer).toBe('A');
    expect((await startLive(mixedQuiz, host)).errors).toBeUndefined();
  });
});
