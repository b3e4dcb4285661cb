import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { LiveStep } from '@thidua/shared';
import { revealDue } from '../game-rules/answer-window.js';
import { advanceDue } from '../game-rules/live-game-rules.js';
import type { RuntimeGame } from '../live-game-state.js';

/** A reveal that could not be stored (database unreachable) is tried again after this long. */
export const REVEAL_RETRY_MS = 1000;

/** What a game's timer calls: a reveal is due, or a self-running game moves on from `from`. */
export interface TimerCallbacks {
  reveal: (index: number) => void;
  advance: (from: LiveStep) => void;
}

/**
 * The timer of each game this node drives: the open question is revealed at its deadline
 * + grace, a self-running game moves on after its reveal's and leaderboard's pauses (the
 * rules say when), or a failed step is tried again. The timer only calls back; what a
 * step does is the runtime's.
 */
@Injectable()
export class LiveGameTimers implements OnApplicationShutdown {
  private stopped = false;

  get running(): boolean {
    return !this.stopped;
  }

  /** Arms (or disarms) `game`'s timer for its phase, on its driver only. */
  arm(game: RuntimeGame, on: TimerCallbacks): void {
    this.clear(game);
    if (this.stopped || !game.driving) return;
    const reveal = revealDue(game);
    if (reveal) return this.set(game, Math.max(0, reveal.at - Date.now()), () => on.reveal(reveal.index));
    const advance = advanceDue(game);
    if (advance) this.set(game, Math.max(0, advance.at - Date.now()), () => on.advance(advance.from));
  }

  /** Calls `onDue` again after REVEAL_RETRY_MS (a step failed), unless this node stopped driving the game. */
  retry(game: RuntimeGame, onDue: () => void): void {
    this.clear(game);
    if (this.stopped || !game.driving) return;
    this.set(game, REVEAL_RETRY_MS, onDue);
  }

  clear(game: RuntimeGame): void {
    if (game.timer) clearTimeout(game.timer);
    game.timer = null;
  }

  onApplicationShutdown(): void {
    this.stopped = true;
  }

  private set(game: RuntimeGame, delay: number, fire: () => void): void {
    game.timer = setTimeout(() => {
      game.timer = null;
      fire();
    }, delay);
  }
}
