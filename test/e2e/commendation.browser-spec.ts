import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DESKTOP, launchBrowser } from '../support/browser.js';
import { freshDatabaseUrl } from '../support/database.js';
import { gql, graphql, signIn, startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * A period from its published scores to a printed certificate (issue 13): the demo's
 * sơ kết is finished and published through GraphQL (as the demo staff would), then in the
 * browser the organiser opens a commendation round on it, builds the proposals from the
 * ranking, adds an individual, confirms a condition; the council meets (a vote without
 * quorum is refused), votes; the list is posted — its start set in the past so the window
 * ends half a minute later —, a resident comments from a phone, the organiser answers; a
 * decision before the end is refused, after it recorded; the certificate prints as A4
 * landscape with the recipient's name and "GIẤY KHEN".
 */
const ADMIN_PASSWORD = 'browser-test-password';
const PASSWORD = 'Thi-dua-2026-mat-khau';
const SMALL_PHONE = { width: 360, height: 740 };
const SHOTS = '/tmp/e2e-commendation';
const DAY = 86_400_000;
/** The individual the organiser adds: a teacher of Tổ Ngữ văn, Trường THCS Hải An (demo-people.ts). */
const TEACHER_NAME = 'Nguyễn Kim Thu';
const COMMENT = 'Tôi đề nghị ghi rõ thành tích của Trường THCS Hải An trong danh sách niêm yết.';

async function expectText(locator: Locator, pattern: RegExp, timeout = 10_000): Promise<void> {
  await locator.first().waitFor({ timeout });
  const deadline = Date.now() + timeout;
  let text = await locator.first().innerText();
  while (!pattern.test(text) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    text = await locator.first().innerText();
  }
  expect(text).toMatch(pattern);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

interface Sheet {
  id: string;
  periodId: string;
  status: string;
  unit: { code: string };
}

describe('commendation: from a published period through the council, the posting and the decision to a certificate', () => {
  let server: ServerProcess;
  let browser: Browser;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let admin: string;
  let campaignId: string;
  let periodId: string;
  let roundId: string;
  const formId = new Map<string, string>();
  const unitId = new Map<string, string>();
  const contexts: BrowserContext[] = [];

  async function signedInPage(username: string, password: string, viewport = DESKTOP): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByTestId('sign-in-username').fill(username);
    await page.getByTestId('sign-in-password').fill(password);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('home-greeting').waitFor();
    return page;
  }

  beforeAll(async () => {
    database = await freshDatabaseUrl('thidua_commendation');
    server = await startServerProcess({ DATABASE_URL: database.url, ADMIN_PASSWORD, DEMO_DATA: 'true' });
    browser = await launchBrowser();
    admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);

    // The demo staff finish the sơ kết (as demo-seeder.integration-spec.ts does), and the admin publishes it.
    const { users } = await gql<{ users: { id: string; username: string }[] }>(
      server.url,
      admin,
      '{ users { id username } }',
    );
    const token = new Map<string, string>();
    for (const username of ['demo.tdp05', 'demo.tdp03', 'demo.vhxh']) {
      const user = users.find((u) => u.username === username)!;
      await gql(server.url, admin, 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }', {
        input: { id: user.id, password: PASSWORD, active: true },
      });
      token.set(username, await signIn(server.url, username, PASSWORD));
    }
    const { campaigns } = await gql<{
      campaigns: { id: string; isDemo: boolean; periods: { id: string; kind: string }[] }[];
    }>(server.url, admin, '{ campaigns { id isDemo periods { id kind } } }');
    const demo = campaigns.find((c) => c.isDemo)!;
    campaignId = demo.id;
    periodId = demo.periods.find((p) => p.kind === 'INTERIM')!.id;
    const { scoreSheets } = await gql<{
      scoreSheets: (Sheet & { entries: { id: string; indicatorCode: string }[] })[];
    }>(
      server.url,
      admin,
      'query($c: ID!) { scoreSheets(campaignId: $c) { id periodId status unit { code } entries { id indicatorCode } } }',
      { c: campaignId },
    );
    const sheet = (code: string) => scoreSheets.find((s) => s.periodId === periodId && s.unit.code === code)!;
    const returned = sheet('TDP-05');
    await gql(
      server.url,
      token.get('demo.tdp05')!,
      'mutation($input: AddEvidenceLinkInput!) { addEvidenceLink(input: $input) { id } }',
      {
        input: {
          entryId: returned.entries.find((e) => e.indicatorCode === 'III.2')!.id,
          url: 'https://haian.example.vn/minh-chung/tdp-05/van-nghe',
        },
      },
    );
    await gql(
      server.url,
      token.get('demo.tdp05')!,
      'mutation($input: SubmitScoreSheetInput!) { submitScoreSheet(input: $input) { status } }',
      {
        input: { sheetId: returned.id, explanation: 'Đã bổ sung chương trình và ảnh buổi văn nghệ.' },
      },
    );
    for (const code of ['TDP-04', 'TDP-05', 'TDP-08']) {
      await gql(
        server.url,
        token.get('demo.tdp03')!,
        'mutation($input: FirstReviewSheetInput!) { firstReviewScoreSheet(input: $input) { id } }',
        {
          input: { sheetId: sheet(code).id },
        },
      );
    }
    for (const code of ['TDP-04', 'TDP-05', 'TDP-08', 'TH-HAI-AN', 'TT-DV-SU-NGHIEP-CONG']) {
      await gql(server.url, token.get('demo.vhxh')!, 'mutation($id: ID!) { approveScoreSheet(id: $id) { id } }', {
        id: sheet(code).id,
      });
    }
    await gql(server.url, admin, 'mutation($p: ID!) { publishCampaignPeriod(periodId: $p) { status } }', {
      p: periodId,
    });
    const { commendationForms, units } = await gql<{
      commendationForms: { id: string; code: string }[];
      units: { id: string; code: string }[];
    }>(server.url, admin, '{ commendationForms { id code } units { id code } }');
    for (const f of commendationForms) formId.set(f.code, f.id);
    for (const u of units) unitId.set(u.code, u.id);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  let postingEndsAt: Date;

  it('the organiser opens a round on the published sơ kết, builds it from the ranking, adds a teacher and confirms a condition', async () => {
    const page = await signedInPage('admin', ADMIN_PASSWORD);
    // The demo's annual round, decided by the demo seeding: one department's TTLĐTT conferred, the other's not passed.
    await page.goto(`${server.url}/commendation`);
    await page
      .getByTestId('round-list')
      .getByRole('link', { name: /danh hiệu thi đua năm 2025/ })
      .click();
    const collective = page.getByTestId('form-group-TAP_THE_LAO_DONG_TIEN_TIEN');
    await expectText(collective, /Phòng Văn hóa - Xã hội[\s\S]*Phòng Kinh tế, Hạ tầng và Đô thị/);
    mkdirSync(SHOTS, { recursive: true });
    await collective.screenshot({ path: join(SHOTS, '00-demo-annual-ttldtt.png') });

    await page.goto(`${server.url}/commendation`);
    await page.getByTestId('round-create').click();
    await page.locator('#round-name').fill('Khen thưởng sơ kết 6 tháng — kiểm thử');
    await page.locator('#round-campaign').selectOption(campaignId);
    await page.locator('#round-period').selectOption(periodId);
    await page.locator('#round-year').fill('2026');
    await page.getByTestId('round-create-submit').click();
    await page.waitForURL(/\/commendation\/rounds\/[0-9a-f-]+$/);
    roundId = /rounds\/([0-9a-f-]+)$/.exec(page.url())![1];

    await page.getByTestId('proposals-build').click();
    // The units that earned the campaign's giấy khen, proposed for the catalogue's collective giấy khen.
    await expectText(page.getByTestId('form-group-GIAY_KHEN_TAP_THE'), /Giấy khen/);
    await shot(page, '01-proposals-built');

    await page.getByTestId('proposals-add-person').click();
    const dialog = page.getByTestId('proposal-add-dialog');
    await dialog.locator('#proposal-form').selectOption(formId.get('GIAY_KHEN_CA_NHAN')!);
    await dialog.locator('#proposal-unit').selectOption(unitId.get('THCS-HAI-AN')!);
    await dialog.locator('#proposal-person-search').fill('kim thu');
    await dialog.getByRole('button', { name: new RegExp(TEACHER_NAME) }).click();
    await dialog.locator('#proposal-detail-new').fill('Giáo viên Tổ Ngữ văn');
    await dialog
      .locator('#proposal-achievements-new')
      .fill('Đã có thành tích xuất sắc trong tuyên truyền Nghị quyết cho học sinh qua các tiết sinh hoạt dưới cờ');
    await dialog.getByTestId('proposal-add-submit').click();
    await dialog.waitFor({ state: 'detached' });
    const teacher = page
      .getByTestId('form-group-GIAY_KHEN_CA_NHAN')
      .locator('li[data-testid^="proposal-"]', { hasText: TEACHER_NAME });
    await teacher.waitFor();

    // The condition that asks for evidence (c2 of GIAY_KHEN_CA_NHAN), confirmed with the dossier's number.
    await teacher.getByTestId('check-c2').getByRole('button').click();
    await page.locator('#condition-met').selectOption('yes');
    await page.locator('#condition-evidence').fill('Biên bản họp tổ Ngữ văn số 05/BB ngày 20/6/2026');
    await page.getByTestId('proposal-dialog-submit').click();
    await expectText(teacher.getByTestId('check-c2'), /Biên bản họp tổ Ngữ văn/);
    await shot(page, '02-teacher-added');
  });

  it('the council meets: without quorum no vote is taken (refused), then every proposal is voted', async () => {
    const page = await signedInPage('admin', ADMIN_PASSWORD);
    await page.goto(`${server.url}/commendation/rounds/${roundId}?tab=council`);
    const members = [
      ['Lê Văn Thành', 'Chủ tịch Ủy ban nhân dân phường', 'CHAIR'],
      ['Nguyễn Thị Thu Hà', 'Công chức Phòng Văn hóa - Xã hội', 'SECRETARY'],
      ['Nguyễn Thị Hồng Vân', 'Phó Chủ tịch Ủy ban nhân dân phường', 'VICE_CHAIR'],
      ['Hoàng Thị Hà', 'Trưởng phòng Văn hóa - Xã hội', 'STANDING_MEMBER'],
      ['Nguyễn Đức Quý', 'Chánh Văn phòng HĐND và UBND phường', 'MEMBER'],
      ['Vũ Kim Hương', 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị', 'MEMBER'],
    ];
    const editor = page.getByTestId('council-members-editor');
    const rows = editor.locator('li.row-list__row');
    await rows.first().waitFor();
    while ((await rows.count()) < members.length) await editor.locator(':scope > button').click();
    for (const [index, [name, position, role]] of members.entries()) {
      const row = rows.nth(index);
      await row.locator('input[type="text"], input:not([type])').nth(0).fill(name);
      await row.locator('input[type="text"], input:not([type])').nth(1).fill(position);
      await row.locator('select').selectOption(role);
      // Only the chair, the secretary and one member came at first: 3 of 6, short of the 2/3 quorum (4).
      await row.locator('input[type="checkbox"]').setChecked(index < 3);
    }
    await page.getByTestId('council-open-submit').click();
    await expectText(page.getByTestId('quorum-line'), /3/);
    // No vote form while the quorum is short, and the council's refusal is worded; the API refuses it too.
    expect(await page.locator('[data-testid^="vote-form-"]').count()).toBe(0);
    await expectText(page.getByRole('alert').filter({ hasText: /chưa đủ số thành viên/ }), /chưa thể biểu quyết/);
    const { commendationRound } = await gql<{
      commendationRound: { proposals: { id: string; recipientName: string }[] };
    }>(server.url, admin, 'query($id: ID!) { commendationRound(id: $id) { proposals { id recipientName } } }', {
      id: roundId,
    });
    const refused = await graphql(
      server.url,
      'mutation($input: RecordCouncilVoteInput!) { recordCouncilVote(input: $input) { proposalStatus } }',
      {
        input: {
          proposalId: commendationRound.proposals[0].id,
          ballot: 'OPEN',
          present: 3,
          approve: 3,
          against: 0,
          abstain: 0,
        },
      },
      admin,
    );
    expect(refused.errors?.[0]?.extensions?.reason ?? refused.errors?.[0]?.message).toMatch(/NO_QUORUM/);
    await shot(page, '03-vote-refused-no-quorum');

    // The other three arrive: 6 of 6.
    const attendance = page.getByTestId('council-session').locator('input[type="checkbox"]');
    for (let present = 4; present <= members.length; present += 1) {
      // Each tick saves at once; the list comes back from the server before the next one.
      const box = page.getByTestId('council-session').locator('input[type="checkbox"]:not(:checked)').first();
      await box.click();
      await expectText(page.getByTestId('quorum-line'), new RegExp(`${present}/${members.length}`));
      await page.waitForFunction(() => !document.querySelector('[data-testid="council-session"] input:disabled'));
    }
    expect(await attendance.count()).toBe(members.length);
    await expectText(page.getByTestId('quorum-line'), /6/);
    for (const p of commendationRound.proposals) {
      const form = page.getByTestId(`vote-form-${p.id}`);
      await form.waitFor();
      const numbers = form.locator('input');
      await numbers.nth(0).fill('6');
      await numbers.nth(1).fill('6');
      await numbers.nth(2).fill('0');
      await numbers.nth(3).fill('0');
      await page.getByTestId(`vote-submit-${p.id}`).click();
      await page.getByTestId(`vote-result-${p.id}`).waitFor();
    }
    await expectText(page.getByTestId('council-tab'), new RegExp(TEACHER_NAME));
    await shot(page, '04-votes-recorded');
  });

  it('the list is posted, a resident comments from a phone, the organiser handles it', async () => {
    const { commendationForms } = await gql<{ commendationForms: { code: string; postingDays: number }[] }>(
      server.url,
      admin,
      '{ commendationForms { code postingDays } }',
    );
    const days = Math.max(...commendationForms.filter((f) => f.code.startsWith('GIAY_KHEN')).map((f) => f.postingDays));
    // The posting tab takes a start day; the window must end half a minute from now, so the start goes through the API.
    postingEndsAt = new Date(Date.now() + 35_000);
    await gql(server.url, admin, 'mutation($input: StartPostingInput!) { startPosting(input: $input) { id } }', {
      input: {
        roundId,
        startsAt: new Date(postingEndsAt.getTime() - days * DAY).toISOString(),
        places: 'Trụ sở UBND phường và nhà văn hóa các tổ dân phố',
      },
    });
    const page = await signedInPage('admin', ADMIN_PASSWORD);
    await page.goto(`${server.url}/commendation/rounds/${roundId}?tab=posting`);
    await page.getByTestId('posting-window').waitFor();
    await page.getByTestId('posting-public-url').waitFor();
    await shot(page, '05-posting-started');

    const phone = await browser.newContext({ viewport: SMALL_PHONE, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(phone);
    const resident = await phone.newPage();
    await resident.goto(`${server.url}/posting/${roundId}`);
    await expectText(resident.getByTestId('commendation-posting-page'), new RegExp(TEACHER_NAME));
    const form = resident.getByTestId('public-comment-form');
    await form.locator('textarea').fill(COMMENT);
    await form.locator('input').first().fill('Bùi Văn Tiến');
    await resident.getByTestId('public-comment-submit').click();
    await resident.getByTestId('comment-thanks').waitFor();
    const width = await resident.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(SMALL_PHONE.width);
    await shot(resident, '06-public-comment-phone');

    await page.reload();
    const comment = page.locator('li[data-testid^="comment-"]', { hasText: COMMENT });
    await comment.waitFor();
    const handling = comment.locator('form[data-testid^="handle-"]');
    await handling.locator('select').selectOption('ACCEPTED');
    await handling
      .locator('textarea')
      .fill('Đã bổ sung thành tích của nhà trường vào danh sách; trả lời ông Tiến qua điện thoại.');
    await handling.locator('button[type="submit"]').click();
    await expectText(comment, /trả lời ông Tiến/);
    expect(await comment.locator('form[data-testid^="handle-"]').count()).toBe(0);
    await shot(page, '07-comment-handled');
  });

  it('a decision before the posting ends is refused with its reason; after it, it is recorded and the certificate prints', async () => {
    const page = await signedInPage('admin', ADMIN_PASSWORD);
    await page.goto(`${server.url}/commendation/rounds/${roundId}?tab=decision`);
    await expectText(page.getByTestId('decision-blocked'), /niêm yết/);
    expect(await page.getByTestId('decision-submit').isDisabled()).toBe(true);
    const early = await graphql(
      server.url,
      `
        mutation ($input: RecordCommendationDecisionInput!) {
          recordCommendationDecision(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          roundId,
          decisionNumber: '125/QĐ-UBND',
          decisionDate: new Date().toISOString().slice(0, 10),
          signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
          signerTitle: 'CHỦ TỊCH',
          signerName: 'Lê Văn Thành',
        },
      },
      admin,
    );
    expect(early.errors?.[0]?.extensions?.reason).toBe('POSTING_NOT_ENDED');
    await shot(page, '08-decision-refused');

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, postingEndsAt.getTime() - Date.now() + 2_000)));
    await page.reload();
    const form = page.getByTestId('decision-form');
    await form.waitFor();
    expect(await page.getByTestId('decision-submit').isDisabled()).toBe(false);
    // Number, then the signature block (authority, capacity — none: the chairman signs himself —, title, name).
    // The decision date (a dd/mm/yyyy text field, .dmy-input) keeps its default, today.
    const fields = form.locator('input:not(.dmy-input)');
    const values = ['125/QĐ-UBND', 'TM. ỦY BAN NHÂN DÂN', '', 'CHỦ TỊCH', 'Lê Văn Thành'];
    for (const [index, value] of values.entries()) await fields.nth(index).fill(value);
    await page.getByTestId('decision-submit').click();
    await page.getByTestId('decision-summary').waitFor();
    await expectText(page.getByTestId('decision-summary'), /125\/QĐ-UBND/);
    await shot(page, '09-decision-recorded');

    await page.getByTestId('certificates-link').click();
    await page.waitForURL(/\/certificates/);
    const sheet = page.locator('article[data-testid^="certificate-"]', { hasText: TEACHER_NAME });
    await sheet.waitFor();
    await shot(page, '10-certificates');
    await page.emulateMedia({ media: 'print' });
    const pdf = join(SHOTS, 'certificates.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('GIẤY KHEN');
    expect(text).toContain(TEACHER_NAME);
  });
});
