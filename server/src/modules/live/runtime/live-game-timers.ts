import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { revealDue } from '../game-rules/answer-window.js';
import type { RuntimeGame } from '../live-game-state.js';

/** A reveal that could not be stored (database unreachable) is tried again after this long. */
export const REVEAL_RETRY_MS = 1000;

/**
 * The reveal timer of each game this node drives: the open question is revealed at its
 * deadline + grace (the rules say when), or a failed reveal is tried again. The timer
 * only calls back; what a reveal does is the runtime's.
 */
@Injectable()
export class LiveGameTimers implements OnApplicationShutdown {
  private stopped = false;

  get running(): boolean {
    return !this.stopped;
  }

  /** Arms (or disarms) `game`'s reveal timer for its phase, on its driver only. */
  arm(game: RuntimeGame, onDue: (index: number) => void): void {
    this.clear(game);
    const due = revealDue(game);
    if (this.stopped || !game.driving || !due) return;
    this.set(game, Math.max(0, due.at - Date.now()), () => onDue(due.index));
  }

  /** Calls `onDue` again after REVEAL_RETRY_MS (a reveal failed), unless this node stopped driving the game. */
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
