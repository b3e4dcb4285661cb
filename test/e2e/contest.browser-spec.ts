import { join } from 'node:path';
import { foldForSearch } from '@thidua/shared';
import type { Browser, Locator, Page } from 'playwright-core';
import { ARTIFACTS, DESKTOP, launchBrowser, PHONE, screenshot } from '../support/browser.js';
import { freshDatabaseUrl } from '../support/database.js';
import { gql, graphql, signIn, startServerProcess, type ServerProcess } from '../support/server-process.js';

const ADMIN_PASSWORD = 'browser-test-password';
const PROJECTOR = { width: 1280, height: 720 };
const UNIT = 'TDP-01';
/** A TDP with a demo resident list (demo-people.ts): TDP-01 has none, so its verified entrant comes from here. */
const ROSTER_UNIT = 'TDP-02';
/** The parents above both TDPs: the TDPs' block, and the ward above the four blocks. */
const BLOCK = 'KHOI-TDP';
const WARD = 'PHUONG-HAI-AN';

interface DemoUnit {
  id: string;
  code: string;
  kind: string;
  parentId: string | null;
  eligiblePopulation: number;
}

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
  let token: string;
  /** Each unit's population on the board, worked out here from the units' own populations (GraphQL). */
  let population: Map<string, number>;
  let unitIds: Map<string, string>;

  beforeAll(async () => {
    database = await freshDatabaseUrl('thidua_browser_contest');
    server = await startServerProcess({ DATABASE_URL: database.url, ADMIN_PASSWORD });
    token = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    contestId = await demoContestId(server.url, token);
    const { units } = await gql<{ units: DemoUnit[] }>(
      server.url,
      token,
      '{ units { id code kind parentId eligiblePopulation } }',
    );
    population = rolledPopulations(units);
    unitIds = new Map(units.map((u) => [u.code, u.id]));
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
    await board.getByTestId(`race-row-${WARD}`).waitFor();
    expect(await board.locator('.race-row').count()).toBe(1);
    // Nobody yet: the ward divides by the sum of its blocks' populations, not by its own declared 8000.
    expect(await countText(board, WARD)).toBe(`0/${viNumber(population.get(WARD)!)} người`);
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
    // On a short screen the count and the clock stay in sight, under the frame's bar, while the question scrolls.
    await phone.setViewportSize({ width: 320, height: 420 });
    await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await phone.screenshot({ path: join(ARTIFACTS, 'contest-question-phone-scrolled.png') });
    const head = await phone.locator('.cp-attempt__head').evaluate((element) => ({
      top: element.getBoundingClientRect().top,
      bottom: element.getBoundingClientRect().bottom,
      stuckAt: parseFloat(getComputedStyle(element).top),
      bar: document.querySelector('.cp__bar')!.getBoundingClientRect().bottom,
      scrolled: window.scrollY,
    }));
    expect(head.scrolled).toBeGreaterThan(100);
    expect(Math.abs(head.top - head.stuckAt)).toBeLessThan(1);
    expect(Math.abs(head.top - head.bar)).toBeLessThan(1); // right under the bar, none of it hidden
    expect(head.bottom).toBeGreaterThan(head.bar + 30);
    await phone.setViewportSize(PHONE);

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

  let resident: { id: string; fullName: string; birthYear: number };

  it('a resident on the roster registers by name and birth year; their TDP, its block and the ward count them, live', async () => {
    const people = await gql<{ people: { items: { id: string; fullName: string; birthYear: number | null }[] } }>(
      server.url,
      token,
      `query($filter: PeopleFilterInput!) { people(filter: $filter) { items { id fullName birthYear } } }`,
      { filter: { unitId: unitIds.get(ROSTER_UNIT), kind: 'RESIDENTS', limit: 500 } },
    );
    const found = people.people.items.find((p) => p.birthYear && p.fullName !== foldForSearch(p.fullName));
    expect(found).toBeTruthy();
    resident = { id: found!.id, fullName: found!.fullName, birthYear: found!.birthYear! };

    const own = await browser.newPage({ viewport: PHONE, locale: 'vi-VN' });
    await own.goto(`${server.url}/contest/${contestId}`);
    await own.getByTestId('contest-register-roster').waitFor();
    await own.locator('label', { has: own.getByTestId('roster-way-name') }).click();
    await own.getByTestId('register-unit-search').fill('to dan pho so 2');
    await own.getByTestId(`register-unit-${ROSTER_UNIT}`).click();
    await own.getByTestId('roster-name-search').fill(foldForSearch(resident.fullName));
    await own.getByTestId(`roster-candidate-${resident.id}`).click();
    await own.getByTestId('roster-birth-year').fill(String(resident.birthYear));
    await own.getByTestId('register-consent-rules').check();
    await own.getByTestId('register-consent-data').check();
    await own.getByTestId('roster-submit').click();
    await own.getByTestId('attempt-start').waitFor();
    expect(await own.getByTestId('contest-welcome').innerText()).toContain(resident.fullName);
    expect(await own.getByTestId('entrant-verified').innerText()).not.toContain('Chưa xác minh');
    await own.getByTestId('attempt-start').click();
    await own.getByTestId('attempt-question').waitFor();
    await answerCurrent(own);
    for (let i = 0; i < 10 && !(await own.getByTestId('attempt-prediction').isVisible()); i++)
      await own.getByTestId('attempt-next').click();
    await own.getByTestId('attempt-prediction').fill('120');
    await own.getByTestId('attempt-submit').click();
    await own.getByTestId('attempt-submit-confirm').click();
    await own.getByTestId('attempt-result').waitFor();
    await own.close();

    // The resident's TDP: 1 of its population, the rate and the bar as this test works them out.
    const tdp = population.get(ROSTER_UNIT)!;
    await expectEventually(async () => (await countText(board, ROSTER_UNIT)).startsWith('1/'));
    expect(await countText(board, ROSTER_UNIT)).toBe(`1/${viNumber(tdp)} người`);
    expect(await board.getByTestId(`race-rate-${ROSTER_UNIT}`).innerText().then(plain)).toBe(plain(viRate(1 / tdp)));
    // The style reads back with six significant digits.
    const width = await board.getByTestId(`race-bar-${ROSTER_UNIT}`).evaluate((el) => el.style.width);
    expect(parseFloat(width)).toBeCloseTo(100 / tdp, 4);
    expect(await board.locator('.race-row').first().getAttribute('data-testid')).toBe(`race-row-${ROSTER_UNIT}`);
    // TDP-01 (no roster: its declared number) still counts nobody: its phone entrant is unverified.
    expect(await board.getByTestId(`race-rate-${UNIT}`).innerText()).toBe(rateBefore);
    expect(await countText(board, UNIT)).toBe(
      `0/${viNumber(population.get(UNIT)!)} người (số khai báo) +1 chưa xác minh`,
    );
    expect(await board.getByTestId('race-total').locator('strong').innerText()).toBe('1');

    // The block: both TDPs' entrants (the verified one counted, the phone one apart), the sum of its TDPs.
    await board.getByTestId('race-level-GROUP').click();
    await board.getByTestId(`race-row-${BLOCK}`).waitFor();
    const block = population.get(BLOCK)!;
    expect(await countText(board, BLOCK)).toBe(`1/${viNumber(block)} người +1 chưa xác minh`);
    expect(await board.getByTestId(`race-rate-${BLOCK}`).innerText().then(plain)).toBe(plain(viRate(1 / block)));
    expect(await board.locator('.race-row').first().getAttribute('data-testid')).toBe(`race-row-${BLOCK}`);

    // The ward: the same entrants, the sum of the four blocks' populations.
    await board.getByTestId('race-level-WARD').click();
    await board.getByTestId(`race-row-${WARD}`).waitFor();
    const ward = population.get(WARD)!;
    expect(await countText(board, WARD)).toBe(`1/${viNumber(ward)} người +1 chưa xác minh`);
    expect(await board.getByTestId(`race-rate-${WARD}`).innerText().then(plain)).toBe(plain(viRate(1 / ward)));
    const wardWidth = await board.getByTestId(`race-bar-${WARD}`).evaluate((el) => el.style.width);
    expect(parseFloat(wardWidth)).toBeCloseTo(100 / ward, 4);
    expect(await board.evaluate(() => (window as unknown as { raceMarker?: number }).raceMarker)).toBe(42);
    await board.waitForTimeout(1200); // the bars' animation
    await screenshot(board, 'contest-race-ward');
    await board.getByTestId('race-level-NEIGHBORHOOD_GROUP').click();
    await board.getByTestId(`race-row-${UNIT}`).waitFor();
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
    const rows = admin.locator('[data-testid^="results-row-"]');
    expect(await rows.count()).toBe(2);
    expect(await rows.filter({ hasText: 'Nguyễn Thị Hà' }).count()).toBe(1);
    expect(await rows.filter({ hasText: resident.fullName }).count()).toBe(1);
    // A roster contest: the unverified phone entrant is ranked but does not move the prediction's actual
    // number; the verified resident does.
    expect(await admin.getByTestId('results-actual').innerText()).toBe('1');
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
    expect(await admin.locator('[data-testid^="flag-row-"]').filter({ hasText: 'Nguyễn Thị Hà' }).count()).toBe(1);
    await screenshot(admin, 'contest-admin-flags');
    await admin.getByTestId('contest-tab-setup').click();
    await admin.getByTestId('contest-chain').waitFor();
    await screenshot(admin, 'contest-admin-setup');
    await admin.close();
  });
});

/**
 * The board's population of each unit, by code: a parent divides by the sum of its children's
 * (its own only when none of them has any), a leaf by its own (roster size, else declared).
 */
function rolledPopulations(units: readonly DemoUnit[]): Map<string, number> {
  const out = new Map<string, number>();
  const of = (unit: DemoUnit): number => {
    const children = units.filter((u) => u.parentId === unit.id);
    const sum = children.reduce((total, child) => total + of(child), 0);
    const size = sum > 0 ? sum : unit.eligiblePopulation;
    out.set(unit.code, size);
    return size;
  };
  for (const root of units.filter((u) => !u.parentId || !units.some((p) => p.id === u.parentId))) of(root);
  return out;
}

/** A row's "entrants/population người" line, spaces made plain. */
async function countText(page: Page, code: string): Promise<string> {
  const text = await page.getByTestId(`race-row-${code}`).locator('.race-row__count').innerText();
  return plain(text);
}

/** Any run of spaces (a no-break one before "%" too) as one plain space. */
const plain = (text: string) => text.replace(/\s+/gu, ' ').trim();

const viNumber = (value: number) => new Intl.NumberFormat('vi-VN').format(value);
/** One decimal, as a board shows a rate (vi: "0,8 %"). */
const viRate = (rate: number) =>
  new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);

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
