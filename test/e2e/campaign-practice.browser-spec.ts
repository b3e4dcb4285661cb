import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { ARTIFACTS, DESKTOP, launchBrowser, screenshot } from '../support/browser.js';
import { freshDatabaseUrl } from '../support/database.js';
import { pngFile } from '../support/files.js';
import { gql, signIn, startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * The demo campaign as a ward runs it (server/src/database/seeds/demo-campaign.ts): the
 * interim period is past its deadline; TDP số 5's sheet was returned after it, with a
 * reply window; TDP số 4's waits for its block leader, TDP số 3.
 */
const ADMIN_PASSWORD = 'browser-test-password';
const PASSWORD = 'Thi-dua-2026-mat-khau';
/** A small phone, as many TDP heads have. */
const SMALL_PHONE = { width: 360, height: 740 };
/** The criterion the return asks evidence for (demo-campaign.ts DEMO_RETURN_CODE). */
const RETURNED_CODE = 'III.2';

async function expectText(locator: Locator, pattern: RegExp): Promise<void> {
  await locator.waitFor();
  const deadline = Date.now() + 10_000;
  let text = await locator.innerText();
  while (!pattern.test(text) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    text = await locator.innerText();
  }
  expect(text).toMatch(pattern);
}

/** The page is no wider than the phone: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

interface DemoSheet {
  id: string;
  periodId: string;
  status: string;
  unit: { code: string };
}

describe('a ward’s sơ kết on the demo campaign: a late return answered from a phone, a block leader’s first round', () => {
  let server: ServerProcess;
  let browser: Browser;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let campaignId: string;
  let interimId: string;
  let deadline: Date;
  /** Interim sheet ids by unit code. */
  const sheetOf = new Map<string, string>();
  const contexts: BrowserContext[] = [];

  async function signedInPage(username: string, viewport = DESKTOP): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByTestId('sign-in-username').fill(username);
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('home-greeting').waitFor();
    return page;
  }

  beforeAll(async () => {
    database = await freshDatabaseUrl('thidua_campaign_practice');
    server = await startServerProcess({ DATABASE_URL: database.url, ADMIN_PASSWORD, DEMO_DATA: 'true' });
    browser = await launchBrowser();
    const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);

    // The demo's staff accounts come inactive, without a password: the admin gives two of them one.
    const { users } = await gql<{ users: { id: string; username: string; active: boolean }[] }>(
      server.url,
      admin,
      '{ users { id username active } }',
    );
    for (const username of ['demo.tdp05', 'demo.tdp03']) {
      const user = users.find((u) => u.username === username)!;
      expect(user.active).toBe(false);
      await gql(server.url, admin, 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }', {
        input: { id: user.id, password: PASSWORD, active: true },
      });
    }
    const { campaigns } = await gql<{
      campaigns: { id: string; isDemo: boolean; periods: { id: string; kind: string; submissionDeadline: string }[] }[];
    }>(server.url, admin, '{ campaigns { id isDemo periods { id kind submissionDeadline } } }');
    const demo = campaigns.find((c) => c.isDemo)!;
    campaignId = demo.id;
    const interim = demo.periods.find((p) => p.kind === 'INTERIM')!;
    interimId = interim.id;
    deadline = new Date(interim.submissionDeadline);
    const { scoreSheets } = await gql<{ scoreSheets: DemoSheet[] }>(
      server.url,
      admin,
      'query($c: ID!) { scoreSheets(campaignId: $c) { id periodId status unit { code } } }',
      { c: campaignId },
    );
    for (const s of scoreSheets.filter((s) => s.periodId === interimId)) sheetOf.set(s.unit.code, s.id);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  it('the TDP head sees the return on home, adds the missing evidence and resubmits past the deadline, within the reply window', async () => {
    expect(deadline.getTime()).toBeLessThan(Date.now());
    const page = await signedInPage('demo.tdp05', SMALL_PHONE);
    const row = page.getByTestId(`home-sheet-${sheetOf.get('TDP-05')}`);
    await expectText(row.getByTestId('home-sheet-status'), /Bị trả lại — cần sửa/);
    await expectText(row, /chưa có minh chứng hoạt động văn nghệ/);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: join(ARTIFACTS, 'practice-home-returned-phone.png') });

    await row.getByRole('link').click();
    await page.waitForURL(/\/sheets\//);
    await page.getByTestId('sheet-returned').waitFor();
    await page.getByTestId('sheet-reply-due').waitFor();
    await page.getByTestId(`sheet-indicator-${RETURNED_CODE}`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'practice-sheet-returned-phone.png') });

    // Submitting before the fix names the criterion, where the officer is looking.
    await page.getByTestId('sheet-submit').click();
    await expectText(page.getByTestId('sheet-missing'), new RegExp(RETURNED_CODE.replace('.', '\\.')));
    expect(await page.getByTestId('sheet-missing').isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'practice-sheet-missing-phone.png') });

    await page.getByTestId(`sheet-evidence-file-${RETURNED_CODE}`).setInputFiles({
      name: 'chuong-trinh-van-nghe.png',
      mimeType: 'image/png',
      buffer: pngFile(),
    });
    await expectText(page.getByTestId(`evidence-list-${RETURNED_CODE}`), /chuong-trinh-van-nghe\.png/);
    await page.locator('[data-testid="sheet-saved"][data-state="saved"]').waitFor();

    await page.getByTestId('sheet-submit').click();
    await page.getByTestId('sheet-explanation').fill('Đã bổ sung chương trình và ảnh buổi văn nghệ ngày 19/5/2026.');
    await page.getByTestId('sheet-submit-confirm').click();
    await page.getByTestId('sheet-submitted').waitFor();
    await screenshot(page, 'practice-sheet-resubmitted-phone');
    await expectNoSidewaysScroll(page);

    await page.goto(`${server.url}/`);
    const after = page.getByTestId(`home-sheet-${sheetOf.get('TDP-05')}`);
    await expectText(after.getByTestId('home-sheet-status'), /thẩm định/);
    expect(await after.innerText()).not.toMatch(/cần sửa/);
    await page.screenshot({ path: join(ARTIFACTS, 'practice-home-resubmitted-phone.png') });
  });

  it('the block leader does the first-round review of a sheet of the block, never of its own', async () => {
    const page = await signedInPage('demo.tdp03', SMALL_PHONE);
    // The leader's own sheet on home, and under it the block's sheets waiting for the first round.
    await page
      .getByTestId(`home-sheet-${sheetOf.get('TDP-03')}`)
      .getByRole('link')
      .click();
    await page.waitForURL(/\/sheets\//);
    const list = page.getByTestId('block-review-list');
    await expectText(list, /chờ thẩm định vòng 1/);
    expect(await list.getByTestId('block-sheet-TDP-03').count()).toBe(0);
    expect(await list.getByTestId('block-sheet-TH-HAI-AN').count()).toBe(0);
    await list.getByTestId('block-sheet-TDP-04').waitFor();
    await list.getByTestId('block-sheet-TDP-04').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'practice-leader-block-phone.png') });
    await expectNoSidewaysScroll(page);

    await list.getByTestId('block-sheet-TDP-04').getByRole('link').click();
    await page.getByTestId('review-row-I.1').waitFor();
    // The TDP set's own criteria, not the school's or the departments'.
    await expectText(page.getByTestId('review-row-I.1'), /loa truyền thanh/);
    expect(await page.getByTestId('review-approve').count()).toBe(0);
    await page.getByTestId('first-review-note').fill('Đã đối chiếu sổ theo dõi phát thanh và biên bản họp tổ.');
    await page.getByTestId('review-first').click();
    await expectText(page.getByTestId('review-notice'), /vòng 1/);
    await screenshot(page, 'practice-leader-first-review-phone');
    await expectNoSidewaysScroll(page);

    const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    const { campaignAuditTrail } = await gql<{ campaignAuditTrail: { action: string; actorName: string | null }[] }>(
      server.url,
      admin,
      'query($c: ID!, $s: ID) { campaignAuditTrail(campaignId: $c, sheetId: $s) { action actorName } }',
      { c: campaignId, s: sheetOf.get('TDP-04') },
    );
    expect(campaignAuditTrail).toContainEqual({
      action: 'SHEET_FIRST_REVIEWED',
      actorName: 'Trần Văn Bình (Tổ trưởng TDP số 3)',
    });
  });
});
