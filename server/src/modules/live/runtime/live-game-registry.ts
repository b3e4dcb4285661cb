import { Injectable } from '@nestjs/common';
import { MetricsService } from '../../metrics/metrics.service.js';
import type { RuntimeGame } from '../live-game-state.js';

/**
 * Ended games stay in memory this long for the phones still showing the podium; a
 * resume after that reloads the game from PostgreSQL (get → load). Kept short: a
 * festival plays game after game, and each ended game holds all its players.
 */
const ENDED_GAME_TTL_MS = 2 * 60_000;

export interface PlayerRef {
  gameId: string;
  playerId: string;
}

/** The games this node holds in memory, by id, PIN and resume token hash. Memory only. */
@Injectable()
export class LiveGameRegistry {
  private readonly games = new Map<string, RuntimeGame>();
  private readonly gameIdByPin = new Map<string, string>();
  private readonly playerByTokenHash = new Map<string, PlayerRef>();

  constructor(private readonly metrics: MetricsService) {}

  get(gameId: string): RuntimeGame | undefined {
    return this.games.get(gameId);
  }

  /** The game of a PIN among games that have not ended (or ended recently and still in memory). */
  byPin(pin: string): RuntimeGame | null {
    const id = this.gameIdByPin.get(pin);
    return id ? (this.games.get(id) ?? null) : null;
  }

  playerOf(tokenHash: string): PlayerRef | undefined {
    return this.playerByTokenHash.get(tokenHash);
  }

  all(): IterableIterator<RuntimeGame> {
    return this.games.values();
  }

  open(): RuntimeGame[] {
    return [...this.games.values()].filter((g) => g.status !== 'ENDED');
  }

  /** Holds `game` (in place of an older copy of it), reachable by PIN while it is open. */
  put(game: RuntimeGame): RuntimeGame | undefined {
    const previous = this.games.get(game.id);
    this.games.set(game.id, game);
    if (game.status !== 'ENDED') this.gameIdByPin.set(game.pin, game.id);
    else this.evictLater(game);
    this.count();
    return previous;
  }

  addTokens(gameId: string, tokenHashes: Iterable<[string, string]>): void {
    for (const [hash, playerId] of tokenHashes) this.playerByTokenHash.set(hash, { gameId, playerId });
  }

  /** A resume token that no longer works (its seat was taken over by the same person on another phone). */
  dropToken(tokenHash: string): void {
    this.playerByTokenHash.delete(tokenHash);
  }

  /** An ended game: no PIN, no resume tokens; kept a while for the podium. */
  forget(game: RuntimeGame): void {
    this.gameIdByPin.delete(game.pin);
    for (const [hash, ref] of this.playerByTokenHash) if (ref.gameId === game.id) this.playerByTokenHash.delete(hash);
    this.evictLater(game);
    this.count();
  }

  private evictLater(game: RuntimeGame): void {
    setTimeout(() => {
      if (this.games.get(game.id) === game) this.games.delete(game.id);
      this.count();
    }, ENDED_GAME_TTL_MS).unref();
  }

  private count(): void {
    let open = 0;
    for (const g of this.games.values()) if (g.status !== 'ENDED') open += 1;
    this.metrics.liveGames.set(open);
  }
}
