import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, PHONE, screenshot } from '../support/browser.js';
import { freshDatabaseUrl } from '../support/database.js';
import {
  answerCurrentQuestion as answer,
  joinAsGuest,
  LiveBrowsers,
  openGame,
  signInHost,
} from '../support/live-player.js';
import { graphql, startServerProcess, type ServerProcess } from '../support/server-process.js';

const ADMIN_PASSWORD = 'live-browser-test-password';
const PROJECTOR = { width: 1920, height: 1080 };
const digits = (text: string) => Number(text.replace(/\D/g, ''));

/**
 * A whole live game in real browsers: a host console, a projector screen and
 * three phones (one joined through a unit's QR link), with a phone that reloads
 * mid-question and must keep its locked-in answer and its score.
 */
describe('a live quiz at a school assembly', () => {
  let server: ServerProcess;
  let browser: Browser;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let browsers: LiveBrowsers;

  beforeAll(async () => {
    database = await freshDatabaseUrl('thidua_live_browser');
    server = await startServerProcess({ DATABASE_URL: database.url, ADMIN_PASSWORD });
    browser = await launchBrowser();
    browsers = new LiveBrowsers(browser, 'live-failure');
  });
  afterAll(async () => {
    await browsers?.close();
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  it('runs from lobby to podium with every view in step', () =>
    browsers.onFailure(async () => {
      // The host creates a game from the demo quiz.
      const host = await browsers.open(DESKTOP, 'host');
      await signInHost(host, server.url, ADMIN_PASSWORD);
      const pin = await openGame(host, server.url, { readingSeconds: 1 });
      expect(pin).toMatch(/^\d{6}$/);

      // The projector shows the PIN and a QR code.
      const screen = await browsers.open(PROJECTOR, 'screen');
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
        const phone = await browsers.open(PHONE, name);
        // A new game asks players to identify first (ROSTER_PREFERRED); these three join as guests.
        if (viaQr) {
          await phone.goto(`${server.url}/play/${pin}?unit=${tdp.id}`);
          await phone.getByTestId('join-as-guest').click();
          await phone.getByTestId('join-name').fill(name);
          await phone.getByTestId('join-submit').click();
          await phone.getByTestId('player-lobby').waitFor();
        } else await joinAsGuest(phone, server.url, pin, name);
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
      expect(browsers.pageErrors).toEqual([]);
    }));
});
