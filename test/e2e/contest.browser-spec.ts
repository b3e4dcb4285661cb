import type { Browser, Locator, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, PHONE, screenshot } from '../support/browser.js';
import { freshDatabaseUrl } from '../support/database.js';
import { graphql, signIn, startServerProcess, type ServerProcess } from '../support/server-process.js';

const ADMIN_PASSWORD = 'browser-test-password';
const PROJECTOR = { width: 1280, height: 720 };
const UNIT = 'TDP-01';

/** What an answer looked like on screen, to check it again after a reload. */
interface ShownAnswer {
  type: string;
  /** Choice types: the selected option's text; ORDERING: the first row's text; NUMERIC: the value. */
  value: string;
}

describe('a resident takes the online contest on a phone; the unit race updates live', () => {
  let server: ServerProcess;
  let browser: Browser;
  let phone: Page;
  let board: Page;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let contestId: string;

  beforeAll(async () => {
    database = await freshDatabaseUrl('thidua_browser_contest');
    server = await startServerProcess({ DATABASE_URL: database.url, ADMIN_PASSWORD });
    const token = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    contestId = await demoContestId(server.url, token);
    browser = await launchBrowser();
    phone = await browser.newPage({ viewport: PHONE, locale: 'vi-VN' });
    board = await browser.newPage({ viewport: PROJECTOR, locale: 'vi-VN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  let rateBefore = '';

  it('shows the unit race on the projector', async () => {
    await board.goto(`${server.url}/board/contest/${contestId}`);
    await board.getByTestId(`race-row-${UNIT}`).waitFor();
    // One level per ranking: the TDPs' tab is chosen first; the ward's tab shows only the ward, on a 0–100 % bar.
    expect(await board.getByTestId('race-level-NEIGHBORHOOD_GROUP').getAttribute('aria-selected')).toBe('true');
    await board.getByTestId('race-level-WARD').click();
    await board.getByTestId('race-row-PHUONG-HAI-AN').waitFor();
    expect(await board.locator('.race-row').count()).toBe(1);
    await board.getByTestId('race-level-NEIGHBORHOOD_GROUP').click();
    await board.getByTestId(`race-row-${UNIT}`).waitFor();
    expect(await board.getByTestId(`race-bar-${UNIT}`).evaluate((el) => el.style.width)).toBe('0%');
    expect(await board.getByTestId('race-formula').innerText()).toContain('(đã xác minh) ÷ số người thuộc diện');
    rateBefore = await board.getByTestId(`race-rate-${UNIT}`).innerText();
    expect(rateBefore).toMatch(/^0,0\s?%$/u);
    // The link under the race is the contest's short one, and it leads to the contest's page.
    const printed = await board.getByTestId('race-join-url').innerText();
    const short = /\/c\/([a-z0-9-]+)/u.exec(printed)?.[1];
    expect(short).toBeTruthy();
    expect(printed).not.toContain(contestId);
    const visitor = await browser.newPage({ viewport: PHONE, locale: 'vi-VN' });
    await visitor.goto(`${server.url}/c/${short}`);
    await visitor.waitForURL(`**/contest/${contestId}`);
    await visitor.close();
    // A marker that a reload would wipe: the update below must arrive over the socket.
    await board.evaluate(() => ((window as unknown as { raceMarker: number }).raceMarker = 42));
  });

  it('registers with a phone number, searching the unit without diacritics', async () => {
    await phone.goto(`${server.url}/contest/${contestId}`);
    // The demo contest is ROSTER_PREFERRED: the roster way first, the phone way offered below it.
    await phone.getByTestId('contest-register-roster').waitFor();
    expect(await phone.getByTestId('contest-registration').getAttribute('data-mode')).toBe('ROSTER_PREFERRED');
    expect(await phone.getByTestId('contest-title').innerText()).toContain('Nghị quyết');
    // The personal-data notice is a short summary; the full text stays closed until asked for.
    expect(await phone.getByTestId('register-privacy-details').getAttribute('open')).toBeNull();
    await screenshot(phone, 'contest-page-phone');
    await phone.getByTestId('register-by-phone').click();
    await phone.getByTestId('contest-register').waitFor();
    await phone.getByTestId('register-unverified-note').waitFor();

    await phone.getByTestId('register-name').fill('Nguyễn Thị Hà');
    await phone.getByTestId('register-birth-year').fill('1962');
    await phone.getByTestId('register-unit-search').fill('to dan pho so 1');
    await phone.getByTestId(`register-unit-${UNIT}`).click();
    await phone.getByTestId('register-phone').fill('0912 34 5678');
    // Consent is required: refused until both boxes are ticked.
    await phone.getByTestId('register-submit').click();
    await phone.getByText('Vui lòng đánh dấu cả hai ô đồng ý.').waitFor();
    await phone.getByTestId('register-consent-rules').check();
    await phone.getByTestId('register-consent-data').check();
    await phone.getByTestId('register-submit').click();
    await phone.getByTestId('attempt-start').waitFor();
    expect(await phone.getByTestId('contest-welcome').innerText()).toContain('09•••••678');
    expect(await phone.getByTestId('attempts-left').innerText()).toContain('3/3');
    // Registered by phone: unverified (never counted for the unit), with an entrant code to keep.
    expect(await phone.getByTestId('entrant-verified').innerText()).toContain('Chưa xác minh');
    expect(await phone.getByTestId('entrant-code').innerText()).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/u);
  });

  it('answers two questions, reloads mid-attempt and continues with the answers kept', async () => {
    await phone.getByTestId('attempt-start').click();
    await phone.getByTestId('attempt-question').waitFor();
    expect(await phone.getByTestId('attempt-progress').innerText()).toBe('Câu 1/10');
    expect(await phone.getByTestId('attempt-remaining').innerText()).toMatch(/(10:00|9:[0-5]\d)/u);

    const first = await answerCurrent(phone);
    await phone.getByTestId('attempt-next').click();
    await phone.getByTestId('attempt-progress').filter({ hasText: 'Câu 2/10' }).waitFor();
    const second = await answerCurrent(phone);
    await screenshot(phone, 'contest-question-phone');

    // After the reload the phone's clock is 5 minutes fast: the countdown must still follow the server.
    await phone.addInitScript(() => {
      const realNow = Date.now.bind(Date);
      Date.now = () => realNow() + 5 * 60_000;
    });
    await phone.reload();
    await phone.getByTestId('attempt-question').waitFor();
    expect(await phone.getByTestId('attempt-progress').innerText()).toBe('Câu 2/10');
    await expectShown(phone, second);
    expect(await phone.getByTestId('attempt-saved').getAttribute('data-status')).toBe('saved');
    // The clock comes from the server's deadline and time, not from the device or a restart.
    expect(await phone.getByTestId('attempt-remaining').innerText()).toMatch(/^(10:00|9:[0-5]\d)$/u);

    await phone.getByTestId('attempt-prev').click();
    await phone.getByTestId('attempt-progress').filter({ hasText: 'Câu 1/10' }).waitFor();
    await expectShown(phone, first);
  });

  it('answers the prediction question, submits and sees the result with explanations', async () => {
    for (let i = 0; i < 10 && !(await phone.getByTestId('attempt-prediction').isVisible()); i++)
      await phone.getByTestId('attempt-next').click();
    await phone.getByTestId('attempt-prediction').fill('150');
    expect(await phone.getByTestId('attempt-answered').innerText()).toContain('2/10');
    await phone.getByTestId('attempt-submit').click();
    await phone.getByTestId('attempt-submit-confirm').click();

    await phone.getByTestId('attempt-result').waitFor();
    expect(await phone.getByTestId('result-score').innerText()).toMatch(/\/\s*\d/u);
    // Two answers of ten: a near-empty attempt shows the score and no key, whatever the contest's setting.
    await phone.locator('[data-testid="result-key-hidden"][data-decision="NEARLY_EMPTY"]').waitFor();
    expect(await phone.getByTestId('result-key-notice').innerText()).toContain('chưa đến một nửa');
    expect(await phone.locator('[data-testid^="result-explanation-"]').count()).toBe(0);
    await screenshot(phone, 'contest-result-phone');

    // Back on the contest page: one attempt used this round.
    await phone.getByTestId('result-back').click();
    await phone.getByTestId('attempts-left').filter({ hasText: '2/3' }).waitFor();
  });

  it('updates the unit race without a reload, the unverified entrant shown apart and not counted', async () => {
    const rate = board.getByTestId(`race-rate-${UNIT}`);
    const unverified = board.getByTestId('race-unverified');
    await expectEventually(async () => (await unverified.count()) > 0);
    expect(await unverified.innerText()).toContain('+1 chưa xác minh');
    expect(await rate.innerText()).toBe(rateBefore);
    expect(await board.evaluate(() => (window as unknown as { raceMarker?: number }).raceMarker)).toBe(42);
    expect(await board.getByTestId('race-total').innerText()).toContain('0');
    await board.waitForTimeout(1200); // let the bars finish their animation for the screenshot
    await screenshot(board, 'contest-race-1280');
    await board.setViewportSize({ width: 1024, height: 768 });
    await screenshot(board, 'contest-race-1024');
    await board.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(board, 'contest-race-1920');
  });

  it('shows the admin the ranking with the prediction and the unit results', async () => {
    const admin = await browser.newPage({ viewport: DESKTOP, locale: 'vi-VN' });
    await admin.goto(`${server.url}/sign-in`);
    await admin.getByTestId('sign-in-username').fill('admin');
    await admin.getByTestId('sign-in-password').fill(ADMIN_PASSWORD);
    await admin.getByTestId('sign-in-submit').click();
    await admin.getByTestId('home-greeting').waitFor();
    await admin.getByTestId('nav-contests').click();
    await admin.getByTestId('contest-row-0').waitFor();
    await admin.goto(`${server.url}/contests/${contestId}?tab=results`);
    await admin.getByTestId('contest-results').waitFor();
    await admin.getByTestId('results-row-0').waitFor();
    expect(await admin.getByTestId('results-row-0').innerText()).toContain('Nguyễn Thị Hà');
    // A roster contest: the unverified phone entrant is ranked but does not move the prediction's actual number.
    expect(await admin.getByTestId('results-actual').innerText()).toBe('0');
    expect(await admin.getByTestId(`results-unit-${UNIT}`).innerText()).toContain('Tổ dân phố số 1');
    await admin.getByTestId('freeze-round').waitFor();
    await admin.getByTestId('publish-round').waitFor();
    await screenshot(admin, 'contest-admin-results');

    // Freezing the round shows on the projector, still without a reload.
    await admin.getByTestId('freeze-round').click();
    await board.getByTestId('race-frozen').waitFor();
    expect(await board.evaluate(() => (window as unknown as { raceMarker?: number }).raceMarker)).toBe(42);

    // The too-fast attempt above was flagged for review, not rejected.
    await admin.getByTestId('contest-tab-flags').click();
    await admin.getByTestId('flag-row-0').waitFor();
    expect(await admin.getByTestId('flag-row-0').innerText()).toContain('Nguyễn Thị Hà');
    await screenshot(admin, 'contest-admin-flags');
    await admin.getByTestId('contest-tab-setup').click();
    await admin.getByTestId('contest-chain').waitFor();
    await screenshot(admin, 'contest-admin-setup');
    await admin.close();
  });
});

async function demoContestId(url: string, token: string): Promise<string> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const result = await graphql<{ contests: { id: string; isDemo: boolean }[] }>(
      url,
      '{ contests { id isDemo } }',
      {},
      token,
    );
    const demo = result.data?.contests.find((c) => c.isDemo);
    if (demo) return demo.id;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the demo contest was not seeded');
}

/** Answers the question on screen in the way its type takes, and waits for "Đã lưu". */
async function answerCurrent(page: Page): Promise<ShownAnswer> {
  const question = page.getByTestId('attempt-question');
  const type = (await question.getAttribute('data-type')) ?? '';
  let value: string;
  if (type === 'NUMERIC') {
    await page.getByTestId('attempt-numeric').fill('1945');
    await page.getByTestId('attempt-numeric').press('Tab');
    value = '1945';
  } else if (type === 'ORDERING') {
    // Move the first item down one place.
    const row = page.getByTestId('attempt-option-0');
    const text = await optionText(row);
    await row.getByRole('button').nth(1).click();
    value = await optionText(page.getByTestId('attempt-option-1'));
    expect(value).toBe(text);
    value = await optionText(page.getByTestId('attempt-option-0'));
  } else {
    const option = page.getByTestId('attempt-option-1');
    await option.click();
    expect(await option.getAttribute('data-selected')).toBe('true');
    value = await optionText(option);
  }
  await page.locator('[data-testid="attempt-saved"][data-status="saved"]').waitFor();
  expect(await page.getByTestId('attempt-saved').innerText()).toContain('Đã lưu');
  return { type, value };
}

async function expectShown(page: Page, shown: ShownAnswer): Promise<void> {
  expect(await page.getByTestId('attempt-question').getAttribute('data-type')).toBe(shown.type);
  if (shown.type === 'NUMERIC') {
    expect(await page.getByTestId('attempt-numeric').inputValue()).toBe(shown.value);
  } else if (shown.type === 'ORDERING') {
    expect(await optionText(page.getByTestId('attempt-option-0'))).toBe(shown.value);
  } else {
    const selected = page.locator('[data-testid^="attempt-option-"][data-selected="true"]');
    expect(await selected.count()).toBe(1);
    expect(await optionText(selected.first())).toBe(shown.value);
  }
}

async function optionText(option: Locator): Promise<string> {
  return (await option.locator('.cp-option__text').innerText()).trim();
}

async function expectEventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
