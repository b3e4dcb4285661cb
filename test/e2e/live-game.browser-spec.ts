import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, PHONE, screenshot } from '../support/browser.js';
import { freshDatabaseUrl } from '../support/database.js';
import { graphql, startServerProcess, type ServerProcess } from '../support/server-process.js';

const ADMIN_PASSWORD = 'live-browser-test-password';
const PROJECTOR = { width: 1920, height: 1080 };
const digits = (text: string) => Number(text.replace(/\D/g, ''));
/** Poll on a timer: background pages get no animation frames, the default polling. */
const POLL = { polling: 100 };

/**
 * A whole live game in real browsers: a host console, a projector screen and
 * three phones (one joined through a unit's QR link), with a phone that reloads
 * mid-question and must keep its locked-in answer and its score.
 */
describe('a live quiz at a school assembly', () => {
  let server: ServerProcess;
  let browser: Browser;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  const contexts: BrowserContext[] = [];
  const pages = new Map<string, Page>();
  const pageErrors: string[] = [];

  async function open(viewport: { width: number; height: number }, name: string): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN' });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
    pages.set(name, page);
    return page;
  }

  beforeAll(async () => {
    database = await freshDatabaseUrl('thidua_live_browser');
    server = await startServerProcess({ DATABASE_URL: database.url, ADMIN_PASSWORD });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  /** Answers whatever type of question is open on the phone and waits until the server acknowledged it. */
  async function answer(phone: Page, choice: number): Promise<void> {
    await phone.getByTestId('player-question').waitFor();
    const numeric = phone.getByTestId('player-numeric');
    if ((await numeric.count()) > 0) {
      await phone.waitForFunction(
        () => !(document.querySelector('[data-testid=player-numeric]') as HTMLInputElement).disabled,
        null,
        POLL,
      );
      await numeric.fill('2');
      await phone.getByTestId('player-submit').click();
    } else {
      await phone.waitForFunction(
        () => {
          const option = document.querySelector('[data-testid=player-option-0]');
          const control = option?.matches('button') ? option : option?.querySelector('button');
          return control ? !(control as HTMLButtonElement).disabled : false;
        },
        null,
        POLL,
      );
      const option = phone.getByTestId(`player-option-${choice}`);
      const submit = phone.getByTestId('player-submit');
      if ((await option.getAttribute('role')) === 'checkbox') {
        await option.click();
        await phone.getByTestId(`player-option-${(choice + 1) % 2}`).click();
        await submit.click();
      } else if ((await submit.count()) > 0) {
        await phone.getByTestId('player-option-0-down').click(); // ordering
        await submit.click();
      } else {
        await option.click();
      }
    }
    // Locked in, or already revealed when this was the last answer the game waited for.
    await phone.locator('[data-testid=player-answer-locked], [data-testid=player-reveal]').first().waitFor();
  }

  /** On failure, what every browser showed, in test/artifacts/live-failure-*.png. */
  async function onFailure<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      for (const [name, page] of pages) await screenshot(page, `live-failure-${name}`).catch(() => undefined);
      throw error;
    }
  }

  it('runs from lobby to podium with every view in step', () =>
    onFailure(async () => {
      // The host creates a game from the demo quiz.
      const host = await open(DESKTOP, 'host');
      await host.goto(`${server.url}/sign-in`);
      await host.getByTestId('sign-in-username').fill('admin');
      await host.getByTestId('sign-in-password').fill(ADMIN_PASSWORD);
      await host.getByTestId('sign-in-submit').click();
      await host.getByTestId('home-greeting').waitFor();
      await host.goto(`${server.url}/host/new`);
      await host.waitForFunction(() => document.querySelectorAll('[data-testid=new-game-quiz] option').length > 1);
      const quizValue = await host.$$eval('[data-testid=new-game-quiz] option', (options) =>
        options.map((o) => (o as HTMLOptionElement).value).find(Boolean),
      );
      await host.getByTestId('new-game-quiz').selectOption(quizValue!);
      await host.locator('#new-game-reading').fill('1');
      await host.getByTestId('new-game-submit').click();
      const pin = (await host.getByTestId('host-pin').innerText()).replace(/\D/g, '');
      expect(pin).toMatch(/^\d{6}$/);

      // The projector shows the PIN and a QR code.
      const screen = await open(PROJECTOR, 'screen');
      // Counts the notes the screen's Web Audio plays (the sound is synthesized, so notes are the sound).
      await screen.addInitScript(() => {
        const counted = window as unknown as { notesPlayed: number };
        counted.notesPlayed = 0;
        const create = AudioContext.prototype.createOscillator;
        AudioContext.prototype.createOscillator = function (this: AudioContext) {
          counted.notesPlayed += 1;
          return create.call(this);
        };
      });
      await screen.goto(`${server.url}/screen/${pin}`);
      await screen.getByTestId('screen-qr').waitFor();
      // Sound is on by default on the screen; a browser that waits for a click says so, and the click starts it.
      const soundToggle = screen.getByTestId('sound-toggle');
      if ((await soundToggle.getAttribute('aria-pressed')) !== 'true') await soundToggle.click();
      await screen.waitForFunction(
        () => document.querySelector('[data-testid=sound-toggle]')?.getAttribute('aria-pressed') === 'true',
      );
      expect((await screen.getByTestId('screen-pin').innerText()).replace(/\D/g, '')).toBe(pin);

      // Three phones join: with the PIN, with a unit's QR link, and a short name.
      const join = await graphql<{ liveGameJoinInfo: { units: { id: string; code: string }[] } }>(
        server.url,
        'query($pin: String!) { liveGameJoinInfo(pin: $pin) { units { id code } } }',
        { pin },
      );
      const tdp = join.data!.liveGameJoinInfo.units.find((u) => u.code === 'TDP-01')!;
      const phones: Page[] = [];
      for (const [name, viaQr] of [
        ['Nguyễn Văn An', false],
        ['Hà', true],
        ['Bình', false],
      ] as const) {
        const phone = await open(PHONE, name);
        // A new game asks players to identify first (ROSTER_PREFERRED); these three join as guests.
        if (viaQr) {
          await phone.goto(`${server.url}/play/${pin}?unit=${tdp.id}`);
          await phone.getByTestId('join-as-guest').click();
        } else {
          await phone.goto(`${server.url}/play`);
          await phone.getByTestId('join-pin').fill(pin);
          await phone.getByTestId('join-submit').click();
          await phone.getByTestId('join-as-guest').click();
          await phone.getByTestId('join-unit-search').fill('lop 6');
          await phone.locator('[data-testid^="join-unit-THCS"]').first().click();
        }
        await phone.getByTestId('join-name').fill(name);
        await phone.getByTestId('join-submit').click();
        await phone.getByTestId('player-lobby').waitFor();
        phones.push(phone);
      }
      await host.getByTestId('host-player-Hà').waitFor();
      await screenshot(screen, 'live-screen-lobby');

      const notesBefore = await screen.evaluate(() => (window as unknown as { notesPlayed: number }).notesPlayed);
      await host.getByTestId('host-start').click();
      const [an, ha, binh] = phones;
      // The question's cue plays on the screen's speakers.
      await screen.waitForFunction(
        (before) => (window as unknown as { notesPlayed: number }).notesPlayed > before,
        notesBefore,
      );

      // Question 1: the question is on the phone too; An reloads after answering and stays locked in.
      await an.getByTestId('player-question').waitFor();
      expect((await an.getByTestId('player-question').innerText()).length).toBeGreaterThan(20);
      await answer(an, 0);
      await an.reload();
      await an.getByTestId('player-answer-locked').waitFor();
      await screenshot(an, 'live-phone-locked-after-reload');
      await answer(ha, 1);
      await answer(binh, 0);
      for (const phone of phones) await phone.getByTestId('player-reveal').waitFor();
      await screen.getByTestId('screen-distribution').waitFor();
      await screenshot(screen, 'live-screen-reveal');
      await screenshot(an, 'live-phone-reveal');

      await host.getByTestId('host-next').click();
      await screen.getByTestId('screen-leaderboard').waitFor();
      await screen.getByTestId('screen-units').waitFor();
      await screenshot(screen, 'live-screen-leaderboard');
      const scoreBefore = digits(await an.getByTestId('player-score').innerText());

      // Question 2: An answers, reloads mid-question, keeps the answer; after the reveal the
      // score is the previous total plus this question's points (nothing lost or counted twice).
      // (A host command says what the console shows: press once it shows the leaderboard.)
      await host.locator('[data-testid="host-phase"][data-phase="LEADERBOARD"]').waitFor();
      await host.getByTestId('host-next').click();
      await answer(an, 1);
      await an.reload();
      await an.getByTestId('player-answer-locked').waitFor();
      await answer(ha, 0);
      await answer(binh, 1);
      await an.getByTestId('player-reveal').waitFor();
      const gained = Number(
        /\+\s*([\d.,\s]+)/.exec(await an.getByTestId('player-result').innerText())?.[1]?.replace(/\D/g, '') ?? 0,
      );
      expect(digits(await an.getByTestId('player-score').innerText())).toBe(scoreBefore + gained);

      // The host ends the game: podium on the screen, final rank on every phone, results for the host.
      await host.getByTestId('host-end').click();
      await host.getByTestId('host-end-confirm').click();
      await screen.getByTestId('screen-podium').waitFor();
      for (const phone of phones) await phone.getByTestId('player-end').waitFor();
      await host.getByTestId('host-results').waitFor();
      await screenshot(screen, 'live-screen-podium');
      await screenshot(host, 'live-host-results');
      expect(await host.getByTestId('results-players').locator('tbody tr').count()).toBe(3);
      expect(pageErrors).toEqual([]);
    }));
});
