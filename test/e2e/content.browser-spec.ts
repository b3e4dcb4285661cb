import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, screenshot } from '../support/browser.js';
import { freshDatabaseUrl } from '../support/database.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

const ADMIN_PASSWORD = 'browser-test-password';
const DEMO_QUIZ = 'Tìm hiểu Nghị quyết Hội nghị Trung ương 2 khóa XIV';

describe('an admin finds questions and opens the demo quiz', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;

  beforeAll(async () => {
    database = await freshDatabaseUrl('thidua_browser_content');
    server = await startServerProcess({ DATABASE_URL: database.url, ADMIN_PASSWORD });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: DESKTOP, locale: 'vi-VN' });
    await page.goto(`${server.url}/sign-in`);
    await page.getByTestId('sign-in-username').fill('admin');
    await page.getByTestId('sign-in-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('home-greeting').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  it('finds questions typed without diacritics', async () => {
    await page.getByTestId('nav-content').click();
    await page.getByTestId('question-row-0').waitFor();
    const before = await page.getByTestId('content-totals').innerText();

    await page.getByTestId('content-search').fill('nghi quyet');
    await page.waitForURL(/[?&]q=nghi\+quyet/);
    await page.getByTestId('content-totals').filter({ hasText: 'phù hợp' }).waitFor();
    const rows = page.locator('[data-testid^="question-row-"]');
    expect(await rows.count()).toBeGreaterThan(0);
    // The words were typed without diacritics; the hits carry them (in the prompt, options or topics).
    const texts = await rows.allInnerTexts();
    expect(texts.some((text) => /nghị\s+quyết/i.test(text))).toBe(true);
    expect(texts.every((text) => !/nghi quyet/i.test(text))).toBe(true);
    expect(await page.getByTestId('content-totals').innerText()).not.toBe(before);
    expect(await page.getByTestId('question-status-0').innerText()).toBe('Đã duyệt');
    await screenshot(page, 'content-search-desktop');
  });

  it('opens the demo quiz, whose questions show their explanation and section', async () => {
    await page.goto(`${server.url}/content/quizzes`);
    const row = page.getByTestId('quiz-row-0').filter({ hasText: DEMO_QUIZ });
    await row.waitFor();
    await row.getByRole('link').click();
    await page.getByTestId('quiz-heading').filter({ hasText: DEMO_QUIZ }).waitFor();

    const first = page.getByTestId('quiz-item-0');
    await first.waitFor();
    const explanation = await first.getByTestId('quiz-question-explanation').innerText();
    const section = await first.getByTestId('quiz-question-section').innerText();
    expect(explanation).toMatch(/^Giải thích:\s*\S+/);
    expect(section).toMatch(/^Mục trích dẫn:\s*\S+/);
    // Every question of the quiz cites its section.
    const items = page.locator('[data-testid^="quiz-item-"]');
    const sections = page.getByTestId('quiz-question-section');
    expect(await items.count()).toBeGreaterThan(1);
    expect(await sections.count()).toBe(await items.count());
    await screenshot(page, 'content-demo-quiz-desktop');
  });
});
