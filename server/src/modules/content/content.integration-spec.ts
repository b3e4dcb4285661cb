import ExcelJS from 'exceljs';
import { Role } from '@thidua/shared';
import { createTestApp, TEST_ADMIN_PASSWORD, type GraphqlResponse, type TestApp } from '../../test-support/test-app.js';
import { DEMO_QUESTIONS, DEMO_QUIZ, DEMO_RESOLUTION, DEMO_SECTIONS } from '../../database/seeds/demo-content.js';
import { ContentSeeder, type DemoContentPack } from '../../database/seeds/content.seeder.js';

const VERSION_FIELDS = `id version type prompt options { id text } correctOptionIds numericAnswer { answer tolerance unit }
  explanation section { id key } difficulty tags timeLimitSeconds doublePoints points publishedAt`;
const QUESTION_FIELDS = `id key status returnReason currentVersion { ${VERSION_FIELDS} } publishedVersion { id version prompt }
  versions { id version prompt }`;
const CREATE_QUESTION = `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { ${QUESTION_FIELDS} } }`;
const UPDATE_QUESTION = `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { ${QUESTION_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitQuestionForReview(id: $id) { id status } }`;
const PUBLISH = `mutation($id: ID!) { publishQuestion(id: $id) { id status } }`;
const SUBMIT_MANY = `mutation($input: BulkQuestionsInput!) { submitQuestionsForReview(input: $input) { done } }`;
const PUBLISH_MANY = `mutation($input: BulkQuestionsInput!) { publishQuestions(input: $input) { done refusals { questionId reason } } }`;
const RETURN = `mutation($input: ReturnQuestionInput!) { returnQuestion(input: $input) { id status returnReason } }`;
const QUESTION = `query($id: ID!) { question(id: $id) { ${QUESTION_FIELDS} } }`;
const QUESTIONS = `query($filter: QuestionsFilterInput) { questions(filter: $filter) { total items { id key status currentVersion { prompt } } } }`;
const IMPORT = `mutation($input: ImportQuestionsInput!) { importQuestions(input: $input) { ok created updated unchanged errors { line column reason message } } }`;
const EXPORT = `mutation($filter: QuestionsFilterInput) { exportQuestions(filter: $filter) { fileName contentBase64 } }`;
const CREATE_QUIZ = `mutation($input: CreateQuizInput!) { createQuiz(input: $input) { id mode items { position question { id } } } }`;
const PLAYER_QUIZ = `query($id: ID!) { playerQuiz(id: $id) { id title description
  questions { versionId position type prompt options { id text } unit timeLimitSeconds points } } }`;

type Version = {
  id: string;
  version: number;
  type: string;
  prompt: string;
  options: { id: string; text: string }[];
  correctOptionIds: string[];
  numericAnswer: { answer: number; tolerance: number; unit: string | null } | null;
  explanation: string;
  section: { id: string; key: string };
};
type QuestionResult = {
  id: string;
  key: string;
  status: string;
  returnReason: string | null;
  currentVersion: Version;
  publishedVersion: { id: string; version: number; prompt: string } | null;
  versions: { id: string; version: number; prompt: string }[];
};
type PlayerQuestion = {
  versionId: string;
  type: string;
  prompt: string;
  options: { id: string; text: string }[];
  unit: string | null;
};

const reasonOf = (r: GraphqlResponse) => r.errors?.[0]?.extensions?.reason;
const codeOf = (r: GraphqlResponse) => r.errors?.[0]?.extensions?.code;

/** A question input; every type answerable, overridable field by field. */
function questionInput(sectionId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'SINGLE_CHOICE',
    prompt: 'Chiến lược bảo vệ Tổ quốc được tuyên truyền theo phương châm nào?',
    options: [
      { text: '"Từ sớm, từ xa"', correct: true },
      { text: '"Bốn kiên định"' },
      { text: '"Dân biết, dân bàn"' },
      { text: 'Cả ba' },
    ],
    explanation: 'Mục II.3 của Kế hoạch.',
    sectionId,
    difficulty: 'EASY',
    tags: ['quốc phòng'],
    timeLimitSeconds: 20,
    ...overrides,
  };
}

const QUESTION_HEADERS = [
  'Mã câu hỏi',
  'Mục',
  'Loại',
  'Câu hỏi',
  'Phương án A',
  'Phương án B',
  'Phương án C',
  'Phương án D',
  'Đáp án',
  'Sai số',
  'Đơn vị',
  'Giải thích',
  'Độ khó',
  'Chủ đề',
  'Thời gian (giây)',
  'Điểm gấp đôi',
];

async function xlsxBase64(rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Câu hỏi');
  sheet.addRow(QUESTION_HEADERS);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** One good row per type, all in sections that exist. */
const GOOD_ROWS: (string | number)[][] = [
  [
    '',
    'II.1',
    'Một lựa chọn',
    'Phương châm "bốn kiên định" gắn với công tác nào?',
    'Chính trị, tư tưởng',
    'Kinh phí',
    'Đầu tư công',
    '',
    'A',
    '',
    '',
    'Mục II.1.',
    'Dễ',
    'xây dựng Đảng',
    20,
    'không',
  ],
  [
    '',
    'III',
    'Nhiều lựa chọn',
    'Những nền tảng mạng xã hội nào được nêu tên?',
    'Facebook',
    'Zalo',
    'YouTube',
    'Báo in',
    'A,B,C',
    '',
    '',
    'Mục III.2.',
    'Trung bình',
    'hình thức; mạng xã hội',
    30,
    'có',
  ],
  [
    '',
    'IV',
    'Đúng-Sai',
    'Kinh phí lấy từ nguồn ngân sách phường hằng năm.',
    '',
    '',
    '',
    '',
    'Đúng',
    '',
    '',
    'Mục IV.',
    'Dễ',
    'kinh phí',
    15,
    '',
  ],
  [
    '',
    'II.1',
    'Sắp xếp',
    'Sắp xếp các nhóm nội dung theo thứ tự trong mục II.',
    'Kinh tế - xã hội',
    'Xây dựng Đảng',
    'Quốc phòng, an ninh, đối ngoại',
    '',
    'B,A,C',
    '',
    '',
    'Mục II.',
    'Khó',
    '',
    40,
    '',
  ],
  [
    '',
    'III',
    'Số',
    'Mục III nêu bao nhiêu hình thức tuyên truyền?',
    '',
    '',
    '',
    '',
    '6',
    '0',
    'hình thức',
    'Mục III: 6 hình thức.',
    'Khó',
    '',
    30,
    'có',
  ],
];

describe('content: resolutions, question bank, quizzes', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let host: string;
  let otherHost: string;
  let officer: string;
  let resolutionId: string;
  let sections: Record<string, string>;

  const create = async (token: string, overrides: Record<string, unknown> = {}) => {
    const result = await app.gql<{ createQuestion: QuestionResult }>(
      CREATE_QUESTION,
      { input: questionInput(sections['II.3'], overrides) },
      token,
    );
    if (!result.data?.createQuestion) throw new Error(JSON.stringify(result.errors));
    return result.data.createQuestion;
  };
  const publish = async (id: string, author = admin) => {
    expect((await app.gql(SUBMIT, { id }, author)).errors).toBeUndefined();
    expect((await app.gql(PUBLISH, { id }, reviewer)).errors).toBeUndefined();
  };
  const questionCount = async () => Number((await app.dataSource.query('SELECT count(*) AS n FROM question'))[0].n);

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.signIn('admin', TEST_ADMIN_PASSWORD);
    reviewer = await app.tokenFor(Role.REVIEWER);
    host = await app.tokenFor(Role.HOST);
    otherHost = await app.tokenFor(Role.HOST);
    const ward = await app.gql<{ createUnit: { id: string } }>(
      'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
      {
        input: {
          code: 'PHUONG',
          name: 'Phường Hải An',
          kind: 'WARD',
          eligiblePopulation: 100,
          populationKind: 'RESIDENTS',
        },
      },
      admin,
    );
    officer = await app.tokenFor(Role.UNIT_OFFICER, ward.data!.createUnit.id);

    const created = await app.gql<{ createResolution: { id: string } }>(
      'mutation($input: CreateResolutionInput!) { createResolution(input: $input) { id } }',
      {
        input: {
          code: 'kh-nq-tw2',
          title: 'Kế hoạch tuyên truyền Nghị quyết Hội nghị Trung ương 2',
          issuedOn: '2026-04-21',
        },
      },
      admin,
    );
    resolutionId = created.data!.createResolution.id;
    sections = {};
    for (const [key, kind] of [
      ['II.1', 'CONTENT_GROUP'],
      ['II.3', 'CONTENT_GROUP'],
      ['III', 'PROPAGATION_FORM'],
      ['IV', 'OTHER'],
    ]) {
      const s = await app.gql<{ createSection: { id: string } }>(
        'mutation($input: CreateSectionInput!) { createSection(input: $input) { id } }',
        { input: { resolutionId, key, kind, title: `Mục ${key}`, body: '' } },
        reviewer,
      );
      sections[key] = s.data!.createSection.id;
    }
  });
  afterAll(() => app.close());

  it('lists resolutions with their sections in document order, to every signed-in role', async () => {
    const result = await app.gql<{ resolution: { code: string; sections: { key: string }[] } }>(
      'query($id: ID!) { resolution(id: $id) { code sections { key } } }',
      { id: resolutionId },
      officer,
    );
    expect(result.data?.resolution).toEqual({
      code: 'KH-NQ-TW2',
      sections: [{ key: 'II.1' }, { key: 'II.3' }, { key: 'III' }, { key: 'IV' }],
    });
    expect(codeOf(await app.gql('{ resolutions { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('enforces the role matrix: officers cannot author, only reviewers and admins publish', async () => {
    const byOfficer = await app.gql(
      CREATE_QUESTION,
      { input: questionInput(sections['II.3'], { prompt: 'Câu của cán bộ đơn vị?' }) },
      officer,
    );
    expect(codeOf(byOfficer)).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(QUESTIONS, {}, officer))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(QUESTIONS, {}))).toBe('UNAUTHENTICATED');

    const q = await create(host, { prompt: 'Câu hỏi của người dẫn chương trình?' });
    expect(q.status).toBe('DRAFT');
    expect(reasonOf(await app.gql(PUBLISH, { id: q.id }, reviewer))).toBe('QUESTION_WRONG_STATUS');
    expect(reasonOf(await app.gql(SUBMIT, { id: q.id }, otherHost))).toBe('QUESTION_NOT_YOURS');
    const edit = await app.gql(
      UPDATE_QUESTION,
      { input: { ...questionInput(sections['II.3'], { prompt: 'Sửa?' }), id: q.id } },
      otherHost,
    );
    expect(reasonOf(edit)).toBe('QUESTION_NOT_YOURS');

    expect(
      (await app.gql<{ submitQuestionForReview: { status: string } }>(SUBMIT, { id: q.id }, host)).data
        ?.submitQuestionForReview.status,
    ).toBe('IN_REVIEW');
    expect(codeOf(await app.gql(PUBLISH, { id: q.id }, host))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(PUBLISH, { id: q.id }, officer))).toBe('FORBIDDEN');

    const returned = await app.gql<{ returnQuestion: { status: string; returnReason: string } }>(
      RETURN,
      { input: { id: q.id, reason: 'Giải thích cần trích dẫn mục II.3' } },
      reviewer,
    );
    expect(returned.data?.returnQuestion).toEqual({
      id: q.id,
      status: 'DRAFT',
      returnReason: 'Giải thích cần trích dẫn mục II.3',
    });
    await publish(q.id, host);
    const published = await app.gql<{ question: QuestionResult }>(QUESTION, { id: q.id }, host);
    expect(published.data?.question).toMatchObject({ status: 'PUBLISHED', returnReason: null });
    // Admins publish too.
    const byAdmin = await create(reviewer, { prompt: 'Câu do quản trị duyệt?' });
    await app.gql(SUBMIT, { id: byAdmin.id }, admin);
    expect(
      (await app.gql<{ publishQuestion: { status: string } }>(PUBLISH, { id: byAdmin.id }, admin)).data?.publishQuestion
        .status,
    ).toBe('PUBLISHED');
  });

  it('writes an audit event for every question submitted or published, one or many at once, and none for a refusal', async () => {
    const events = async (ids: string[]) =>
      app.dataSource.query<{ subject_id: string; action: string; actor_id: string; details: { key: string } }[]>(
        `SELECT e.subject_id, e.action, e.actor_id, e.details FROM data_audit_event e
         WHERE e.subject_type = 'QUESTION' AND e.subject_id = ANY($1) ORDER BY e.at, e.action`,
        [ids],
      );
    const one = await create(host, { prompt: 'Câu duyệt từng câu một?' });
    await publish(one.id, host);
    const [{ created_by: author, published_by: publisher }] = await app.dataSource.query<
      { created_by: string; published_by: string }[]
    >(
      'SELECT q.created_by, v.published_by FROM question q JOIN question_version v ON v.id = q.published_version_id WHERE q.id = $1',
      [one.id],
    );
    expect(await events([one.id])).toEqual([
      {
        subject_id: one.id,
        action: 'QUESTION_SUBMITTED',
        actor_id: author,
        details: expect.objectContaining({ key: one.key, version: 1 }),
      },
      {
        subject_id: one.id,
        action: 'QUESTION_PUBLISHED',
        actor_id: publisher,
        details: expect.objectContaining({ key: one.key, version: 1 }),
      },
    ]);

    const many = [
      await create(host, { prompt: 'Câu duyệt hàng loạt thứ nhất?' }),
      await create(host, { prompt: 'Câu duyệt hàng loạt thứ hai?' }),
    ];
    const ids = many.map((q) => q.id);
    expect((await app.gql(SUBMIT_MANY, { input: { ids } }, host)).errors).toBeUndefined();
    // The one already published is refused and gets no second event; the two in review are published.
    const bulk = await app.gql<{ publishQuestions: { done: string[]; refusals: { questionId: string }[] } }>(
      PUBLISH_MANY,
      { input: { ids: [...ids, one.id] } },
      reviewer,
    );
    expect(bulk.data?.publishQuestions.done.sort()).toEqual([...ids].sort());
    expect(bulk.data?.publishQuestions.refusals.map((r) => r.questionId)).toEqual([one.id]);
    const written = await events(ids);
    for (const q of many)
      expect(written.filter((e) => e.subject_id === q.id).map((e) => [e.action, e.actor_id, e.details.key])).toEqual([
        ['QUESTION_SUBMITTED', author, q.key],
        ['QUESTION_PUBLISHED', publisher, q.key],
      ]);
    expect(await events([one.id])).toHaveLength(2);
  });

  it('refuses an invalid question with every problem listed', async () => {
    const result = await app.gql(
      CREATE_QUESTION,
      {
        input: questionInput(sections['II.3'], {
          prompt: 'Câu sai?',
          explanation: 'x'.repeat(2001),
          options: [
            { text: 'A', correct: true },
            { text: 'B', correct: true },
          ],
        }),
      },
      host,
    );
    expect(reasonOf(result)).toBe('QUESTION_INVALID');
    const problems = (result.errors![0].extensions!.details!.problems as { reason: string }[]).map((p) => p.reason);
    expect(problems).toEqual(['TOO_LONG', 'ONE_CORRECT_ONLY']);
  });

  it('versions a published question on edit and keeps version 1 intact', async () => {
    const q = await create(admin, { prompt: 'Phiên bản đầu tiên của câu hỏi?' });
    await publish(q.id);
    const v1Before: unknown[] = await app.dataSource.query('SELECT * FROM question_version WHERE id = $1', [
      q.currentVersion.id,
    ]);

    const edited = await app.gql<{ updateQuestion: QuestionResult }>(
      UPDATE_QUESTION,
      { input: { ...questionInput(sections['II.3'], { prompt: 'Phiên bản thứ hai của câu hỏi?' }), id: q.id } },
      admin,
    );
    const after = edited.data!.updateQuestion;
    expect(after.status).toBe('DRAFT');
    expect(after.currentVersion).toMatchObject({ version: 2, prompt: 'Phiên bản thứ hai của câu hỏi?' });
    expect(after.publishedVersion).toEqual({
      id: q.currentVersion.id,
      version: 1,
      prompt: 'Phiên bản đầu tiên của câu hỏi?',
    });
    expect(after.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(await app.dataSource.query('SELECT * FROM question_version WHERE id = $1', [q.currentVersion.id])).toEqual(
      v1Before,
    );

    // Editing the draft version 2 again changes it in place: still two versions.
    const again = await app.gql<{ updateQuestion: QuestionResult }>(
      UPDATE_QUESTION,
      { input: { ...questionInput(sections['II.3'], { prompt: 'Phiên bản thứ hai, đã sửa?' }), id: q.id } },
      admin,
    );
    expect(again.data!.updateQuestion.versions.map((v) => v.version)).toEqual([2, 1]);
    await publish(q.id);
    const final = (await app.gql<{ question: QuestionResult }>(QUESTION, { id: q.id }, reviewer)).data!.question;
    expect(final.publishedVersion).toMatchObject({ version: 2, prompt: 'Phiên bản thứ hai, đã sửa?' });
    expect(await app.dataSource.query('SELECT * FROM question_version WHERE id = $1', [q.currentVersion.id])).toEqual(
      v1Before,
    );
  });

  it('finds questions without diacritics, with filters and paging, newest first', async () => {
    const a = await create(host, {
      prompt: 'Nghị quyết Hội nghị Trung ương 2 được cụ thể hóa từ đâu?',
      tags: ['Đại hội XIV'],
      difficulty: 'HARD',
    });
    const b = await create(host, { prompt: 'Nghị quyết nhấn mạnh vai trò lãnh đạo nào của Đảng?', difficulty: 'HARD' });
    const search = async (filter: Record<string, unknown>) =>
      (await app.gql<{ questions: { total: number; items: { id: string }[] } }>(QUESTIONS, { filter }, reviewer)).data!
        .questions;

    expect((await search({ search: 'nghi quyet' })).items.map((i) => i.id)).toEqual([b.id, a.id]);
    expect((await search({ search: 'NGHỊ QUYẾT trung uong' })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await search({ search: 'dai hoi xiv' })).items.map((i) => i.id)).toEqual([a.id]); // in a tag
    expect((await search({ search: 'tu som' })).total).toBeGreaterThan(0); // in an option
    expect((await search({ search: 'nghi quyet', tag: 'Đại hội XIV' })).items.map((i) => i.id)).toEqual([a.id]);
    expect(
      (await search({ difficulty: 'HARD', status: 'DRAFT', sectionId: sections['II.3'] })).items.map((i) => i.id),
    ).toEqual([b.id, a.id]);
    expect((await search({ search: 'nghi quyet', type: 'NUMERIC' })).total).toBe(0);
    const page = await search({ search: 'nghi quyet', limit: 1, offset: 1 });
    expect({ total: page.total, ids: page.items.map((i) => i.id) }).toEqual({ total: 2, ids: [a.id] });
    expect(codeOf(await app.gql(QUESTIONS, { filter: { limit: 101 } }, reviewer))).toBe('BAD_USER_INPUT');
  });

  it('imports nothing from an XLSX with two bad rows, and names both rows', async () => {
    const before = await questionCount();
    const rows = [
      GOOD_ROWS[0],
      [
        '',
        'II.1',
        'Một lựa chọn',
        'Câu thiếu đáp án?',
        'Có',
        'Không',
        '',
        '',
        '',
        '',
        '',
        'Giải thích.',
        'Dễ',
        '',
        20,
        '',
      ],
      GOOD_ROWS[1],
      [
        '',
        'IX.9',
        'Nhiều lựa chọn',
        'Câu ở mục không tồn tại?',
        'Một',
        'Hai',
        'Ba',
        '',
        'A,B',
        '',
        '',
        'Giải thích.',
        'Rất khó',
        '',
        20,
        '',
      ],
      GOOD_ROWS[2],
    ];
    const result = await app.gql<{
      importQuestions: { ok: boolean; created: number; errors: { line: number; column: string; reason: string }[] };
    }>(IMPORT, { input: { fileName: 'cau-hoi.xlsx', contentBase64: await xlsxBase64(rows), resolutionId } }, host);
    const report = result.data!.importQuestions;
    expect(report.ok).toBe(false);
    expect(report.created).toBe(0);
    expect([...new Set(report.errors.map((e) => e.line))]).toEqual([3, 5]);
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, column: 'Đáp án', reason: 'MISSING_ANSWER' }),
        expect.objectContaining({ line: 5, column: 'Mục', reason: 'UNKNOWN_SECTION' }),
        expect.objectContaining({ line: 5, column: 'Độ khó', reason: 'UNKNOWN_DIFFICULTY' }),
      ]),
    );
    expect(await questionCount()).toBe(before);
  });

  it('reports duplicates within the file and against the bank', async () => {
    const rows = [
      GOOD_ROWS[0],
      [...GOOD_ROWS[0]],
      ['', 'II.3', 'Một lựa chọn', 'Phiên bản thứ hai, đã sửa?', 'X', 'Y', '', '', 'A', '', '', 'G.', 'Dễ', '', 20, ''],
    ];
    const result = await app.gql<{ importQuestions: { ok: boolean; errors: { line: number; reason: string }[] } }>(
      IMPORT,
      { input: { fileName: 'cau-hoi.xlsx', contentBase64: await xlsxBase64(rows), resolutionId, dryRun: true } },
      host,
    );
    expect(result.data!.importQuestions.errors.map((e) => [e.line, e.reason])).toEqual([
      [3, 'DUPLICATE_QUESTION'],
      [4, 'DUPLICATE_QUESTION'],
    ]);
  });

  describe('a quiz as a player receives it', () => {
    let quizId: string;
    let authored: Map<string, Version>;
    let draftPrompt: string;

    beforeAll(async () => {
      const inputs = [
        { prompt: 'Một lựa chọn: phương châm bảo vệ Tổ quốc?' },
        {
          type: 'MULTIPLE_SELECT',
          prompt: 'Nhiều lựa chọn: nền tảng mạng xã hội được nêu tên?',
          options: [
            { text: 'Facebook', correct: true },
            { text: 'Zalo', correct: true },
            { text: 'Báo in' },
            { text: 'Truyền hình' },
          ],
        },
        {
          type: 'TRUE_FALSE',
          prompt: 'Đúng sai: kinh phí từ ngân sách phường?',
          options: [{ text: 'Đúng', correct: true }, { text: 'Sai' }],
        },
        {
          type: 'ORDERING',
          prompt: 'Sắp xếp: các nhóm nội dung của mục II?',
          options: [
            { text: 'Xây dựng Đảng' },
            { text: 'Kinh tế - xã hội' },
            { text: 'Quốc phòng, an ninh' },
            { text: 'Đối ngoại' },
          ],
        },
        {
          type: 'NUMERIC',
          prompt: 'Số: năm nào?',
          options: [],
          numeric: { answer: 1975, tolerance: 0.5, unit: 'năm' },
          doublePoints: true,
        },
      ];
      const questions: QuestionResult[] = [];
      for (const input of inputs) {
        const q = await create(host, { ...input, explanation: `BÍ MẬT-GIẢI-THÍCH ${input.prompt}` });
        await publish(q.id, host);
        questions.push(q);
      }
      const draft = await create(host, { prompt: 'Câu nháp không được lộ ra?' });
      draftPrompt = 'Câu nháp không được lộ ra?';
      authored = new Map(questions.map((q) => [q.currentVersion.id, q.currentVersion]));
      const quiz = await app.gql<{ createQuiz: { id: string } }>(
        CREATE_QUIZ,
        {
          input: {
            title: 'Đố vui',
            mode: 'FIXED',
            shuffleOptions: true,
            questionIds: [...questions.map((q) => q.id), draft.id],
          },
        },
        host,
      );
      quizId = quiz.data!.createQuiz.id;
    });

    const playerQuiz = async () => {
      const result = await app.gql<{ playerQuiz: { questions: PlayerQuestion[] } }>(PLAYER_QUIZ, { id: quizId }); // no token
      expect(result.errors).toBeUndefined();
      return result;
    };

    it('contains no field, name or value from which an answer can be derived', async () => {
      const result = await playerQuiz();
      const questions = result.data!.playerQuiz.questions;
      expect(questions.map((q) => q.type)).toEqual([
        'SINGLE_CHOICE',
        'MULTIPLE_SELECT',
        'TRUE_FALSE',
        'ORDERING',
        'NUMERIC',
      ]);
      expect(JSON.stringify(result)).not.toContain(draftPrompt);

      // No key anywhere in the response speaks of answers, explanations or sections.
      const keys = new Set<string>();
      const walk = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') {
          for (const [k, v] of Object.entries(value)) {
            keys.add(k);
            walk(v);
          }
        }
      };
      walk(result);
      for (const key of keys) expect(key).not.toMatch(/correct|answer|explanation|section|tolerance|solution/i);

      const json = JSON.stringify(result);
      for (const question of questions) {
        const version = authored.get(question.versionId)!;
        expect(json).not.toContain(version.explanation);
        expect(json).not.toContain(version.section.id);
        // Options: exactly the authored ones, ids unchanged, nothing added to them.
        expect(question.options.map((o) => o.id).sort()).toEqual(version.options.map((o) => o.id).sort());
        for (const option of question.options) expect(Object.keys(option).sort()).toEqual(['id', 'text']);
        if (version.type === 'ORDERING')
          expect(question.options.map((o) => o.id)).not.toEqual(version.correctOptionIds);
        if (version.type === 'NUMERIC') {
          expect(question.options).toEqual([]);
          expect(json).not.toMatch(/1975/);
          expect(question.unit).toBe('năm');
        }
      }
    });

    it('has a schema in which player types carry no answer fields at all', async () => {
      const schema = await app.gql<{ __schema: { types: { name: string; fields: { name: string }[] | null }[] } }>(
        '{ __schema { types { name fields { name } } } }',
      );
      const fields = Object.fromEntries(
        schema
          .data!.__schema.types.filter((t) => t.name.startsWith('Player'))
          .map((t) => [t.name, t.fields!.map((f) => f.name).sort()]),
      );
      expect(fields).toEqual({
        PlayerOption: ['id', 'text'],
        PlayerQuestion: ['options', 'points', 'position', 'prompt', 'timeLimitSeconds', 'type', 'unit', 'versionId'],
        PlayerQuiz: ['description', 'id', 'questions', 'title'],
      });
    });

    it('does not let option ids or positions point at the correct option', async () => {
      const positions = new Set<number>();
      for (let i = 0; i < 20; i += 1) {
        const single = (await playerQuiz()).data!.playerQuiz.questions[0];
        const correct = authored.get(single.versionId)!.correctOptionIds[0];
        positions.add(single.options.findIndex((o) => o.id === correct));
      }
      expect(positions.size).toBeGreaterThan(1);
      // Ids are random strings: not letters, numbers or anything ordered.
      for (const version of authored.values()) {
        for (const option of version.options) expect(option.id).toMatch(/^[A-Za-z0-9_-]{6}$/);
      }
    });

    it('keeps author-facing operations closed to players', async () => {
      expect(codeOf(await app.gql('query($id: ID!) { quiz(id: $id) { id } }', { id: quizId }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await app.gql('query($id: ID!) { quiz(id: $id) { id } }', { id: quizId }, officer))).toBe(
        'FORBIDDEN',
      );
      const [versionId] = authored.keys();
      expect(codeOf(await app.gql(QUESTION, { id: versionId }))).toBe('UNAUTHENTICATED');
    });
  });

  it('serves the import template to authors, and it imports cleanly', async () => {
    const url = `${app.server.url}/api/content/question-template.xlsx`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Bearer ${officer}` } })).status).toBe(403);
    const response = await fetch(url, { headers: { authorization: `Bearer ${host}` } });
    expect(response.status).toBe(200);
    const template = Buffer.from(await response.arrayBuffer());
    const plan = await app.gql<{ createResolution: { id: string } }>(
      'mutation($input: CreateResolutionInput!) { createResolution(input: $input) { id } }',
      { input: { code: 'MAU', title: 'Mẫu' } },
      admin,
    );
    const planId = plan.data!.createResolution.id;
    for (const key of ['II', 'II.3', 'III', 'III.2', 'IV']) {
      await app.gql(
        'mutation($input: CreateSectionInput!) { createSection(input: $input) { id } }',
        {
          input: { resolutionId: planId, key, kind: 'OTHER', title: key },
        },
        admin,
      );
    }
    for (const [fileName, content] of [
      ['mau.xlsx', template],
      [
        'mau.csv',
        Buffer.from(
          await (
            await fetch(url.replace('.xlsx', '.csv'), { headers: { authorization: `Bearer ${host}` } })
          ).arrayBuffer(),
        ),
      ],
    ] as const) {
      const result = await app.gql<{ importQuestions: { ok: boolean; created: number; errors: unknown[] } }>(
        IMPORT,
        { input: { fileName, contentBase64: content.toString('base64'), resolutionId: planId, dryRun: true } },
        host,
      );
      expect(result.data!.importQuestions).toMatchObject({ ok: true, created: 5, errors: [] });
    }
  });

  it('exports a file that re-imports cleanly, into the same bank and into an empty one', async () => {
    const imported = await app.gql<{ importQuestions: { ok: boolean; created: number; errors: unknown[] } }>(
      IMPORT,
      { input: { fileName: 'cau-hoi.xlsx', contentBase64: await xlsxBase64(GOOD_ROWS), resolutionId } },
      reviewer,
    );
    expect(imported.data!.importQuestions).toMatchObject({ ok: true, created: 5, errors: [] });
    const bank = async () =>
      (
        await app.gql<{ questions: { items: { key: string; status: string; currentVersion: { prompt: string } }[] } }>(
          QUESTIONS,
          { filter: { resolutionId, limit: 100 } },
          admin,
        )
      ).data!.questions.items;
    const before = await bank();
    expect(before.filter((q) => GOOD_ROWS.some((r) => r[3] === q.currentVersion.prompt)).map((q) => q.status)).toEqual(
      Array(5).fill('IN_REVIEW'),
    );
    const snapshot = async () =>
      app.dataSource.query<Record<string, unknown>[]>(
        `SELECT q.key, v.type, v.prompt, v.explanation, v.tags, v.difficulty, v.time_limit_seconds, v.double_points, s.key AS section,
                v.answer_key->'numeric' AS numeric,
                (SELECT json_agg(o->>'text' ORDER BY o->>'text') FROM jsonb_array_elements(v.options) o) AS options,
                (SELECT json_agg((SELECT o->>'text' FROM jsonb_array_elements(v.options) o WHERE o->>'id' = c) ORDER BY n)
                   FROM jsonb_array_elements_text(v.answer_key->'correctOptionIds') WITH ORDINALITY AS x(c, n)) AS correct
         FROM question q JOIN question_version v ON v.id = q.current_version_id JOIN resolution_section s ON s.id = v.section_id
         WHERE s.resolution_id = $1 ORDER BY q.key`,
        [resolutionId],
      );
    const original = await snapshot();

    const exported = await app.gql<{ exportQuestions: { fileName: string; contentBase64: string } }>(
      EXPORT,
      { filter: { resolutionId } },
      host,
    );
    expect(exported.data!.exportQuestions.fileName).toMatch(/\.xlsx$/);
    const file = exported.data!.exportQuestions;

    const same = await app.gql<{
      importQuestions: { ok: boolean; created: number; updated: number; unchanged: number; errors: unknown[] };
    }>(IMPORT, { input: { fileName: file.fileName, contentBase64: file.contentBase64, resolutionId } }, admin);
    expect(same.data!.importQuestions).toEqual({
      ok: true,
      created: 0,
      updated: 0,
      unchanged: before.length,
      errors: [],
    });

    await app.asOwner('TRUNCATE quiz_item, quiz_draw_rule, question, question_version CASCADE');
    const fresh = await app.gql<{ importQuestions: { ok: boolean; created: number; errors: unknown[] } }>(
      IMPORT,
      { input: { fileName: file.fileName, contentBase64: file.contentBase64, resolutionId } },
      admin,
    );
    expect(fresh.data!.importQuestions).toMatchObject({ ok: true, created: before.length, errors: [] });
    expect(await snapshot()).toEqual(original);
  });

  it('loads the real demo pack: every type, published, each question with its explanation and section', async () => {
    const seeder = app.server.app.get(ContentSeeder);
    const pack = { resolution: DEMO_RESOLUTION, sections: DEMO_SECTIONS, questions: DEMO_QUESTIONS, quiz: DEMO_QUIZ };
    expect(await seeder.seedDemoContent(pack)).toBe(true);
    const rows: { type: string; status: string; explanation: string; section: string }[] = await app.dataSource.query(
      `SELECT v.type, q.status, v.explanation, s.key AS section FROM question q
       JOIN question_version v ON v.id = q.published_version_id JOIN resolution_section s ON s.id = v.section_id
       JOIN resolution r ON r.id = s.resolution_id WHERE r.code = $1`,
      [DEMO_RESOLUTION.code],
    );
    expect(rows.length).toBe(DEMO_QUESTIONS.length);
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((r) => r.type))).toEqual(
      new Set(['SINGLE_CHOICE', 'MULTIPLE_SELECT', 'TRUE_FALSE', 'ORDERING', 'NUMERIC']),
    );
    for (const row of rows) {
      expect(row.status).toBe('PUBLISHED');
      expect(row.explanation.length).toBeGreaterThan(0);
    }
    const [{ id }] = await app.dataSource.query<{ id: string }[]>('SELECT id FROM quiz WHERE is_demo AND title = $1', [
      DEMO_QUIZ.title,
    ]);
    const player = await app.gql<{ playerQuiz: { questions: PlayerQuestion[] } }>(PLAYER_QUIZ, { id });
    expect(player.data!.playerQuiz.questions).toHaveLength(DEMO_QUIZ.questionKeys.length);
  });

  it('loads a demo pack once, published, as a quiz ready to host', async () => {
    const pack: DemoContentPack = {
      resolution: { code: 'DEMO-NQ', title: 'Nghị quyết mẫu', issuedOn: '2026-04-21', summary: 'Tóm tắt.' },
      sections: [
        { key: 'II.1', kind: 'CONTENT_GROUP', title: 'Về xây dựng Đảng và hệ thống chính trị', body: '...' },
        { key: 'III', kind: 'PROPAGATION_FORM', title: 'Hình thức tuyên truyền', body: '...' },
      ],
      questions: [
        {
          key: 'd01',
          sectionKey: 'II.1',
          type: 'SINGLE_CHOICE',
          prompt: 'Demo một?',
          options: ['A1', 'B1', 'C1'],
          correct: [1],
          explanation: 'Mục II.1.',
          difficulty: 'EASY',
          tags: ['x'],
          timeLimitSeconds: 20,
        },
        {
          key: 'd02',
          sectionKey: 'III',
          type: 'ORDERING',
          prompt: 'Demo sắp xếp?',
          options: ['Một', 'Hai', 'Ba'],
          correct: [],
          explanation: 'Mục III.',
          difficulty: 'MEDIUM',
          tags: [],
          timeLimitSeconds: 30,
        },
        {
          key: 'd03',
          sectionKey: 'III',
          type: 'NUMERIC',
          prompt: 'Demo số?',
          options: [],
          correct: [],
          numeric: { answer: 6, tolerance: 0 },
          explanation: 'Mục III.',
          difficulty: 'HARD',
          tags: [],
          timeLimitSeconds: 30,
          doublePoints: true,
        },
      ],
      quiz: { title: 'Đố vui Nghị quyết', description: 'Gói mẫu', questionKeys: ['d01', 'd02', 'd03'] },
    };
    const seeder = app.server.app.get(ContentSeeder);
    expect(await seeder.seedDemoContent(pack)).toBe(true);
    expect(await seeder.seedDemoContent(pack)).toBe(false);
    await expect(
      seeder.seedDemoContent({
        ...pack,
        resolution: { ...pack.resolution, code: 'DEMO-2' },
        quiz: { ...pack.quiz, questionKeys: ['nope'] },
      }),
    ).rejects.toThrow(/unknown question nope/);

    const quizzes = await app.gql<{
      quizzes: {
        id: string;
        isDemo: boolean;
        mode: string;
        shuffleOptions: boolean;
        items: { question: { status: string; publishedVersion: { version: number } } }[];
      }[];
    }>(
      '{ quizzes { id isDemo mode shuffleOptions items { question { status publishedVersion { version } } } } }',
      {},
      host,
    );
    const demo = quizzes.data!.quizzes.find((q) => q.isDemo && q.items.length === 3)!;
    expect(demo).toMatchObject({ mode: 'FIXED', shuffleOptions: true });
    expect(demo.items.map((i) => [i.question.status, i.question.publishedVersion.version])).toEqual(
      Array(3).fill(['PUBLISHED', 1]),
    );
    const detail = await app.gql<{
      quiz: { items: { question: { currentVersion: { explanation: string; section: { key: string } } } }[] };
    }>(
      'query($id: ID!) { quiz(id: $id) { items { question { currentVersion { explanation section { key } } } } } }',
      { id: demo.id },
      reviewer,
    );
    expect(detail.data!.quiz.items.map((i) => i.question.currentVersion.section.key)).toEqual(['II.1', 'III', 'III']);
    const player = await app.gql<{ playerQuiz: { questions: PlayerQuestion[] } }>(PLAYER_QUIZ, { id: demo.id });
    expect(player.data!.playerQuiz.questions.map((q) => q.prompt)).toEqual(['Demo một?', 'Demo sắp xếp?', 'Demo số?']);
  });
});
