import { randomUUID } from 'node:crypto';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../../test-support/test-app.js';
import {
  createNeighbourhoodGroups,
  errorOf,
  launchScenario,
  sheetCalls,
  type Scenario,
} from '../../campaigns/sheets/testing/sheet-scenario.js';
import { Evidence } from '../../campaigns/entities/evidence.entity.js';
import { CommendationForm } from '../entities/commendation-form.entity.js';
import { CommendationProposal } from '../entities/commendation-proposal.entity.js';
import { CommendationRound } from '../entities/commendation-round.entity.js';
import { CouncilMember, CouncilSession, CouncilVote } from '../entities/council.entities.js';
import { docxToText, hasSoffice } from './testing/docx-to-text.js';

const SETTINGS = `parentBody issuingBody issuingSymbol councilName organiserName placeName signerAuthority
  signerCapacity signerTitle signerName certificate { headingSize nameSize bodySize marginMm border color }`;
const KINDS = ['SUBMISSION', 'MINUTES', 'ACHIEVEMENT_REPORT', 'DECISION', 'REVIEW_REPORT'] as const;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The round's documents from a real published ranking and a council session, votes and a
 * decision inserted as rows: each document downloaded through the HTTP endpoint, converted
 * by LibreOffice and read back as text; the settings and the narrative through GraphQL.
 */
describe('commendation documents', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let scenario: Scenario;
  let roundId: string;
  const proposals: Record<string, string> = {};

  const must = <T>(r: GraphqlResponse<T>): T => {
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const events = async (action: string) =>
    (await app.dataSource.query('SELECT count(*)::int AS n FROM commendation_event WHERE action = $1', [action]))[0]
      .n as number;
  const download = (kind: string, token = reviewer, query = '') =>
    fetch(`${app.server.url}/api/commendation/rounds/${roundId}/documents/${kind}${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
    reviewer = await app.tokenFor('REVIEWER');
    const units = await createNeighbourhoodGroups(app, ['A', 'B', 'C']);
    await app.dataSource.query(`UPDATE unit SET name = 'Phường Hải An' WHERE kind = 'WARD'`);
    scenario = await launchScenario(app, admin, units);
    const calls = sheetCalls(app);
    for (const [code, value] of [
      ['A', 95],
      ['B', 92],
      ['C', 60],
    ] as const) {
      const officer = await app.tokenFor('UNIT_OFFICER', units[code]);
      const sheet = scenario.sheets[code];
      expect((await calls.save(officer, { entryId: sheet.entries[0].id, value })).r.errors).toBeUndefined();
      expect((await calls.submit(officer, { sheetId: sheet.id })).r.errors).toBeUndefined();
      expect((await calls.approve(reviewer, sheet.id)).r.errors).toBeUndefined();
    }
    must(
      await app.gql(
        'mutation($p: ID!) { publishCampaignPeriod(periodId: $p) { status } }',
        { p: scenario.periodId },
        admin,
      ),
    );
    const m = app.dataSource.manager;
    await m.insert(Evidence, {
      campaignId: scenario.campaignId,
      sheetId: scenario.sheets.A.id,
      entryId: scenario.sheets.A.entries[0].id,
      kind: 'LINK',
      url: 'https://zalo.me/g/to-dan-pho-a',
    });
    const form = (code: string, name: string, recipientKind: 'COLLECTIVE' | 'INDIVIDUAL') =>
      m.save(CommendationForm, {
        code,
        name,
        recipientKind,
        authority: 'CONFER',
        period: 'INTERIM',
        position: recipientKind === 'COLLECTIVE' ? 900 : 901,
        certificateHeading: 'GIẤY KHEN',
      });
    const collective = await form('DOC_TT', 'Giấy khen tập thể', 'COLLECTIVE');
    const individual = await form('DOC_CN', 'Giấy khen cá nhân', 'INDIVIDUAL');
    const round = await m.save(CommendationRound, {
      name: 'Khen thưởng sơ kết quý I năm 2026',
      campaignId: scenario.campaignId,
      periodId: scenario.periodId,
      year: 2026,
      status: 'DECIDED',
      submissionNumber: '25/TTr-VHXH',
      submissionDate: '2026-12-08',
      decisionNumber: '12/QĐ-UBND',
      decisionDate: '2026-12-15',
      signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
      signerCapacity: 'KT. CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signerName: 'Trần Văn Bình',
      decidedAt: new Date('2026-12-15T03:00:00Z'),
    });
    roundId = round.id;
    const proposal = async (key: string, values: Partial<CommendationProposal>) => {
      const saved = await m.save(CommendationProposal, {
        roundId,
        source: 'RANKING',
        position: Object.keys(proposals).length,
        ...values,
      } as CommendationProposal);
      proposals[key] = saved.id;
    };
    await proposal('A', {
      formId: collective.id,
      recipientKind: 'COLLECTIVE',
      unitId: units.A,
      recipientName: 'Tổ dân phố A',
      achievements: 'Đã có thành tích xuất sắc trong phong trào thi đua sơ kết quý I năm 2026',
      rank: 1,
      total: 95,
      status: 'CONFERRED',
    });
    await proposal('B', {
      formId: collective.id,
      recipientKind: 'COLLECTIVE',
      unitId: units.B,
      recipientName: 'Tổ dân phố B',
      rank: 2,
      total: 92,
      status: 'NOT_PASSED',
    });
    await proposal('P', {
      formId: individual.id,
      recipientKind: 'INDIVIDUAL',
      unitId: units.A,
      personId: randomUUID(),
      recipientName: 'Nguyễn Thị Hoa',
      recipientDetail: 'Tổ trưởng Tổ dân phố A',
      achievements: 'Đã có thành tích tiêu biểu trong vận động nhân dân',
      source: 'MANUAL',
      status: 'CONFERRED',
    });
    const session = await m.save(CouncilSession, {
      roundId,
      heldAt: new Date('2026-12-05T07:30:00Z'),
      location: 'Hội trường Ủy ban nhân dân phường',
      minutesNote: 'Các thành viên thống nhất đánh giá cao phong trào của Tổ dân phố A.',
    });
    const members = [
      ['Lê Văn Minh', 'Chủ tịch UBND phường', 'CHAIR', true],
      ['Phạm Thị Lan', 'Phó Chủ tịch UBND phường', 'VICE_CHAIR', true],
      ['Hoàng Văn Nam', 'Trưởng phòng Văn hóa - Xã hội', 'STANDING_MEMBER', true],
      ['Đỗ Thị Thu', 'Chủ tịch Ủy ban MTTQ phường', 'MEMBER', false],
      ['Vũ Thị Mai', 'Chuyên viên Phòng Văn hóa - Xã hội', 'SECRETARY', true],
    ] as const;
    for (const [i, [fullName, position, role, present]] of members.entries()) {
      await m.insert(CouncilMember, { sessionId: session.id, fullName, position, role, present, sortOrder: i });
    }
    const vote = (key: string, attempt: number, approve: number, passed: boolean, reason: string | null = null) =>
      m.insert(CouncilVote, {
        sessionId: session.id,
        proposalId: proposals[key],
        attempt,
        ballot: 'OPEN',
        present: 4,
        approve,
        against: 4 - approve,
        abstain: 0,
        thresholdPercent: 70,
        passed,
        reason,
        recordedAt: new Date(session.heldAt.getTime() + attempt * 60_000 + approve * 1000),
      });
    await vote('A', 1, 4, true);
    await vote('B', 1, 2, false);
    await vote('B', 2, 2, false, 'Tổ dân phố B bổ sung minh chứng về hoạt động tuyên truyền');
    await vote('P', 1, 3, true);
  });
  afterAll(() => app.close());

  it('defaults the settings from the ward’s name, and lets only the admin change them, valid and audited', async () => {
    const read = async (token = reviewer) =>
      must(
        await app.gql<{ documentSettings: Record<string, unknown> }>(
          `query { documentSettings { ${SETTINGS} } }`,
          {},
          token,
        ),
      ).documentSettings;
    const defaults = await read();
    expect(defaults).toMatchObject({
      issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN',
      placeName: 'Hải An',
      councilName: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      organiserName: 'Phòng Văn hóa - Xã hội',
      signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
      signerTitle: 'CHỦ TỊCH',
      certificate: { border: 'DOUBLE', color: '#b91c1c' },
    });
    const update = (input: Record<string, unknown>, token = admin) =>
      app.gql(
        `mutation($input: UpdateDocumentSettingsInput!) { updateDocumentSettings(input: $input) { ${SETTINGS} } }`,
        { input },
        token,
      );
    const officer = await app.tokenFor('UNIT_OFFICER', scenario.units.A);
    expect(errorOf(await app.gql('query { documentSettings { placeName } }', {}, officer))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await update({ ...defaults, signerName: 'Lê Văn Minh' }, reviewer))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const bad = {
      ...defaults,
      placeName: '',
      certificate: { ...(defaults.certificate as object), color: 'đỏ', nameSize: 99 },
    };
    expect(errorOf(await update(bad))).toMatchObject({
      reason: 'INVALID_INPUT',
      details: { fields: ['placeName', 'certificate.nameSize', 'certificate.color'] },
    });
    expect(await read()).toEqual(defaults);
    expect(await events('DOCUMENT_SETTINGS_UPDATED')).toBe(0);
    must(
      await update({
        ...defaults,
        signerName: '  Lê  Văn Minh ',
        certificate: { ...(defaults.certificate as object), color: '#1D4ED8' },
      }),
    );
    expect(await read()).toMatchObject({ signerName: 'Lê Văn Minh', certificate: { color: '#1d4ed8' } });
    expect(await events('DOCUMENT_SETTINGS_UPDATED')).toBe(1);
  });

  it('keeps the review report’s narrative, limited in length and audited', async () => {
    const update = (input: Record<string, unknown>) =>
      app.gql<{ updateRoundNarrative: Record<string, string> }>(
        'mutation($input: UpdateRoundNarrativeInput!) { updateRoundNarrative(input: $input) { roundId results limitations directions } }',
        { input: { roundId, results: '', limitations: '', directions: '', ...input } },
        reviewer,
      );
    expect(errorOf(await update({ results: 'x'.repeat(20_001) }))).toMatchObject({ reason: 'ROUND_INVALID' });
    expect(errorOf(await update({ roundId: randomUUID() }))).toMatchObject({ reason: 'ROUND_NOT_FOUND' });
    expect(await events('NARRATIVE_UPDATED')).toBe(0);
    const saved = must(
      await update({
        results: 'Phong trào được các tổ dân phố hưởng ứng rộng rãi.  \r\n\r\n\r\nCác tổ đều nộp bảng điểm đúng hạn.',
        limitations: 'Một số tổ chưa cập nhật minh chứng kịp thời.',
        directions: 'Tiếp tục đẩy mạnh tuyên truyền trên nhóm Zalo của tổ.',
      }),
    ).updateRoundNarrative;
    expect(saved.results).toBe(
      'Phong trào được các tổ dân phố hưởng ứng rộng rãi.\n\nCác tổ đều nộp bảng điểm đúng hạn.',
    );
    expect(await events('NARRATIVE_UPDATED')).toBe(1);
  });

  it('serves each document as DOCX with an ASCII and a UTF-8 file name, to staff only', async () => {
    const response = await download('SUBMISSION');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="to-trinh-khen-thuong.docx"; filename*=UTF-8''${encodeURIComponent('Tờ trình khen thưởng.docx')}`,
    );
    expect((await download('SUBMISSION', '')).status).toBe(401);
    expect((await download('SUBMISSION', await app.tokenFor('UNIT_OFFICER', scenario.units.A))).status).toBe(403);
    expect((await download('CERTIFICATE')).status).toBe(400);
    expect((await download('ACHIEVEMENT_REPORT')).status).toBe(404);
    expect((await download('ACHIEVEMENT_REPORT', reviewer, `?unitId=${scenario.units.C}`)).status).toBe(404);
  });

  it('prints the required parts of every document (converted by LibreOffice)', async () => {
    if (!hasSoffice()) {
      process.stdout.write(
        'documents.integration-spec: soffice is not installed, the LibreOffice conversion is skipped\n',
      );
      return;
    }
    const files: Record<string, Buffer> = {};
    for (const kind of KINDS) {
      const response = await download(
        kind,
        reviewer,
        kind === 'ACHIEVEMENT_REPORT' ? `?unitId=${scenario.units.A}` : '',
      );
      expect(response.status).toBe(200);
      files[kind] = Buffer.from(await response.arrayBuffer());
    }
    const text = await docxToText(files);
    const flat = (kind: string) => text[kind].replace(/\s+/g, ' ');
    for (const kind of KINDS) {
      expect(flat(kind)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(flat(kind)).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(flat(kind)).toContain('Số:');
      expect(flat(kind)).toMatch(/Hải An, ngày (\d\d|…) tháng (\d+|…) năm (\d{4}|…)/);
      expect(flat(kind)).toContain('Nơi nhận');
    }
    expect(flat('SUBMISSION')).toMatch(/PHÒNG VĂN HÓA - XÃ HỘI/);
    expect(flat('SUBMISSION')).toContain('Số: 25/TTr-VHXH');
    expect(flat('SUBMISSION')).toContain('Hải An, ngày 08 tháng 12 năm 2026');
    expect(flat('SUBMISSION')).toContain('TỜ TRÌNH');
    expect(flat('SUBMISSION')).toContain('Về việc đề nghị khen thưởng');
    expect(flat('SUBMISSION')).toMatch(/1 +Tổ dân phố A +Giấy khen tập thể/);
    expect(flat('SUBMISSION')).not.toContain('Tổ dân phố B');
    expect(flat('SUBMISSION')).toContain('TRƯỞNG PHÒNG');

    expect(flat('MINUTES')).toContain('BIÊN BẢN');
    expect(flat('MINUTES')).toContain('Hải An, ngày 05 tháng 12 năm 2026');
    expect(flat('MINUTES')).toContain('14 giờ 30 phút');
    expect(flat('MINUTES')).toContain('Đỗ Thị Thu');
    expect(flat('MINUTES')).toContain('Vắng mặt');
    expect(flat('MINUTES')).toContain('4/5');
    expect(flat('MINUTES')).toContain('bổ sung minh chứng về hoạt động tuyên truyền');
    expect(flat('MINUTES')).toMatch(/4 +4 +0 +0 +100 +70 +Đạt/);
    expect(flat('MINUTES')).toMatch(/4 +3 +1 +0 +75 +70 +Đạt/);
    expect(flat('MINUTES')).toMatch(/4 +2 +2 +0 +50 +70 +Không/);
    expect(flat('MINUTES')).toContain('Các thành viên thống nhất đánh giá cao');
    expect(flat('MINUTES')).toMatch(/THƯ KÝ +CHỦ TỊCH HỘI ĐỒNG/);
    expect(flat('MINUTES')).toMatch(/Vũ Thị Mai +Lê Văn Minh/);

    expect(flat('ACHIEVEMENT_REPORT')).toContain('TỔ DÂN PHỐ A');
    expect(flat('ACHIEVEMENT_REPORT')).toContain('BÁO CÁO THÀNH TÍCH');
    expect(flat('ACHIEVEMENT_REPORT')).toMatch(/1 +Tuyên truyền +100 +95 +95/);
    expect(flat('ACHIEVEMENT_REPORT')).toContain('thứ 1/3');
    expect(flat('ACHIEVEMENT_REPORT')).toContain('https://zalo.me/g/to-dan-pho-a');
    expect(flat('ACHIEVEMENT_REPORT')).toContain('THỦ TRƯỞNG ĐƠN VỊ');

    expect(flat('DECISION')).not.toContain('DỰ THẢO');
    expect(flat('DECISION')).toContain('Số: 12/QĐ-UBND');
    expect(flat('DECISION')).toContain('Hải An, ngày 15 tháng 12 năm 2026');
    expect(flat('DECISION')).toContain('QUYẾT ĐỊNH');
    expect(flat('DECISION')).toContain('Về việc khen thưởng');
    expect(flat('DECISION')).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN');
    expect(flat('DECISION')).toContain('Luật Thi đua, khen thưởng');
    expect(flat('DECISION')).toContain('1 tập thể và 1 cá nhân');
    expect(flat('DECISION')).toMatch(/KT\. CHỦ TỊCH/);
    expect(flat('DECISION')).toContain('PHÓ CHỦ TỊCH');
    expect(flat('DECISION')).toContain('Trần Văn Bình');
    expect(flat('DECISION')).toContain('(Kèm theo Quyết định số 12/QĐ-UBND ngày 15 tháng 12 năm 2026');
    expect(flat('DECISION')).toMatch(/2 Nguyễn Thị Hoa, Tổ trưởng Giấy khen cá nhân/);

    expect(flat('REVIEW_REPORT')).toContain('BÁO CÁO');
    expect(flat('REVIEW_REPORT')).toContain('Sơ kết Thi đua tổ dân phố văn hóa');
    expect(flat('REVIEW_REPORT')).toContain('I. KẾT QUẢ ĐẠT ĐƯỢC');
    expect(flat('REVIEW_REPORT')).toContain('Phong trào được các tổ dân phố hưởng ứng rộng rãi.');
    expect(flat('REVIEW_REPORT')).toContain('điểm bình quân 82,33');
    expect(flat('REVIEW_REPORT')).toMatch(/1 +Tổ dân phố A +95/);
    expect(flat('REVIEW_REPORT')).toContain('II. HẠN CHẾ, NGUYÊN NHÂN');
    expect(flat('REVIEW_REPORT')).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ');
    expect(flat('REVIEW_REPORT')).toContain('Lê Văn Minh');
  }, 180_000);

  it('marks the decision as a draft with the number to fill until it is recorded', async () => {
    await app.dataSource.manager.update(CommendationRound, { id: roundId }, { status: 'POSTED' });
    await app.dataSource.manager.update(CommendationProposal, { roundId, status: 'CONFERRED' }, { status: 'PASSED' });
    if (!hasSoffice()) return;
    const response = await download('DECISION');
    const text = (await docxToText({ DRAFT: Buffer.from(await response.arrayBuffer()) })).DRAFT.replace(/\s+/g, ' ');
    expect(text).toContain('DỰ THẢO');
    expect(text).toContain('Số: …/QĐ-UBND');
    expect(text).toContain('Hải An, ngày … tháng … năm …');
    expect(text).toContain('Nguyễn Thị Hoa');
  }, 120_000);
});
