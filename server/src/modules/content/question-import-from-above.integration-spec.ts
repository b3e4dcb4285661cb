import { Role } from '@thidua/shared';
import { createTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../test-support/test-app.js';

const IMPORT = `mutation($input: ImportQuestionsInput!) { importQuestions(input: $input) {
  ok created updated unchanged questionIds errors { line column reason message } } }`;
const QUESTIONS = `query($filter: QuestionsFilterInput) { questions(filter: $filter) { items { id key status
  currentVersion { type prompt options { id text } correctOptionIds explanation keepOrder section { key title } } } } }`;
const PUBLISH_MANY = `mutation($input: BulkQuestionsInput!) { publishQuestions(input: $input) {
  done refusals { questionId key reason message } } }`;
const SUBMIT_MANY = `mutation($input: BulkQuestionsInput!) { submitQuestionsForReview(input: $input) {
  done refusals { questionId key reason } } }`;
const CREATE_QUIZ = `mutation($input: CreateQuizInput!) { createQuiz(input: $input) { id } }`;
const PLAYER_QUIZ = `query($id: ID!) { playerQuiz(id: $id) { questions { prompt options { text } } } }`;

type Report = {
  ok: boolean;
  created: number;
  questionIds: string[];
  errors: { line: number; column: string | null; reason: string; message: string }[];
};
type Listed = {
  id: string;
  key: string;
  status: string;
  currentVersion: {
    type: string;
    prompt: string;
    options: { id: string; text: string }[];
    correctOptionIds: string[];
    explanation: string;
    keepOrder: boolean;
    section: { key: string; title: string };
  };
};

/** As the Ban Tuyên giáo sends a contest set: question, options A–D, answer; nothing else. */
const FROM_ABOVE = [
  ['Câu hỏi', 'Phương án A', 'Phương án B', 'Phương án C', 'Phương án D', 'Đáp án'],
  [
    'Nghị quyết xác định mục tiêu tổng quát đến năm nào?',
    'A. Năm 2025',
    'B. Năm 2030',
    'C. Năm 2045',
    'D. Cả 3 đáp án trên',
    'B',
  ],
  [
    'Cơ quan nào ban hành Nghị quyết?',
    'A) Quốc hội',
    'B) Chính phủ',
    'C) Ban Chấp hành Trung ương',
    'D) Bộ Chính trị',
    'C',
  ],
  [
    'Đối tượng tuyên truyền của Nghị quyết là ai?',
    'a/ Cán bộ, đảng viên',
    'b/ Đoàn viên, hội viên',
    'c/ Nhân dân',
    'd/ Tất cả các đáp án trên',
    'Tất cả các đáp án trên',
  ],
];

function csv(rows: string[][]): Buffer {
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  return Buffer.from(rows.map((r) => r.map(quote).join(',')).join('\r\n'), 'utf8');
}

describe('question sets as they arrive from above (issue 15)', () => {
  let app: TestApp;
  let admin: string;
  let host: string;
  let resolutionId: string;

  const importCsv = (rows: string[][], dryRun = false) =>
    app.gql<{ importQuestions: Report }>(
      IMPORT,
      {
        input: {
          fileName: 'bo-de-ban-tuyen-giao.csv',
          contentBase64: csv(rows).toString('base64'),
          resolutionId,
          dryRun,
        },
      },
      host,
    );
  const bank = async (): Promise<Listed[]> => {
    const r = await app.gql<{ questions: { items: Listed[] } }>(QUESTIONS, { filter: { resolutionId } }, admin);
    expect(r.errors).toBeUndefined();
    return r.data!.questions.items.sort((a, b) => a.currentVersion.prompt.localeCompare(b.currentVersion.prompt));
  };

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.signIn('admin', TEST_ADMIN_PASSWORD);
    host = await app.tokenFor(Role.HOST);
    const resolution = await app.gql<{ createResolution: { id: string } }>(
      'mutation($input: CreateResolutionInput!) { createResolution(input: $input) { id } }',
      { input: { code: 'nq-tu-tren', title: 'Nghị quyết từ trên gửi về', issuedOn: '2026-05-19' } },
      admin,
    );
    resolutionId = resolution.data!.createResolution.id;
  });
  afterAll(() => app.close());

  it('imports a file with no section, type or explanation column: prefixes stripped, order kept for "all of the above"', async () => {
    const dry = await importCsv(FROM_ABOVE, true);
    expect(dry.data!.importQuestions).toMatchObject({ ok: true, created: 3, questionIds: [], errors: [] });
    expect(await bank()).toEqual([]);
    const sectionsBefore = await app.dataSource.query('SELECT id FROM resolution_section WHERE resolution_id = $1', [
      resolutionId,
    ]);
    expect(sectionsBefore).toEqual([]); // a dry run writes nothing, not even the whole-resolution section

    const result = await importCsv(FROM_ABOVE);
    const report = result.data!.importQuestions;
    expect(report).toMatchObject({ ok: true, created: 3, errors: [] });
    expect(report.questionIds).toHaveLength(3);
    const ofImport = await app.gql<{ questions: { items: { id: string }[] } }>(
      QUESTIONS,
      { filter: { ids: report.questionIds } },
      admin,
    );
    expect(ofImport.data!.questions.items.map((q) => q.id).sort()).toEqual([...report.questionIds].sort());

    const [agency, audience, goal] = await bank();
    const correctText = (q: Listed) =>
      q.currentVersion.correctOptionIds.map((id) => q.currentVersion.options.find((o) => o.id === id)!.text);
    expect(goal.currentVersion).toMatchObject({
      type: 'SINGLE_CHOICE',
      explanation: '',
      keepOrder: true,
      section: { key: '', title: 'Toàn văn nghị quyết' },
    });
    expect(goal.currentVersion.options.map((o) => o.text)).toEqual([
      'Năm 2025',
      'Năm 2030',
      'Năm 2045',
      'Cả 3 đáp án trên',
    ]);
    expect(correctText(goal)).toEqual(['Năm 2030']);
    expect(agency.currentVersion.keepOrder).toBe(false);
    expect(agency.currentVersion.options[3].text).toBe('Bộ Chính trị');
    expect(correctText(agency)).toEqual(['Ban Chấp hành Trung ương']);
    // The answer given as the option's text, "Tất cả…" keeps the order.
    expect(audience.currentVersion.keepOrder).toBe(true);
    expect(correctText(audience)).toEqual(['Tất cả các đáp án trên']);
    expect(new Set([agency, audience, goal].map((q) => q.status))).toEqual(new Set(['IN_REVIEW']));
  });

  it('never shuffles the options of a keep-order question, and still shuffles the others', async () => {
    const questions = await bank();
    const published = await app.gql<{ publishQuestions: { done: string[] } }>(
      PUBLISH_MANY,
      { input: { ids: questions.map((q) => q.id) } },
      admin,
    );
    expect(published.data!.publishQuestions.done).toHaveLength(3);
    const quiz = await app.gql<{ createQuiz: { id: string } }>(
      CREATE_QUIZ,
      {
        input: { title: 'Bộ đề từ trên', mode: 'FIXED', shuffleOptions: true, questionIds: questions.map((q) => q.id) },
      },
      host,
    );
    const orders = new Map<string, Set<string>>();
    for (let i = 0; i < 30; i += 1) {
      const player = await app.gql<{ playerQuiz: { questions: { prompt: string; options: { text: string }[] }[] } }>(
        PLAYER_QUIZ,
        { id: quiz.data!.createQuiz.id },
      );
      for (const q of player.data!.playerQuiz.questions) {
        const seen = orders.get(q.prompt) ?? new Set<string>();
        seen.add(q.options.map((o) => o.text).join('|'));
        orders.set(q.prompt, seen);
      }
    }
    expect([...orders.get(FROM_ABOVE[1][0])!]).toEqual(['Năm 2025|Năm 2030|Năm 2045|Cả 3 đáp án trên']);
    expect(orders.get(FROM_ABOVE[3][0])!.size).toBe(1);
    // 30 draws of 4 options: one order only would be a 1 in 24^29 chance.
    expect(orders.get(FROM_ABOVE[2][0])!.size).toBeGreaterThan(1);
  });

  it('publishes a batch in one action, listing each refused question and publishing the others', async () => {
    const rows = [
      ['Câu hỏi', 'Phương án A', 'Phương án B', 'Phương án C', 'Đáp án'],
      ['Lô thứ hai, câu một?', 'A. Một', 'B. Hai', 'C. Ba', 'A'],
      ['Lô thứ hai, câu hai?', 'A. Một', 'B. Hai', 'C. Không có đáp án nào', 'C'],
      ['Lô thứ hai, câu ba?', 'A. Một', 'B. Hai', 'C. Ba', 'B'],
      ['Lô thứ hai, câu bốn?', 'A. Một', 'B. Hai', 'C. Ba', 'C'],
    ];
    const report = (await importCsv(rows)).data!.importQuestions;
    expect(report).toMatchObject({ ok: true, created: 4 });
    const [first, second, third, fourth] = report.questionIds;
    // One question breaks a rule (saved before the rule, or by hand): it must not be published.
    await app.dataSource.query(`UPDATE question_version SET prompt = '' WHERE question_id = $1`, [third]);
    // One was returned to its author meanwhile: no longer in review.
    await app.gql(
      'mutation($input: ReturnQuestionInput!) { returnQuestion(input: $input) { id } }',
      {
        input: { id: fourth, reason: 'Xem lại phương án' },
      },
      admin,
    );

    // A host may not publish, in bulk as one at a time; nothing changes.
    const byHost = await app.gql(PUBLISH_MANY, { input: { ids: report.questionIds } }, host);
    expect(byHost.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const result = await app.gql<{
      publishQuestions: { done: string[]; refusals: { questionId: string; key: string; reason: string }[] };
    }>(PUBLISH_MANY, { input: { ids: report.questionIds } }, admin);
    expect(result.errors).toBeUndefined();
    const { done, refusals } = result.data!.publishQuestions;
    expect(done.sort()).toEqual([first, second].sort());
    expect(refusals.map(({ questionId, reason }) => ({ questionId, reason }))).toEqual([
      { questionId: third, reason: 'QUESTION_INVALID' },
      { questionId: fourth, reason: 'QUESTION_WRONG_STATUS' },
    ]);
    const status = async (id: string) =>
      (await app.dataSource.query<{ status: string }[]>('SELECT status FROM question WHERE id = $1', [id]))[0].status;
    expect([await status(first), await status(second), await status(third), await status(fourth)]).toEqual([
      'PUBLISHED',
      'PUBLISHED',
      'IN_REVIEW',
      'DRAFT',
    ]);

    // The author sends the returned one back to review in bulk; the published ones are refused.
    const submitted = await app.gql<{ submitQuestionsForReview: { done: string[]; refusals: { reason: string }[] } }>(
      SUBMIT_MANY,
      { input: { ids: [fourth, first] } },
      host,
    );
    expect(submitted.data!.submitQuestionsForReview.done).toEqual([fourth]);
    expect(submitted.data!.submitQuestionsForReview.refusals.map((r) => r.reason)).toEqual(['QUESTION_WRONG_STATUS']);
  });

  it('refuses a malformed id list naming the field, changing nothing', async () => {
    const result = await app.gql(PUBLISH_MANY, { input: { ids: ['not-an-id'] } }, admin);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toContain('ids');
  });
});
