import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, DESKTOP, launchBrowser, screenshot } from '../support/browser.js';
import { freshDatabaseUrl } from '../support/database.js';
import { answerCurrentQuestion, joinAsGuest, LiveBrowsers, openGame, signInHost } from '../support/live-player.js';
import { gql, signIn, startServerProcess, type ServerProcess } from '../support/server-process.js';

const ADMIN_PASSWORD = 'live-self-running-test-password';
const SMALL_PHONE = { width: 320, height: 640 };
const SMALL_SCREEN = { width: 1024, height: 768 };
/** The demo quiz's first questions: numeric, single choice with the demo's image (Q06), true/false, ordering. */
const QUESTIONS = 4;
const IMAGE_QUESTION = 1;
/** Poll on a timer: background pages get no animation frames, the default polling. */
const POLL = { polling: 100 };

/**
 * A self-running game on small devices: the host presses start once and never again;
 * one phone at 320 px and a 1024×768 screen follow it to the podium, and the question
 * with an image shows it whole on both while the phone keeps its countdown in sight.
 */
describe('a self-running live quiz on a small phone and a small screen', () => {
  let server: ServerProcess;
  let browser: Browser;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let browsers: LiveBrowsers;

  beforeAll(async () => {
    database = await freshDatabaseUrl('thidua_live_self_running');
    server = await startServerProcess({ DATABASE_URL: database.url, ADMIN_PASSWORD });
    browser = await launchBrowser();
    browsers = new LiveBrowsers(browser, 'self-running-failure');
  });
  afterAll(async () => {
    await browsers?.close();
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  /** Where an image is and whether it has decoded, in the page's CSS pixels. */
  function imageBox(page: Page, scope: string) {
    return page.locator(`[data-testid=${scope}] [data-testid=question-image]`).evaluate((element) => {
      const img = element as HTMLImageElement;
      const r = img.getBoundingClientRect();
      return {
        loaded: img.complete && img.naturalWidth > 0,
        alt: img.alt,
        left: r.left,
        right: r.right,
        width: r.width,
        height: r.height,
        viewport: document.documentElement.clientWidth,
      };
    });
  }

  it('runs itself from one start to the podium, with the image question whole on a 320 px phone and a 1024×768 screen', () =>
    browsers.onFailure(async () => {
      // A quiz of the demo quiz's first questions keeps the run short (each question is reading,
      // answer, 2 s reveal, 2 s leaderboard).
      const token = await signIn(server.url, 'admin', ADMIN_PASSWORD);
      const { quizzes } = await gql<{ quizzes: { isDemo: boolean; items: { question: { id: string } }[] }[] }>(
        server.url,
        token,
        '{ quizzes { isDemo items { question { id } } } }',
      );
      const demo = quizzes.find((q) => q.isDemo)!;
      const { createQuiz } = await gql<{ createQuiz: { id: string } }>(
        server.url,
        token,
        'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { id } }',
        {
          input: {
            title: 'Tự chạy: bốn câu đầu của đề mẫu',
            mode: 'FIXED',
            questionIds: demo.items.slice(0, QUESTIONS).map((i) => i.question.id),
          },
        },
      );

      // The host creates a self-running game: reading 1 s, reveal 2 s, leaderboard 2 s.
      const host = await browsers.open(DESKTOP, 'host');
      await signInHost(host, server.url, ADMIN_PASSWORD);
      const pin = await openGame(host, server.url, {
        quizId: createQuiz.id,
        readingSeconds: 1,
        autoAdvance: { revealSeconds: 2, leaderboardSeconds: 2 },
      });
      expect(pin).toMatch(/^\d{6}$/);

      const screen = await browsers.open(SMALL_SCREEN, 'screen');
      await screen.goto(`${server.url}/screen/${pin}`);
      await screen.getByTestId('screen-pin').waitFor();

      const phone = await browsers.open(SMALL_PHONE, 'phone');
      await joinAsGuest(phone, server.url, pin, 'Trần Thị Mai');
      await host.getByTestId('host-player-Trần Thị Mai').waitFor();

      // The one host press; from here on every click on the host console is counted.
      await host.getByTestId('host-start').click();
      await host.evaluate(() => {
        const counted = window as unknown as { hostClicks: number };
        counted.hostClicks = 0;
        document.addEventListener('click', () => (counted.hostClicks += 1), true);
      });

      for (let index = 0; index < QUESTIONS; index++) {
        const label = `Câu ${index + 1}/${QUESTIONS}`;
        await phone.locator('.player-question__count', { hasText: label }).waitFor();
        if (index === IMAGE_QUESTION) {
          const onPhone = phone.getByTestId('player-question').getByTestId('question-image');
          const onScreen = screen.getByTestId('screen-question').getByTestId('question-image');
          await onPhone.waitFor();
          await onScreen.waitFor();
          // Decoded: the phone and the screen fetched a width of the stored WebP.
          for (const page of [phone, screen]) {
            await page.waitForFunction(
              () => (document.querySelector<HTMLImageElement>('[data-testid=question-image]')?.naturalWidth ?? 0) > 0,
              null,
              POLL,
            );
          }
          for (const box of [await imageBox(phone, 'player-question'), await imageBox(screen, 'screen-question')]) {
            expect(box).toMatchObject({ loaded: true, alt: expect.stringMatching(/^Pa-nô tuyên truyền Nghị quyết/) });
            expect(box.width).toBeGreaterThan(100);
            expect(box.height).toBeGreaterThan(50);
            expect(box.left).toBeGreaterThanOrEqual(0);
            expect(box.right).toBeLessThanOrEqual(box.viewport);
          }
          await screenshot(phone, 'self-running-phone-image-question');
          await screenshot(screen, 'self-running-screen-image-question');

          // Scrolled down to the answers, the count and the countdown stay at the top of the phone.
          await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          const head = phone.locator('.player-question__head');
          await head.locator('.player-countdown').waitFor();
          const headBox = await head.evaluate((element) => {
            const r = element.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, height: window.innerHeight };
          });
          expect(headBox.top).toBeGreaterThanOrEqual(0);
          expect(headBox.bottom).toBeLessThanOrEqual(headBox.height);
          expect(headBox.top).toBeLessThan(10);
          await phone.screenshot({ path: join(ARTIFACTS, 'self-running-phone-scrolled.png') });
        }
        await answerCurrentQuestion(phone);
        await phone.getByTestId('player-reveal').waitFor();
        if (index === IMAGE_QUESTION) {
          await screen.getByTestId('screen-distribution').waitFor();
          await host.getByTestId('host-auto-advance').filter({ hasText: '2 giây' }).waitFor();
          await screenshot(phone, 'self-running-phone-reveal');
          await screenshot(screen, 'self-running-screen-reveal');
        }
      }

      // No one presses anything: the last leaderboard runs out into the podium and the end.
      await screen.getByTestId('screen-podium').waitFor();
      await phone.getByTestId('player-end').waitFor();
      await host.getByTestId('host-results').waitFor();
      // The podium's names come in one after another: the picture is taken once they are all there.
      await screen.locator('.podium__name', { hasText: 'Trần Thị Mai' }).waitFor();
      await screen.waitForFunction(
        () =>
          [...document.querySelectorAll('.podium__name')].every((name) =>
            name.getAnimations().every((a) => a.playState === 'finished'),
          ),
        null,
        POLL,
      );
      await screenshot(screen, 'self-running-screen-podium');
      await screenshot(phone, 'self-running-phone-end');
      expect(await host.evaluate(() => (window as unknown as { hostClicks: number }).hostClicks)).toBe(0);
      expect(browsers.pageErrors).toEqual([]);
    }));
});
