import { Injectable } from '@nestjs/common';
import type { LiveClientEvents, LiveLobbyView, LiveServerEvents, LiveStateView, LiveYouView } from '@thidua/shared';
import type { Namespace, Socket } from 'socket.io';
import { liveRooms } from './live-rooms.js';

/**
 * socket.io's text encoding of an EVENT packet (socket.io-parser: type `2`, then the
 * namespace and a comma, then the JSON array [event, ...args]). Player states are
 * written to the connection in this form directly: the same bytes `socket.emit` would
 * send, without encoding the shared part of the state once per player.
 */
const EVENT_PACKET = '2';

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
   * The state after a phase change. Hosts and screens get theirs (`states.hosts`) as is,
   * through the adapter (every node's sockets; with several nodes only the game's driver
   * sends it, the others pass null). Each player connected to this node gets the phones' state with their
   * own `you`: that state is serialized once and each frame is that text plus a `you`.
   */
  emitState(
    gameId: string,
    states: { hosts: LiveStateView | null; phones: LiveStateView },
    youOf: (playerId: string) => LiveYouView | null,
  ): void {
    const ns = this.namespace;
    if (!ns) return;
    if (states.hosts) ns.to([liveRooms.hosts(gameId), liveRooms.screens(gameId)]).emit('game:state', states.hosts);
    // Thousands of players: the common part is encoded once, each frame adds only its `you`.
    const { you: _you, ...common } = states.phones;
    const head = `${EVENT_PACKET}${ns.name},["game:state",${JSON.stringify(common).slice(0, -1)},"you":`;
    for (const socket of this.localSockets(liveRooms.players(gameId))) {
      const playerId = (socket.data as { playerId?: string }).playerId;
      if (playerId && socket.connected) socket.conn.write(`${head}${JSON.stringify(youOf(playerId))}}]`);
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
