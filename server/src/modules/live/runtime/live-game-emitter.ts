import { Inject, Injectable } from '@nestjs/common';
import type { LiveStateView } from '@thidua/shared';
import { LiveBroadcaster } from '../../../realtime/live-broadcaster.js';
import { LIVE_COORDINATOR, type LiveCoordinator } from '../coordination/live-coordinator.js';
import {
  currentQuestion,
  hostState,
  lobbyView,
  phaseViews,
  phoneBroadcast,
  phoneState,
  youView,
  type RuntimeGame,
} from '../live-game-state.js';

const ANSWERS_EMIT_EVERY_MS = 250;
const LOBBY_EMIT_EVERY_MS = 500;

type Slot = RuntimeGame['answersEmit'];

/**
 * What the runtime sends about a game, through the typed broadcaster: the state after a
 * change, and the answer count and lobby at most every 250 / 500 ms.
 */
@Injectable()
export class LiveGameEmitter {
  constructor(
    private readonly broadcaster: LiveBroadcaster,
    @Inject(LIVE_COORDINATOR) private readonly coordinator: LiveCoordinator,
  ) {}

  /** A host's or a screen's state (`playerId` null), or a phone's: the phones' shared state and its `you`. */
  stateFor(game: RuntimeGame, playerId: string | null): LiveStateView {
    if (playerId === null) return hostState(game);
    const player = game.players.get(playerId);
    const state = phoneState(game);
    return player ? { ...state, you: youView(game, player, phaseViews(game)) } : state;
  }

  /** The state to this node's players; to hosts and screens (of every node) when this node drives the game. */
  state(game: RuntimeGame): void {
    game.cachedState = null;
    game.sentRevision = game.revision;
    const views = phaseViews(game);
    this.broadcaster.emitState(
      game.id,
      { hosts: game.driving ? hostState(game) : null, phones: phoneBroadcast(game) },
      (playerId) => {
        const player = game.players.get(playerId);
        return player ? youView(game, player, views) : null;
      },
    );
  }

  /** Hosts and screens get the answer count at most every 250 ms (the other nodes' too). */
  answersChanged(game: RuntimeGame): void {
    this.throttle(game.answersEmit, ANSWERS_EMIT_EVERY_MS, () => {
      const q = currentQuestion(game);
      if (!q) return;
      this.broadcaster.emitAnswers(game.id, {
        questionIndex: q.index,
        answered: q.answered,
        players: game.activePlayers,
      });
      this.coordinator.publish({ type: 'answers', gameId: game.id, questionIndex: q.index, answered: q.answered });
    });
  }

  /** Hosts and screens hear the lobby from the game's driver (it learns every node's joins). */
  lobbyChanged(game: RuntimeGame): void {
    game.cachedLobby = null;
    if (!game.driving) return;
    this.throttle(game.lobbyEmit, LOBBY_EMIT_EVERY_MS, () => this.broadcaster.emitLobby(game.id, lobbyView(game)));
  }

  /** Tells a removed player (their sockets leave the game) and the lobby. */
  playerRemoved(game: RuntimeGame, playerId: string): void {
    this.broadcaster.playerRemoved(game.id, playerId);
    this.lobbyChanged(game);
  }

  /** Stops the pending throttled emits of a game (it is replaced or the node stops). */
  clear(game: RuntimeGame): void {
    for (const slot of [game.answersEmit, game.lobbyEmit]) if (slot.timer) clearTimeout(slot.timer);
  }

  private throttle(slot: Slot, everyMs: number, emit: () => void): void {
    if (slot.timer) return;
    const wait = Math.max(0, slot.lastAt + everyMs - Date.now());
    slot.timer = setTimeout(() => {
      slot.timer = null;
      slot.lastAt = Date.now();
      emit();
    }, wait);
  }
}
