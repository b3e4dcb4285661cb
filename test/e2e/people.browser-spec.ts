import { foldForSearch, formatPersonalCode, personalCodeFromBytes } from '@thidua/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, screenshot } from '../support/browser.js';
import { freshDatabaseUrl } from '../support/database.js';
import { answerCurrentQuestion as answer } from '../support/live-player.js';
import { gql, signIn, startServerProcess, type ServerProcess } from '../support/server-process.js';

const ADMIN_PASSWORD = 'people-browser-test-password';
/** A small phone, as pupils' and residents' phones are. */
const SMALL_PHONE = { width: 360, height: 740 };
const PROJECTOR = { width: 1920, height: 1080 };
/** Lớp 3B of Trường Tiểu học Hải An: 30 pupils on the demo roster (server/src/database/seeds/demo-people.ts). */
const CLASS = { code: 'TH-HAI-AN-3B', name: 'Lớp 3B', pupils: 30 };
/** A TDP with a demo resident list. */
const TDP = { code: 'TDP-06', name: 'Tổ dân phố số 6' };
/** Phones that open the join page at the same moment (the machine running the test has few cores). */
const PHONES_AT_ONCE = 6;

interface RosterPerson {
  id: string;
  fullName: string;
  birthYear: number | null;
  subUnit: string;
  personalCode: string | null;
}

/**
 * The two journeys of verified participation in real browsers: a class joins a live game on
 * its phones with the personal codes printed on its code sheet, and a resident registers for
 * the online contest by picking their TDP and their name from its roster.
 */
describe('people on rosters take part, and only they count for their unit', () => {
  let server: ServerProcess;
  let browser: Browser;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let token: string;
  let unitIds: Map<string, string>;
  const contexts: BrowserContext[] = [];
  const pages = new Map<string, Page>();
  const pageErrors: string[] = [];
  let started = Date.now();
  const marks: string[] = [];
  const mark = (what: string) => marks.push(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  async function open(viewport: { width: number; height: number }, name: string, context?: BrowserContext) {
    let ctx = context;
    if (!ctx) {
      ctx = await browser.newContext({ viewport, locale: 'vi-VN', isMobile: viewport.width < 500 });
      contexts.push(ctx);
    }
    const page = await ctx.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
    pages.set(name, page);
    return page;
  }

  async function signInPage(page: Page): Promise<void> {
    await page.goto(`${server.url}/sign-in`);
    await page.getByTestId('sign-in-username').fill('admin');
    await page.getByTestId('sign-in-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('home-greeting').waitFor();
  }

  async function roster(unitCode: string, kind: string): Promise<RosterPerson[]> {
    const data = await gql<{ people: { items: RosterPerson[]; total: number } }>(
      server.url,
      token,
      `query($filter: PeopleFilterInput!) { people(filter: $filter) {
         items { id fullName birthYear subUnit personalCode } total } }`,
      { filter: { unitId: unitIds.get(unitCode), kind, limit: 500 } },
    );
    expect(data.people.total).toBe(data.people.items.length);
    return data.people.items;
  }

  /** On failure, what every browser showed, in test/artifacts/people-failure-*.png. */
  async function onFailure<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      for (const [name, page] of pages)
        if (!page.isClosed()) await screenshot(page, `people-failure-${name}`).catch(() => undefined);
      throw error;
    }
  }

  beforeAll(async () => {
    database = await freshDatabaseUrl('thidua_people_browser');
    // CLIENT_DIST: a client built elsewhere (the default is client/dist).
    server = await startServerProcess({
      DATABASE_URL: database.url,
      ADMIN_PASSWORD,
      CLIENT_DIST: process.env.CLIENT_DIST,
    });
    token = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    const units = await gql<{ units: { id: string; code: string }[] }>(server.url, token, '{ units { id code } }');
    unitIds = new Map(units.units.map((u) => [u.code, u.id]));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  it(
    'a class of 30 joins a live game on phones with their printed codes; the unit board counts 30 of 30',
    () =>
      onFailure(async () => {
        // The teacher prints the class's code sheet: one card per pupil, the code as text and as a QR link.
        started = Date.now();
        const admin = await open(DESKTOP, 'admin');
        await signInPage(admin);
        const pupils = await roster(CLASS.code, 'STUDENTS');
        expect(pupils).toHaveLength(CLASS.pupils);
        await admin.goto(`${server.url}/admin/units/${unitIds.get(CLASS.code)}/people/codes?subUnit=3B`);
        await admin
          .getByTestId('code-card')
          .nth(CLASS.pupils - 1)
          .waitFor();
        const cards = await admin.$$eval('[data-testid=code-card]', (nodes) =>
          nodes.map((n) => ({
            code: n.getAttribute('data-code') ?? '',
            name: n.querySelector('.code-card__name')?.textContent ?? '',
          })),
        );
        expect(cards.map((c) => c.name).sort()).toEqual(pupils.map((p) => p.fullName).sort());
        await screenshot(admin, 'people-code-sheet');

        // The host starts a roster-only game of the demo quiz; the projector shows the board.
        const quizzes = await gql<{ quizzes: { id: string }[] }>(server.url, token, '{ quizzes { id } }');
        const game = await gql<{ startLiveGame: { id: string; pin: string } }>(
          server.url,
          token,
          `mutation($input: StartLiveGameInput!) { startLiveGame(input: $input) { id pin } }`,
          {
            input: {
              quizId: quizzes.quizzes[0].id,
              settings: { identityMode: 'ROSTER_ONLY', readingSeconds: 1, timeMultiplier: 3 },
            },
          },
        );
        const { pin } = game.startLiveGame;
        const host = await open(DESKTOP, 'host', admin.context());
        await host.goto(`${server.url}/host/${game.startLiveGame.id}`);
        await host.getByTestId('host-pin').waitFor();
        const screen = await open(PROJECTOR, 'screen');
        await screen.goto(`${server.url}/screen/${pin}`);
        await screen.getByTestId('screen-qr').waitFor();

        // 30 phones, each its own browser context (a phone keeps its seat in its own storage):
        // half type their code after the PIN, half scan their card (its QR link) and type the PIN.
        async function join(i: number, card: (typeof cards)[number]): Promise<Page> {
          const phone = await open(SMALL_PHONE, `phone-${i + 1}`);
          if (i % 2 === 0) {
            await phone.goto(`${server.url}/play`);
            await phone.getByTestId('join-pin').fill(pin);
            await phone.getByTestId('join-submit').click();
            await phone.getByTestId('join-code').waitFor();
            if (i === 0) {
              // Roster only: no way in as a guest; a well-formed code of nobody gets the one refusal.
              expect(await phone.getByTestId('join-as-guest').count()).toBe(0);
              await phone.getByTestId('join-code').fill(formatPersonalCode(personalCodeFromBytes(new Uint8Array(7))));
              await phone.getByTestId('join-code-submit').click();
              await phone.getByTestId('form-error').filter({ hasText: 'Chưa xác nhận được bạn' }).waitFor();
            }
            await phone.getByTestId('join-code').fill(card.code);
          } else {
            // The card's QR code opens the join page with the code (client/src/features/people/utils/code-sheets.ts).
            await phone.goto(`${server.url}/join?code=${card.code.replace('-', '')}`);
            await phone.getByTestId('join-pin').fill(pin);
            await phone.getByTestId('join-submit').click();
            expect(await phone.getByTestId('join-code').inputValue()).toContain(card.code.replace('-', '').slice(0, 4));
          }
          await phone.getByTestId('join-code-submit').click();
          await phone.getByTestId('player-lobby').waitFor();
          // The roster name, not a typed one.
          expect(await phone.getByTestId('player-lobby').innerText()).toContain(card.name);
          return phone;
        }
        const phones: Page[] = [];
        for (let i = 0; i < cards.length; i += PHONES_AT_ONCE)
          phones.push(...(await Promise.all(cards.slice(i, i + PHONES_AT_ONCE).map((card, k) => join(i + k, card)))));
        mark('30 phones joined');
        // Each phone shows its pupil's roster name and class; the host sees every pupil by name.
        await screenshot(phones[phones.length - 1], 'people-phone-lobby');
        // The lobby is redrawn a moment after the last join (throttled): wait for every name.
        await host.waitForFunction(
          (n) => document.querySelectorAll('[data-testid^=host-player-]').length === n,
          CLASS.pupils,
        );
        for (const card of cards) await host.getByTestId(`host-player-${card.name}`).waitFor();

        await host.getByTestId('host-start').click();
        await Promise.all(phones.map((phone, i) => answer(phone, i % 2)));
        mark('30 answers locked in');
        await screenshot(phones[1], 'people-phone-answered');
        await host.locator('[data-testid="host-phase"][data-phase="REVEAL"]').waitFor();
        await host.getByTestId('host-next').click();

        // The unit board: the class, 30 verified of its roster of 30, no guests.
        await screen.getByTestId('screen-units').waitFor();
        const row = screen.locator('[data-testid=screen-units] li', { hasText: CLASS.name });
        await row.waitFor();
        expect(await row.getByTestId('unit-counted').innerText()).toMatch(/^30\/30 Học sinh · 100\s?%$/u);
        expect(await screen.getByTestId('unit-formula-counts').innerText()).toMatch(/đã xác minh: 30 · Khách: 0/u);
        expect(await screen.getByTestId('screen-units').getByTestId('guest-mark').count()).toBe(0);
        await screen.waitForTimeout(1000); // the rows' slide-in, for the screenshot
        await screenshot(screen, 'people-screen-units');

        const results = await gql<{
          liveGameResults: {
            units: { unitId: string; verified: number; guests: number; eligiblePopulation: number }[];
          };
        }>(
          server.url,
          token,
          'query($id: ID!) { liveGameResults(id: $id) { units { unitId verified guests eligiblePopulation } } }',
          { id: game.startLiveGame.id },
        );
        expect(results.liveGameResults.units).toEqual([
          { unitId: unitIds.get(CLASS.code), verified: 30, guests: 0, eligiblePopulation: 30 },
        ]);
        for (const phone of phones) await phone.close();
        process.stdout.write(`class of 30: ${marks.join(', ')}\n`);
        expect(pageErrors).toEqual([]);
      }),
    300_000,
  );

  it(
    'a resident registers for the contest by TDP, name without diacritics and birth year; their unit counts them',
    () =>
      onFailure(async () => {
        // A roster-only contest for the TDPs, with the demo contest's questions, open this week.
        const demo = await gql<{
          contests: { id: string; isDemo: boolean; drawRules: { sectionId: string; count: number }[] }[];
        }>(server.url, token, '{ contests { id isDemo drawRules { sectionId count } } }');
        const drawRules = demo.contests
          .find((c) => c.isDemo)!
          .drawRules.map((r) => ({ sectionId: r.sectionId, count: r.count }));
        const now = Date.now();
        const created = await gql<{ createContest: { id: string } }>(
          server.url,
          token,
          `mutation($input: CreateContestInput!) { createContest(input: $input) { id } }`,
          {
            input: {
              title: 'Tìm hiểu Nghị quyết ở tổ dân phố',
              identityMode: 'ROSTER_ONLY',
              populationKind: 'RESIDENTS',
              eligibleUnitIds: [unitIds.get('KHOI-TDP')],
              drawRules,
              timeLimitSeconds: 600,
              attemptsPerRound: 3,
              rounds: [
                {
                  name: 'Đợt 1',
                  startsAt: new Date(now - 3600_000).toISOString(),
                  endsAt: new Date(now + 7 * 24 * 3600_000).toISOString(),
                },
              ],
            },
          },
        );
        const contestId = created.createContest.id;
        await gql(server.url, token, 'mutation($id: ID!) { openContest(id: $id) { id } }', { id: contestId });

        // Bà/ông X of TDP-06: a resident whose name has diacritics, born in a known year.
        const residents = await roster(TDP.code, 'RESIDENTS');
        const resident = residents.find((p) => p.fullName !== foldForSearch(p.fullName) && p.birthYear)!;
        const typed = foldForSearch(resident.fullName); // "nguyen thi ha": no diacritics

        const phone = await open(SMALL_PHONE, 'resident');
        await phone.goto(`${server.url}/contest/${contestId}`);
        await phone.locator('[data-testid=contest-registration][data-mode=ROSTER_ONLY]').waitFor();
        // "Find my name" (the other way is the code printed on a card): a tap on the choice's label.
        await phone.locator('label', { has: phone.getByTestId('roster-way-name') }).click();
        expect(await phone.getByTestId('roster-way-name').isChecked()).toBe(true);
        await phone.getByTestId('register-unit-search').fill(foldForSearch(TDP.name));
        await phone.getByTestId(`register-unit-${TDP.code}`).click();
        await phone.getByTestId('roster-name-search').fill(typed);
        await phone.getByTestId(`roster-candidate-${resident.id}`).click();
        expect(await phone.getByTestId('roster-picked').innerText()).toContain(resident.fullName);
        await phone.getByTestId('roster-birth-year').fill(String(resident.birthYear));
        await phone.getByTestId('register-consent-rules').check();
        await phone.getByTestId('register-consent-data').check();
        await screenshot(phone, 'people-contest-register');
        await phone.getByTestId('roster-submit').click();
        await phone.getByTestId('attempt-start').waitFor();
        expect(await phone.getByTestId('contest-welcome').innerText()).toContain(resident.fullName);
        await phone.getByTestId('entrant-verified').waitFor();
        await screenshot(phone, 'people-contest-registered');

        // One attempt: the first question answered, then submitted.
        await phone.getByTestId('attempt-start').click();
        await phone.getByTestId('attempt-question').waitFor();
        if ((await phone.getByTestId('attempt-question').getAttribute('data-type')) === 'NUMERIC') {
          await phone.getByTestId('attempt-numeric').fill('2');
          await phone.getByTestId('attempt-numeric').press('Tab');
        } else {
          // A choice, or for an ordering question the first item's row (moved down with its second button).
          const option = phone.getByTestId('attempt-option-0');
          if ((await option.getByRole('button').count()) > 1) await option.getByRole('button').nth(1).click();
          else await option.click();
        }
        await phone.locator('[data-testid="attempt-saved"][data-status="saved"]').waitFor();
        for (let i = 0; i < 12 && !(await phone.getByTestId('attempt-prediction').isVisible()); i++)
          if (await phone.getByTestId('attempt-next').isVisible()) await phone.getByTestId('attempt-next').click();
        if (await phone.getByTestId('attempt-prediction').isVisible())
          await phone.getByTestId('attempt-prediction').fill('40');
        await phone.getByTestId('attempt-submit').click();
        await phone.getByTestId('attempt-submit-confirm').click();
        await phone.getByTestId('attempt-result').waitFor();
        await screenshot(phone, 'people-contest-result');

        // The contest's unit figure: TDP-06 counts one verified resident of its roster.
        const results = await gql<{
          contestResults: {
            units: {
              unitCode: string;
              entrants: number;
              unverified: number;
              eligiblePopulation: number;
              populationKind: string;
              populationSource: string;
            }[];
          };
        }>(
          server.url,
          token,
          `query($id: ID!) { contestResults(contestId: $id) {
           units { unitCode entrants unverified eligiblePopulation populationKind populationSource } } }`,
          { id: contestId },
        );
        expect(results.contestResults.units.find((u) => u.unitCode === TDP.code)).toEqual({
          unitCode: TDP.code,
          entrants: 1,
          unverified: 0,
          eligiblePopulation: residents.length,
          populationKind: 'RESIDENTS',
          populationSource: 'ROSTER',
        });

        const board = await open(PROJECTOR, 'race');
        await board.goto(`${server.url}/board/contest/${contestId}`);
        await board.getByTestId(`race-row-${TDP.code}`).waitFor();
        const raceRow = board.getByTestId(`race-row-${TDP.code}`);
        expect(await raceRow.locator('.race-row__count').innerText()).toMatch(
          new RegExp(`^1\\D+${residents.length}\\b`, 'u'),
        );
        expect(await raceRow.innerText()).not.toMatch(/khai báo/iu);
        await screenshot(board, 'people-contest-race');
        expect(pageErrors).toEqual([]);
      }),
    180_000,
  );
});
