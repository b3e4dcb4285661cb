import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, DESKTOP, launchBrowser } from '../support/browser.js';
import { freshDatabaseUrl } from '../support/database.js';
import { pngFile } from '../support/files.js';
import { gql, signIn, startServerProcess, type ServerProcess } from '../support/server-process.js';

const ADMIN_PASSWORD = 'browser-test-password';
const PASSWORD = 'Thi-dua-2026-mat-khau';
const PHONE = { width: 360, height: 740 };
const SHOTS = join(ARTIFACTS, 'activities');
const MEETING_TITLE = 'Họp tổ quán triệt Nghị quyết số 02 — kiểm thử';
const BANNER_TITLE = 'Băng rôn chào mừng Nghị quyết — kiểm thử';
const MEETINGS_TARGET = 4;

interface Activity {
  id: string;
  kind: string;
  form: string;
  status: string;
  occurredOn: string | null;
  quantity: number | null;
  namedAttendeeCount: number;
  attendeeCount: number | null;
}
interface Entry {
  id: string;
  indicatorCode: string;
  computed: { value: number; source: string } | null;
}

/** Today in Việt Nam (UTC+7), YYYY-MM-DD. */
const todayVn = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
/** A YYYY-MM-DD day as the date fields take it, dd/mm/yyyy whatever the browser language. */
const dmy = (iso: string) => iso.split('-').reverse().join('/');
const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function expectText(locator: ReturnType<Page['getByTestId']>, pattern: RegExp, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.innerText().catch(() => '')) ?? '';
    if (pattern.test(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`expected ${pattern} in: ${last}`);
}

/**
 * Issue 14's journey in a real browser: the head of TDP-02 logs, on a 360 px phone, a
 * meeting with people of the roster present and a banner with a photo; the campaign
 * indicators bound to the log show the figures recomputed here from the log itself, with
 * the entries behind them; the office's dashboard, its XLSX and the periodic report's DOCX
 * show them too.
 */
describe('propagation activities from a TDP head’s phone to the ward’s report', () => {
  let server: ServerProcess;
  let browser: Browser;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let admin: string;
  let officer: string;
  let unitId: string;
  let planId: string;
  let campaignId: string;
  const contexts: BrowserContext[] = [];
  const today = todayVn();
  const periodStart = addDays(today, -25);

  const shot = async (page: Page, name: string) => {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };

  async function signedInPage(username: string, password: string, viewport = DESKTOP): Promise<Page> {
    const context = await browser.newContext({
      viewport,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByTestId('sign-in-username').fill(username);
    await page.getByTestId('sign-in-password').fill(password);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('home-greeting').waitFor();
    return page;
  }

  /** TDP-02's counted activities of the plan in the period, read through the log's own API. */
  const loggedActivities = async (): Promise<Activity[]> =>
    (
      await gql<{ activities: Activity[] }>(
        server.url,
        admin,
        `query($f: ActivitiesFilter) { activities(filter: $f) {
           id kind form status occurredOn quantity namedAttendeeCount attendeeCount } }`,
        { f: { unitId, planId, status: 'SUBMITTED', from: periodStart, to: today } },
      )
    ).activities;

  const sheetEntries = async (): Promise<Entry[]> => {
    const { scoreSheets } = await gql<{ scoreSheets: { unit: { id: string }; entries: Entry[] }[] }>(
      server.url,
      admin,
      'query($c: ID!) { scoreSheets(campaignId: $c) { unit { id } entries { id indicatorCode computed { value source } } } }',
      { c: campaignId },
    );
    return scoreSheets.find((s) => s.unit.id === unitId)!.entries;
  };

  beforeAll(async () => {
    database = await freshDatabaseUrl('thidua_activities');
    server = await startServerProcess({ DATABASE_URL: database.url, ADMIN_PASSWORD, DEMO_DATA: 'true' });
    browser = await launchBrowser();
    admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    const { units } = await gql<{ units: { id: string; code: string }[] }>(server.url, admin, '{ units { id code } }');
    unitId = units.find((u) => u.code === 'TDP-02')!.id;
    const { activityPlans } = await gql<{ activityPlans: { id: string; status: string }[] }>(
      server.url,
      admin,
      '{ activityPlans { id status } }',
    );
    planId = activityPlans[0].id;
    await gql(server.url, admin, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        username: 'to-truong-02',
        displayName: 'Bà Trần Thị Hoa (Tổ trưởng TDP số 2)',
        role: 'UNIT_OFFICER',
        password: PASSWORD,
        unitId,
      },
    });
    officer = await signIn(server.url, 'to-truong-02', PASSWORD);

    // A campaign whose indicators come from the log: meetings held and banners hung, from this plan.
    campaignId = (
      await gql<{ createCampaign: { id: string } }>(
        server.url,
        admin,
        `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
        { input: { title: 'Thi đua tuyên truyền Nghị quyết — hoạt động', totalPoints: 100 } },
      )
    ).createCampaign.id;
    await gql(
      server.url,
      admin,
      `mutation($input: AddCampaignPeriodInput!) { addCampaignPeriod(input: $input) { id } }`,
      {
        input: {
          campaignId,
          name: 'Tháng này',
          kind: 'INTERIM',
          startsOn: periodStart,
          endsOn: addDays(today, 5),
          submissionDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        },
      },
    );
    await gql(
      server.url,
      admin,
      `mutation($input: AddCampaignBlockInput!) { addCampaignBlock(input: $input) { id } }`,
      {
        input: { campaignId, name: 'Khối tổ dân phố', unitIds: [unitId], leaderUnitId: null },
      },
    );
    const tree = await gql<{ saveIndicatorTree: { indicatorIssues: { message: string }[] } }>(
      server.url,
      admin,
      `mutation($input: SaveIndicatorTreeInput!) { saveIndicatorTree(input: $input) { indicatorIssues { message } } }`,
      {
        input: {
          campaignId,
          indicators: [
            { key: 'g', code: '1', title: 'Tuyên truyền Nghị quyết', kind: 'GROUP', maxPoints: 100 },
            {
              key: 'm',
              parentKey: 'g',
              code: '1.1',
              title: 'Số buổi họp tổ dân phố quán triệt Nghị quyết',
              kind: 'COMPUTED',
              maxPoints: 40,
              computedSource: {
                kind: 'ACTIVITY',
                id: planId,
                metric: 'ACTIVITY_COUNT',
                form: 'ORAL',
                kinds: ['TDP_MEETING'],
                target: MEETINGS_TARGET,
              },
            },
            {
              key: 'b',
              parentKey: 'g',
              code: '1.2',
              title: 'Số băng rôn, khẩu hiệu',
              kind: 'COMPUTED',
              maxPoints: 30,
              computedSource: {
                kind: 'ACTIVITY',
                id: planId,
                metric: 'ACTIVITY_QUANTITY',
                form: 'VISUAL',
                kinds: ['BANNER'],
                target: 20,
              },
            },
            { key: 'x', parentKey: 'g', code: '1.3', title: 'Tổ chức học tập', kind: 'MANUAL', maxPoints: 30, step: 1 },
          ],
        },
      },
    );
    expect(tree.saveIndicatorTree.indicatorIssues).toEqual([]);
    await gql(server.url, admin, `mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id: campaignId });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  let phone: Page;

  it('logs a meeting with people of the roster present, on a 360 px phone', async () => {
    phone = await signedInPage('to-truong-02', PASSWORD, PHONE);
    await phone.goto(`${server.url}/activities/new`);
    await phone.getByTestId('activity-new-form').waitFor();
    await phone.getByTestId('activity-new-form-select').selectOption('ORAL');
    await phone.getByTestId('activity-new-kind').selectOption('TDP_MEETING');
    await shot(phone, '01-new-meeting');
    await phone.getByTestId('activity-new-create').click();
    await phone.getByTestId('activity-form').waitFor();

    await phone.getByTestId('activity-field-title').fill(MEETING_TITLE);
    await phone.getByTestId('activity-field-occurredOn').fill(dmy(today));
    await phone.getByTestId('activity-field-speaker').fill('Đồng chí Bí thư chi bộ');
    await phone.getByTestId('activity-field-location').fill('Nhà văn hóa TDP số 2');
    // The people present, found without diacritics.
    await phone.getByTestId('roster-search').fill('nguyen');
    const people = phone.getByTestId('roster-list').locator('input[type="checkbox"]');
    await people.first().waitFor();
    const found = await people.count();
    expect(found).toBeGreaterThan(0);
    const present = Math.min(3, found);
    for (let i = 0; i < present; i++) await people.nth(i).check();
    await phone.getByTestId('roster-search').fill('');
    await expectText(phone.getByTestId('roster-summary'), new RegExp(`${present}`));
    await phone.getByTestId('activity-field-attendeeCount').fill('25');
    await expectText(phone.getByTestId('activity-saved'), /\d{2}:\d{2}/);
    // No horizontal scrolling on the phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await shot(phone, '02-meeting-filled');
    await phone.getByTestId('activity-submit').click();
    await expectText(phone.getByTestId('activity-status'), /Đã gửi/);
    await shot(phone, '03-meeting-submitted');

    const meeting = (await loggedActivities()).find((a) => a.kind === 'TDP_MEETING' && a.occurredOn === today)!;
    expect(meeting).toBeDefined();
    expect(meeting.namedAttendeeCount).toBe(present);
    expect(meeting.attendeeCount).toBe(25);
  });

  it('logs a banner with a photo taken on the phone', async () => {
    await phone.goto(`${server.url}/activities/new`);
    await phone.getByTestId('activity-new-form').waitFor();
    await phone.getByTestId('activity-new-form-select').selectOption('VISUAL');
    await phone.getByTestId('activity-new-kind').selectOption('BANNER');
    await phone.getByTestId('activity-new-create').click();
    await phone.getByTestId('activity-form').waitFor();
    await phone.getByTestId('activity-field-title').fill(BANNER_TITLE);
    await phone.getByTestId('activity-field-occurredOn').fill(dmy(today));
    await phone.getByTestId('activity-field-location').fill('Đầu ngõ 12, đường Lê Lợi');
    await phone.getByTestId('activity-field-quantity').fill('3');
    expect(await phone.getByTestId('evidence-photo').getAttribute('accept')).toBe('image/*');
    await phone.getByTestId('evidence-photo').setInputFiles({
      name: 'bang-ron.png',
      mimeType: 'image/png',
      buffer: pngFile(),
    });
    await phone.getByTestId('activity-evidence').locator('li[data-testid^="evidence-"]').first().waitFor();
    await expectText(phone.getByTestId('activity-saved'), /\d{2}:\d{2}/);
    await shot(phone, '04-banner-with-photo');
    await phone.getByTestId('activity-submit').click();
    await expectText(phone.getByTestId('activity-status'), /Đã gửi/);
    await shot(phone, '05-banner-submitted');
  });

  it('shows on the unit’s sheet the figures recomputed from the log, with the entries behind them', async () => {
    const logged = await loggedActivities();
    const meetings = logged.filter((a) => a.form === 'ORAL' && a.kind === 'TDP_MEETING');
    const banners = logged.filter((a) => a.form === 'VISUAL' && a.kind === 'BANNER');
    const expectedMeetings = Math.min(1, meetings.length / MEETINGS_TARGET);
    const expectedBanners = Math.min(1, banners.reduce((sum, a) => sum + (a.quantity ?? 0), 0) / 20);
    expect(banners.length).toBeGreaterThan(0);

    // The refresher runs after the submission commits: the sheet follows within moments.
    const deadline = Date.now() + 15_000;
    let entries = await sheetEntries();
    const value = (code: string) => entries.find((e) => e.indicatorCode === code)?.computed?.value;
    while ((value('1.1') !== expectedMeetings || value('1.2') !== expectedBanners) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 300));
      entries = await sheetEntries();
    }
    expect(value('1.1')).toBeCloseTo(expectedMeetings, 6);
    expect(value('1.2')).toBeCloseTo(expectedBanners, 6);
    const recorded = JSON.parse(entries.find((e) => e.indicatorCode === '1.1')!.computed!.source) as {
      figures: { activityIds: string[] };
    };
    expect([...recorded.figures.activityIds].sort()).toEqual(meetings.map((m) => m.id).sort());
    // The unit's head reads the same entries behind the value (the sheet's scope).
    const behindValue = await gql<{ computedEntryActivities: { id: string }[] }>(
      server.url,
      officer,
      'query($id: ID!) { computedEntryActivities(entryId: $id) { id } }',
      { id: entries.find((e) => e.indicatorCode === '1.1')!.id },
    );
    expect(behindValue.computedEntryActivities.map((a) => a.id).sort()).toEqual(meetings.map((m) => m.id).sort());

    await phone.goto(`${server.url}/campaigns/${campaignId}`);
    await phone.getByTestId('computed-1.1').waitFor();
    const percent = (v: number) => new RegExp(`${String(Math.round(v * 1000) / 10).replace('.', ',')}`);
    await expectText(phone.getByTestId('computed-1.1'), percent(expectedMeetings));
    const behind = phone.getByTestId('computed-activities-1.1');
    await behind.locator('summary').click();
    await expectText(behind, new RegExp(MEETING_TITLE.slice(0, 20)));
    await expectText(phone.getByTestId('computed-activities-1.2'), /Xem hoạt động/);
    await phone.getByTestId('computed-activities-1.2').locator('summary').click();
    await expectText(phone.getByTestId('computed-activities-1.2'), new RegExp(BANNER_TITLE.slice(0, 20)));
    await shot(phone, '06-sheet-with-log-entries');
  });

  it('shows them on the office’s dashboard and in its XLSX', async () => {
    const desk = await signedInPage('admin', ADMIN_PASSWORD);
    await desk.goto(`${server.url}/activities/dashboard`);
    await desk.getByTestId('activity-dashboard-pickers').waitFor();
    await desk.getByTestId('activity-dashboard-from').fill(dmy(periodStart));
    await desk.getByTestId('activity-dashboard-to').fill(dmy(today));
    const { activityDashboard } = await gql<{
      activityDashboard: { byUnit: { unitId: string; name: string; activityCount: number; quantity: number }[] };
    }>(
      server.url,
      admin,
      'query($p: ID!, $f: String, $t: String) { activityDashboard(planId: $p, from: $f, to: $t) { byUnit { unitId name activityCount quantity } } }',
      { p: planId, f: periodStart, t: today },
    );
    const logged = await loggedActivities();
    const row = activityDashboard.byUnit.find((r) => r.unitId === unitId)!;
    // The dashboard counts what the log holds: every submitted activity of TDP-02 in the range, ours included.
    expect(row.activityCount).toBe(logged.length);
    expect(row.quantity).toBe(logged.reduce((sum, a) => sum + (a.quantity ?? 0), 0));
    const shown = desk.getByTestId('activity-dashboard-units-row').filter({ hasText: row.name });
    await expectText(shown, new RegExp(`\\b${row.activityCount}\\b`));
    await desk.getByTestId('activity-dashboard-bar').waitFor();
    await shot(desk, '07-dashboard');

    const [download] = await Promise.all([
      desk.waitForEvent('download'),
      desk.getByTestId('activity-dashboard-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = join(SHOTS, 'dashboard.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const cells: string[][] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((r) => {
        const texts: string[] = [];
        r.eachCell({ includeEmpty: true }, (cell) => texts.push(cell.text));
        cells.push(texts);
      }),
    );
    const xlsxRow = cells.find((r) => r.includes(row.name) && r.includes(String(row.activityCount)));
    expect(xlsxRow).toBeDefined();
  });

  it('pre-fills the periodic report from the log and exports it as an administrative DOCX', async () => {
    const desk = await signedInPage('admin', ADMIN_PASSWORD);
    await desk.goto(`${server.url}/activities/periodic`);
    await desk.getByTestId('periodic-new').click();
    await desk.getByTestId('periodic-new-form').waitFor();
    await desk.getByTestId('periodic-kind').selectOption('INTERIM');
    await desk.getByTestId('periodic-from').fill(dmy(periodStart));
    await desk.getByTestId('periodic-to').fill(dmy(today));
    await desk.getByTestId('periodic-create').click();
    await desk.getByTestId('periodic-figures').waitFor();

    // The ward's oral activities in the range, from the log itself (every unit).
    const { activities } = await gql<{ activities: { id: string }[] }>(
      server.url,
      admin,
      'query($f: ActivitiesFilter) { activities(filter: $f) { id } }',
      { f: { planId, status: 'SUBMITTED', form: 'ORAL', from: periodStart, to: today } },
    );
    expect(activities.length).toBeGreaterThan(0);
    await expectText(desk.getByTestId('periodic-form-ORAL'), new RegExp(`\\b${activities.length}\\b`));
    await desk.getByTestId('periodic-number').fill('15/BC-UBND');
    await desk.getByTestId('periodic-save').click();
    await shot(desk, '08-periodic-report');

    await new Promise((r) => setTimeout(r, 500));
    const [download] = await Promise.all([desk.waitForEvent('download'), desk.getByTestId('periodic-docx').click()]);
    const docx = join(SHOTS, 'bao-cao-so-ket.docx');
    await download.saveAs(docx);
    const xml = await (await JSZip.loadAsync(await readFile(docx))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('15/BC-UBND');
    expect(text).toMatch(new RegExp(`Tuyên truyền miệng\\s+${activities.length}\\b`));
    // Read as a person would: converted to PDF, the text of its pages.
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', SHOTS, docx], { stdio: 'ignore' });
    const pdfText = execFileSync('pdftotext', ['-layout', join(SHOTS, 'bao-cao-so-ket.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(pdfText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(pdfText).toContain('Nơi nhận');
  });
});
