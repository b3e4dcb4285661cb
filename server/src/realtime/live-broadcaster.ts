import { Injectable } from '@nestjs/common';
import type { LiveClientEvents, LiveLobbyView, LiveServerEvents, LiveStateView, LiveYouView } from '@thidua/shared';
import type { Namespace, Socket } from 'socket.io';
import { liveRooms } from './live-rooms.js';

export type LiveNamespace = Namespace<LiveClientEvents, LiveServerEvents>;
export type LiveSocket = Socket<LiveClientEvents, LiveServerEvents>;

/**
 * The one place that emits to live-game clients (immich's websocket repository
 * pattern): services describe what happened, this class knows rooms and sockets.
 */
@Injectable()
export class LiveBroadcaster {
  private namespace: LiveNamespace | null = null;

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  /**
   * The state after a phase change: hosts and screens get it as is (one encoding for
   * all), each player gets it with their own `you`.
   */
  emitState(gameId: string, state: LiveStateView, youOf: (playerId: string) => LiveYouView | null): void {
    const ns = this.namespace;
    if (!ns) return;
    ns.to([liveRooms.hosts(gameId), liveRooms.screens(gameId)]).emit('game:state', state);
    for (const socket of this.localSockets(liveRooms.players(gameId))) {
      const playerId = (socket.data as { playerId?: string }).playerId;
      if (playerId) socket.emit('game:state', { ...state, you: youOf(playerId) });
    }
  }

  emitAnswers(gameId: string, payload: { questionIndex: number; answered: number; players: number }): void {
    this.namespace?.to([liveRooms.hosts(gameId), liveRooms.screens(gameId)]).emit('game:answers', payload);
  }

  emitLobby(gameId: string, lobby: LiveLobbyView): void {
    this.namespace?.to([liveRooms.hosts(gameId), liveRooms.screens(gameId)]).emit('game:lobby', lobby);
  }

  /** Tells a removed player and detaches their sockets from the game. */
  playerRemoved(gameId: string, playerId: string): void {
    const ns = this.namespace;
    if (!ns) return;
    for (const socket of this.localSockets(liveRooms.player(playerId))) {
      socket.emit('player:removed');
      void socket.leave(liveRooms.game(gameId));
      void socket.leave(liveRooms.players(gameId));
      (socket.data as { playerId?: string | null }).playerId = null;
    }
  }

  private *localSockets(room: string): Generator<LiveSocket> {
    const ns = this.namespace;
    const ids = ns?.adapter.rooms.get(room);
    if (!ns || !ids) return;
    for (const id of ids) {
      const socket = ns.sockets.get(id);
      if (socket) yield socket;
    }
  }
}
