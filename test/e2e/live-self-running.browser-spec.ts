import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, screenshot } from '../support/browser.js';
import { freshDatabaseUrl } from '../support/database.js';
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
    database = await freshDatabaseUrl('thidua_live_self_running');
    server = await startServerProcess({ DATABASE_URL: database.url, ADMIN_PASSWORD });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  /** Answers the open question on the phone (as live-game.browser-spec does) and waits until it is locked in. */
  async function answer(phone: Page): Promise<void> {
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
          // An ordering item's last button (down) is enabled on the first item; its up button never is.
          const control = option?.matches('button') ? option : [...(option?.querySelectorAll('button') ?? [])].at(-1);
          return control ? !(control as HTMLButtonElement).disabled : false;
        },
        null,
        POLL,
      );
      const option = phone.getByTestId('player-option-0');
      const submit = phone.getByTestId('player-submit');
      if ((await option.getAttribute('role')) === 'checkbox') {
        await option.click();
        await phone.getByTestId('player-option-1').click();
        await submit.click();
      } else if ((await submit.count()) > 0) {
        await phone.getByTestId('player-option-0-down').click(); // ordering
        await submit.click();
      } else {
        await option.click();
      }
    }
    // Locked in, or already revealed: this phone is the only answer the game waits for.
    await phone.locator('[data-testid=player-answer-locked], [data-testid=player-reveal]').first().waitFor();
  }

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

  /** On failure, what every browser showed, in test/artifacts/self-running-failure-*.png. */
  async function onFailure<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      for (const [name, page] of pages) await screenshot(page, `self-running-failure-${name}`).catch(() => undefined);
      throw error;
    }
  }

  it('runs itself from one start to the podium, with the image question whole on a 320 px phone and a 1024×768 screen', () =>
    onFailure(async () => {
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
      const host = await open(DESKTOP, 'host');
      await host.goto(`${server.url}/sign-in`);
      await host.getByTestId('sign-in-username').fill('admin');
      await host.getByTestId('sign-in-password').fill(ADMIN_PASSWORD);
      await host.getByTestId('sign-in-submit').click();
      await host.getByTestId('home-greeting').waitFor();
      await host.goto(`${server.url}/host/new`);
      await host.waitForFunction(
        (id) => document.querySelector(`[data-testid=new-game-quiz] option[value="${id}"]`) !== null,
        createQuiz.id,
      );
      await host.getByTestId('new-game-quiz').selectOption(createQuiz.id);
      await host.locator('#new-game-reading').fill('1');
      await host.getByTestId('new-game-auto-advance').check();
      await host.locator('#new-game-reveal-seconds').fill('2');
      await host.locator('#new-game-leaderboard-seconds').fill('2');
      await host.getByTestId('new-game-submit').click();
      const pin = (await host.getByTestId('host-pin').innerText()).replace(/\D/g, '');
      expect(pin).toMatch(/^\d{6}$/);

      const screen = await open(SMALL_SCREEN, 'screen');
      await screen.goto(`${server.url}/screen/${pin}`);
      await screen.getByTestId('screen-pin').waitFor();

      const phone = await open(SMALL_PHONE, 'phone');
      await phone.goto(`${server.url}/play`);
      await phone.getByTestId('join-pin').fill(pin);
      await phone.getByTestId('join-submit').click();
      await phone.getByTestId('join-as-guest').click();
      await phone.getByTestId('join-unit-search').fill('lop 6');
      await phone.locator('[data-testid^="join-unit-THCS"]').first().click();
      await phone.getByTestId('join-name').fill('Trần Thị Mai');
      await phone.getByTestId('join-submit').click();
      await phone.getByTestId('player-lobby').waitFor();
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
        }
        await answer(phone);
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
      expect(pageErrors).toEqual([]);
    }));
});
