import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, PHONE, screenshot } from '../support/browser.js';
import { freshDatabaseUrl } from '../support/database.js';
import { startServerProcess, tempDataDir, type ServerProcess } from '../support/server-process.js';

const ADMIN_PASSWORD = 'browser-test-password';
const HEADER = 'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Số người thuộc diện,Loại đối tượng';

function rosterFile(name: string, rows: string[]): string {
  const path = join(tempDataDir(), name);
  writeFileSync(path, `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`);
  return path;
}

describe('a ward officer signs in and imports a roster, on a phone', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;

  beforeAll(async () => {
    database = await freshDatabaseUrl('thidua_browser');
    server = await startServerProcess({ DATABASE_URL: database.url, ADMIN_PASSWORD });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: PHONE, locale: 'vi-VN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  it('refuses a wrong password in Vietnamese, then signs in', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/sign-in/);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByTestId('sign-in-username').fill('admin');
    await page.getByTestId('sign-in-password').fill('wrong-password');
    await page.getByTestId('sign-in-submit').click();
    await expectText(page.getByTestId('form-error'), /không đúng/);
    await screenshot(page, 'sign-in-error-phone');

    await page.getByTestId('sign-in-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('home-greeting').waitFor();
    await screenshot(page, 'home-phone');
  });

  it('shows the demo organization with diacritic-free search', async () => {
    await page.goto(`${server.url}/units`);
    await page.getByTestId('unit-row-TDP-01').waitFor();
    await page.getByTestId('units-search').fill('to dan pho so 3');
    await page.getByTestId('unit-row-TDP-03').waitFor();
    expect(await page.getByTestId('unit-row-TDP-01').count()).toBe(0);
    await screenshot(page, 'units-search-phone');
  });

  it('refuses a roster with three bad rows and lists them, then imports a good one', async () => {
    await page.goto(`${server.url}/units/import`);
    const bad = rosterFile('bad.csv', [
      'THCS-MOI,Trường THCS Mới,Trường,KHOI-TRUONG,500,Học sinh',
      'THCS-MOI-6A,,Lớp,THCS-MOI,40,Học sinh',
      'TDP-09,Tổ dân phố số 9,Tổ dân phố,KHONG-CO,300,Cư dân',
      'TDP-10,Tổ dân phố số 10,Không rõ,KHOI-TDP,300,Cư dân',
    ]);
    await page.getByTestId('import-file').setInputFiles(bad);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-errors').waitFor();
    const rows = page.getByTestId('import-error-row');
    expect(await rows.count()).toBe(3);
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringContaining('3'),
      expect.stringContaining('4'),
      expect.stringContaining('5'),
    ]);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await screenshot(page, 'import-errors-phone');

    const good = rosterFile('good.csv', [
      'THCS-MOI,Trường THCS Mới,Trường,KHOI-TRUONG,500,Học sinh',
      'THCS-MOI-6A,Lớp 6A,Lớp,THCS-MOI,40,Học sinh',
    ]);
    await page.getByTestId('import-file').setInputFiles(good);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-success').waitFor();

    await page.goto(`${server.url}/units`);
    await page.getByTestId('unit-row-THCS-MOI-6A').waitFor();
    await screenshot(page, 'units-after-import-phone');
  });
});

async function expectText(locator: ReturnType<Page['getByTestId']>, pattern: RegExp): Promise<void> {
  await locator.waitFor();
  expect(await locator.innerText()).toMatch(pattern);
}
