import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, DESKTOP, launchBrowser, PHONE, screenshot } from '../support/browser.js';
import { freshDatabaseUrl } from '../support/database.js';
import { pngFile } from '../support/files.js';
import { gql, signIn, startServerProcess, type ServerProcess } from '../support/server-process.js';

const ADMIN_PASSWORD = 'browser-test-password';
const PASSWORD = 'Thi-dua-2026-mat-khau';

interface Sheet {
  id: string;
  unit: { code: string };
  entries: { id: string; indicatorCode: string }[];
}

describe('an emulation campaign from the unit’s phone to the big screen', () => {
  let server: ServerProcess;
  let browser: Browser;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let campaignId: string;
  let board: Page;
  const contexts: BrowserContext[] = [];

  async function signedInPage(username: string, password: string, viewport = DESKTOP): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN' });
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
    database = await freshDatabaseUrl('thidua_campaign');
    server = await startServerProcess({ DATABASE_URL: database.url, ADMIN_PASSWORD });
    browser = await launchBrowser();
    const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    const { units } = await gql<{ units: { id: string; code: string }[] }>(server.url, admin, '{ units { id code } }');
    const unit = (code: string) => units.find((u) => u.code === code)!.id;

    const created = await gql<{ createCampaign: { id: string } }>(
      server.url,
      admin,
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
      {
        input: {
          title: 'Thi đua tuyên truyền Nghị quyết — kiểm thử',
          totalPoints: 20,
          boardEnabled: true,
        },
      },
    );
    campaignId = created.createCampaign.id;
    const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await gql(
      server.url,
      admin,
      `mutation($input: AddCampaignPeriodInput!) { addCampaignPeriod(input: $input) { id } }`,
      {
        input: {
          campaignId,
          name: 'Sơ kết 6 tháng',
          kind: 'INTERIM',
          startsOn: '2026-01-01',
          endsOn: '2026-06-30',
          submissionDeadline: deadline,
        },
      },
    );
    await gql(
      server.url,
      admin,
      `mutation($input: AddCampaignBlockInput!) { addCampaignBlock(input: $input) { id } }`,
      {
        input: {
          campaignId,
          name: 'Khối tổ dân phố',
          unitIds: [unit('TDP-01'), unit('TDP-02')],
          leaderUnitId: unit('TDP-01'),
        },
      },
    );
    await gql(
      server.url,
      admin,
      `mutation($input: SaveIndicatorTreeInput!) { saveIndicatorTree(input: $input) { id } }`,
      {
        input: {
          campaignId,
          indicators: [
            { key: 'g1', code: '1', title: 'Tuyên truyền miệng', kind: 'GROUP', maxPoints: 15 },
            {
              key: 'i11',
              parentKey: 'g1',
              code: '1.1',
              title: 'Tổ chức hội nghị quán triệt Nghị quyết',
              kind: 'MANUAL',
              maxPoints: 10,
              step: 0.5,
              evidenceRequired: true,
            },
            { key: 'i12', parentKey: 'g1', code: '1.2', title: 'Treo khẩu hiệu, pa-nô', kind: 'YES_NO', maxPoints: 5 },
            { key: 'g2', code: '2', title: 'Hoạt động văn hóa', kind: 'GROUP', maxPoints: 5 },
            {
              key: 'i21',
              parentKey: 'g2',
              code: '2.1',
              title: 'Số buổi sinh hoạt văn hóa',
              kind: 'COUNT',
              maxPoints: 5,
              perItemPoints: 1,
            },
          ],
        },
      },
    );
    await gql(server.url, admin, `mutation($input: SaveTitlesInput!) { saveCampaignTitles(input: $input) { id } }`, {
      input: { campaignId, titles: [{ name: 'Tổ dân phố văn hóa', minTotal: 14, groupFloorPercent: 50 }] },
    });
    await gql(server.url, admin, `mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id: campaignId });

    const createUser = (username: string, displayName: string, role: string, unitId?: string) =>
      gql(server.url, admin, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { username, displayName, role, password: PASSWORD, ...(unitId ? { unitId } : {}) },
      });
    await createUser('to-truong-01', 'Bác Nguyễn Văn Tư', 'UNIT_OFFICER', unit('TDP-01'));
    await createUser('to-truong-02', 'Cô Trần Thị Hoa', 'UNIT_OFFICER', unit('TDP-02'));
    await createUser('tham-dinh', 'Phòng Văn hóa - Xã hội', 'REVIEWER');

    // TDP-02 has already submitted and been approved: 8 + 5 + 2 = 15 points, group 2 at 2/5.
    const officer2 = await signIn(server.url, 'to-truong-02', PASSWORD);
    const sheetFields = 'id unit { code } entries { id indicatorCode }';
    const { scoreSheets } = await gql<{ scoreSheets: Sheet[] }>(
      server.url,
      officer2,
      `query($c: ID!) { scoreSheets(campaignId: $c) { ${sheetFields} } }`,
      { c: campaignId },
    );
    const sheet2 = scoreSheets[0];
    const entry = (code: string) => sheet2.entries.find((e) => e.indicatorCode === code)!.id;
    for (const [code, value] of [
      ['1.1', 8],
      ['1.2', 1],
      ['2.1', 2],
    ] as const) {
      await gql(
        server.url,
        officer2,
        `mutation($input: SaveScoreEntryInput!) { saveScoreEntry(input: $input) { id } }`,
        {
          input: { entryId: entry(code), value },
        },
      );
    }
    await gql(
      server.url,
      officer2,
      `mutation($input: AddEvidenceLinkInput!) { addEvidenceLink(input: $input) { id } }`,
      {
        input: { entryId: entry('1.1'), url: 'https://example.org/bien-ban-hoi-nghi' },
      },
    );
    await gql(
      server.url,
      officer2,
      `mutation($input: SubmitScoreSheetInput!) { submitScoreSheet(input: $input) { id } }`,
      {
        input: { sheetId: sheet2.id },
      },
    );
    // TDP-01 leads the block: its officer does the first round, then the ward approves.
    const leader = await signIn(server.url, 'to-truong-01', PASSWORD);
    await gql(
      server.url,
      leader,
      `mutation($input: FirstReviewSheetInput!) { firstReviewScoreSheet(input: $input) { id } }`,
      { input: { sheetId: sheet2.id } },
    );
    const reviewer = await signIn(server.url, 'tham-dinh', PASSWORD);
    await gql(server.url, reviewer, `mutation($id: ID!) { approveScoreSheet(id: $id) { id } }`, { id: sheet2.id });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  it('the admin sets up a draft: the tree shows live totals and why it cannot launch', async () => {
    const page = await signedInPage('admin', ADMIN_PASSWORD);
    await page.goto(`${server.url}/campaigns`);
    await page.getByTestId('campaign-row-0').waitFor();
    await page.getByTestId('campaign-create').click();
    await page.getByTestId('campaign-title').fill('Phong trào nháp');
    await page.getByTestId('campaign-create-submit').click();
    await page.getByTestId('indicator-tree').waitFor();
    await page.getByTestId('tree-add-group').click();
    await page
      .getByTestId('tree-row-1')
      .getByRole('button', { name: /Tiêu chí/ })
      .click();
    await page.getByTestId('tree-row-1.1').getByLabel('Tối đa').fill('25');
    await expectText(page.getByTestId('tree-sum-1'), /25/);
    expect(await page.getByTestId('tree-sum-1').getAttribute('class')).toContain('is-bad');
    await expectText(page.getByTestId('tree-issues'), /vượt điểm tối đa 20/);
    await expectText(page.getByTestId('tree-issues'), /chưa bằng thang điểm 100/);
    await screenshot(page, 'campaign-setup');
  });

  it('shows the board before anything is published: no reviewed total on it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'vi-VN' });
    contexts.push(context);
    board = await context.newPage();
    await board.goto(`${server.url}/board/campaign/${campaignId}`);
    await board.getByTestId('board-block').waitFor();
    // TDP-02 is approved but not published: the public board shows what unit officers may read only.
    expect(await board.getByTestId('board-row-TDP-02').count()).toBe(0);
    expect(await board.getByTestId('board-row-TDP-01').count()).toBe(0);
    expect(await board.getByTestId('board-source').innerText()).toMatch(/công bố/);
    // Marks this page: if it reloads, the mark is gone.
    await board.evaluate(() => ((window as unknown as { boardMark: number }).boardMark = 42));
  });

  it('the unit officer fills the sheet on a phone, attaches evidence and submits', async () => {
    const page = await signedInPage('to-truong-01', PASSWORD, PHONE);
    await page.goto(`${server.url}/campaigns/${campaignId}`);
    await page.waitForURL(/\/sheets\//);
    await page.getByTestId('sheet-indicator-1.1').waitFor();

    await page.getByTestId('sheet-value-1.1').fill('7,5');
    await expectText(page.getByTestId('sheet-score-1.1'), /7,5/);
    await page.getByTestId('sheet-value-1.2-yes').click();
    await expectText(page.getByTestId('sheet-score-1.2'), /5/);
    await page.getByTestId('sheet-value-2.1').fill('3');
    await expectText(page.getByTestId('sheet-score-2.1'), /3/);
    await page.locator('[data-testid="sheet-saved"][data-state="saved"]').waitFor();
    expect(await page.getByTestId('sheet-total').innerText()).toBe('15,5');

    // Submitting without the required evidence lists what is missing, by indicator.
    await page.getByTestId('sheet-submit').click();
    await expectText(page.getByTestId('sheet-missing'), /1\.1/);

    await page.getByTestId('sheet-evidence-file-1.1').setInputFiles({
      name: 'bien-ban-hoi-nghi.png',
      mimeType: 'image/png',
      buffer: pngFile(),
    });
    await expectText(page.getByTestId('evidence-list-1.1'), /bien-ban-hoi-nghi\.png/);
    await page.locator('[data-testid="sheet-saved"][data-state="saved"]').waitFor();
    await page.getByTestId('sheet-indicator-1.1').scrollIntoViewIfNeeded();
    await screenshot(page, 'campaign-sheet-phone');
    // What the officer sees on the phone's screen (the full-page shot repeats the sticky bars).
    await page.screenshot({ path: join(ARTIFACTS, 'campaign-sheet-phone-screen.png') });

    await page.getByTestId('sheet-submit').click();
    await page.getByTestId('sheet-submit-confirm').click();
    await page.getByTestId('sheet-submitted').waitFor();
    expect(await page.getByTestId('sheet-submit').count()).toBe(0);
    await screenshot(page, 'campaign-sheet-submitted-phone');
  });

  it('the reviewer adjusts one indicator with a reason and approves; the board still shows no reviewed total', async () => {
    const page = await signedInPage('tham-dinh', PASSWORD);
    await page.goto(`${server.url}/campaigns/${campaignId}/review`);
    const row = page.getByTestId('review-sheet-TDP-01');
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('SUBMITTED');
    await row.getByRole('link').click();

    await page.getByTestId('review-adjust-1.1').fill('6');
    expect(await page.getByTestId('review-total').innerText()).toBe('14');
    await page.getByTestId('review-save').click();
    await expectText(page.getByTestId('form-error'), /lý do/);
    await page.getByTestId('review-reason').fill('Biên bản chỉ có 60 % hộ dự, chưa đủ để chấm 7,5');
    await page.getByTestId('review-save').click();
    await page.getByTestId('review-notice').waitFor();
    await expectText(page.getByTestId('review-row-1.1'), /Biên bản chỉ có 60 %/);
    await screenshot(page, 'campaign-review');
    await page.getByTestId('review-approve').click();
    await expectText(page.getByTestId('review-notice'), /thẩm định/);

    // Approved is not published: the board (never reloaded) still lists neither unit.
    expect(await board.getByTestId('board-row-TDP-01').count()).toBe(0);
    expect(await board.getByTestId('board-row-TDP-02').count()).toBe(0);
  });

  it('the admin publishes (confirmed twice), corrects a score with a reason; the board follows', async () => {
    const page = await signedInPage('admin', ADMIN_PASSWORD);
    await page.goto(`${server.url}/campaigns/${campaignId}/review`);
    await page.getByTestId('publish-period').click();
    await page.getByTestId('publish-next').click();
    expect(await page.getByTestId('publish-confirm').isDisabled()).toBe(true);
    await page.getByTestId('publish-understood').check();
    await page.getByTestId('publish-confirm').click();
    await page.locator('[data-testid="review-sheet-TDP-01"][data-status="PUBLISHED"]').waitFor();
    expect(await page.getByTestId('publish-period').count()).toBe(0);
    // Published: the board, never reloaded, now ranks TDP-01 (14) below TDP-02 (15).
    await board.getByTestId('board-row-TDP-01').waitFor();
    await expectText(board.getByTestId('board-total-TDP-01'), /^14$/);
    expect(await board.getByTestId('board-row-TDP-01').getAttribute('data-rank')).toBe('2');

    await page.getByTestId('review-sheet-TDP-01').getByRole('link').click();
    await page.getByTestId('review-adjust-2.1').fill('5');
    await page.getByTestId('review-reason').fill('Bổ sung 2 buổi sinh hoạt văn hóa có biên bản, phát hiện sau công bố');
    await page.getByTestId('review-save').click();
    await page.getByTestId('review-notice').waitFor();
    await expectText(page.getByTestId('review-row-2.1'), /Đính chính/);

    // 6 + 5 + 5 = 16: TDP-01 climbs to first place, still without a reload.
    await expectText(board.getByTestId('board-total-TDP-01'), /^16$/);
    await board.locator('[data-testid="board-row-TDP-01"][data-rank="1"]').waitFor();
    expect(await board.evaluate(() => (window as unknown as { boardMark?: number }).boardMark)).toBe(42);
    await screenshot(board, 'campaign-board-720p');
    await board.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(board, 'campaign-board-1080p');

    await page.goto(`${server.url}/campaigns/${campaignId}/rankings`);
    await page.getByTestId('ranking-view-PUBLISHED').click();
    await page.getByTestId('ranking-block-0').waitFor();
    await expectText(page.getByTestId('ranking-title-TDP-01'), /Tổ dân phố văn hóa/);
    await expectText(page.getByTestId('ranking-title-TDP-02'), /thiếu điểm sàn nhóm 2: 2\/5 < 50 %/);
    await expectText(page.getByTestId('ranking-row-TDP-02'), /cần thêm hơn 1 điểm/);
    await screenshot(page, 'campaign-rankings');

    // The audit trail shows every step, each with who and why.
    await page.goto(`${server.url}/campaigns/${campaignId}/audit`);
    await page.getByTestId('audit-row').first().waitFor();
    const actions = await page
      .getByTestId('audit-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    for (const action of [
      'ENTRY_SAVED',
      'EVIDENCE_ADDED',
      'SHEET_SUBMITTED',
      'SCORE_REVIEWED',
      'SHEET_APPROVED',
      'SHEET_PUBLISHED',
      'SCORE_CORRECTED',
    ]) {
      expect(actions).toContain(action);
    }
    const text = await page.locator('.cmp-audit__table').innerText();
    expect(text).toContain('Biên bản chỉ có 60 %');
    expect(text).toContain('phát hiện sau công bố');
    expect(text).toContain('Bác Nguyễn Văn Tư');
    await screenshot(page, 'campaign-audit');
  });
});

async function expectText(locator: ReturnType<Page['getByTestId']>, pattern: RegExp): Promise<void> {
  await locator.waitFor();
  const deadline = Date.now() + 10_000;
  let text = await locator.innerText();
  while (!pattern.test(text) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    text = await locator.innerText();
  }
  expect(text).toMatch(pattern);
}
