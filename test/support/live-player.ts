import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot } from './browser.js';

/** Poll on a timer: background pages get no animation frames, the default polling. */
const POLL = { polling: 100 };

/**
 * The browsers of one live game (host, screen, phones), each in its own context: their
 * page errors are collected, and a failing test leaves a screenshot of every one.
 */
export class LiveBrowsers {
  readonly pageErrors: string[] = [];
  private readonly contexts: BrowserContext[] = [];
  private readonly pages = new Map<string, Page>();

  /** `failurePrefix`: the screenshots of a failure are test/artifacts/<failurePrefix>-<name>.png. */
  constructor(
    private readonly browser: Browser,
    private readonly failurePrefix: string,
  ) {}

  async open(viewport: { width: number; height: number }, name: string): Promise<Page> {
    const context = await this.browser.newContext({ viewport, locale: 'vi-VN' });
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => this.pageErrors.push(`${name}: ${error.message}`));
    this.pages.set(name, page);
    return page;
  }

  /** Runs the test; on failure, saves what every browser showed before rethrowing. */
  async onFailure<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      for (const [name, page] of this.pages)
        await screenshot(page, `${this.failurePrefix}-${name}`).catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((c) => c.close()));
  }
}

/** Signs the host in as the administrator. */
export async function signInHost(host: Page, serverUrl: string, password: string): Promise<void> {
  await host.goto(`${serverUrl}/sign-in`);
  await host.getByTestId('sign-in-username').fill('admin');
  await host.getByTestId('sign-in-password').fill(password);
  await host.getByTestId('sign-in-submit').click();
  await host.getByTestId('home-greeting').waitFor();
}

export interface NewGame {
  /** The quiz to play; without it, the first one the form offers. */
  quizId?: string;
  readingSeconds: number;
  /** A self-running game: how long the reveal and the leaderboard stay before the next step. */
  autoAdvance?: { revealSeconds: number; leaderboardSeconds: number };
}

/** Opens a game on the signed-in host's console and returns its PIN. */
export async function openGame(host: Page, serverUrl: string, game: NewGame): Promise<string> {
  await host.goto(`${serverUrl}/host/new`);
  if (game.quizId)
    await host.waitForFunction(
      (id) => document.querySelector(`[data-testid=new-game-quiz] option[value="${id}"]`) !== null,
      game.quizId,
    );
  else await host.waitForFunction(() => document.querySelectorAll('[data-testid=new-game-quiz] option').length > 1);
  const quizId =
    game.quizId ??
    (await host.$$eval('[data-testid=new-game-quiz] option', (options) =>
      options.map((o) => (o as HTMLOptionElement).value).find(Boolean),
    ));
  await host.getByTestId('new-game-quiz').selectOption(quizId!);
  await host.locator('#new-game-reading').fill(String(game.readingSeconds));
  if (game.autoAdvance) {
    await host.getByTestId('new-game-auto-advance').check();
    await host.locator('#new-game-reveal-seconds').fill(String(game.autoAdvance.revealSeconds));
    await host.locator('#new-game-leaderboard-seconds').fill(String(game.autoAdvance.leaderboardSeconds));
  }
  await host.getByTestId('new-game-submit').click();
  return (await host.getByTestId('host-pin').innerText()).replace(/\D/g, '');
}

/** Joins with the PIN as a guest of the first lower secondary class, and waits in the lobby. */
export async function joinAsGuest(phone: Page, serverUrl: string, pin: string, name: string): Promise<void> {
  await phone.goto(`${serverUrl}/play`);
  await phone.getByTestId('join-pin').fill(pin);
  await phone.getByTestId('join-submit').click();
  await phone.getByTestId('join-as-guest').click();
  await phone.getByTestId('join-unit-search').fill('lop 6');
  await phone.locator('[data-testid^="join-unit-THCS"]').first().click();
  await phone.getByTestId('join-name').fill(name);
  await phone.getByTestId('join-submit').click();
  await phone.getByTestId('player-lobby').waitFor();
}

/**
 * Answers whatever type of question is open on the phone (`choice`: the option to pick)
 * and waits until the server acknowledged it: locked in, or already revealed when this was
 * the last answer the game waited for.
 */
export async function answerCurrentQuestion(phone: Page, choice = 0): Promise<void> {
  await phone.getByTestId('player-question').waitFor({ timeout: 60_000 });
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
  await phone.locator('[data-testid=player-answer-locked], [data-testid=player-reveal]').first().waitFor();
}
