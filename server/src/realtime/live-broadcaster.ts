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

/**
 * Phones written per turn of the event loop. A frame's strings (the text, engine.io's copy
 * with its type byte) live until the socket's write completes, after the turn: written all
 * at once, 10,000 phones' frames outlive several scavenges, are promoted and wait for a full
 * GC (at 10,000 players this was most of the RSS peak in play). A slice of 500 stays well
 * within the young generation and is collected there.
 */
const PHONES_PER_SLICE = 500;

export type LiveNamespace = Namespace<LiveClientEvents, LiveServerEvents>;
export type LiveSocket = Socket<LiveClientEvents, LiveServerEvents>;

/**
 * The one place that emits to live-game clients (immich's websocket repository
 * pattern): services describe what happened, this class knows rooms and sockets.
 */
@Injectable()
export class LiveBroadcaster {
  private namespace: LiveNamespace | null = null;
  /** Per game, a state broadcast still being written in slices: writes the rest at once. */
  private readonly pendingStates = new Map<string, () => void>();

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  /**
   * The state after a phase change. Hosts and screens get theirs (`states.hosts`) as is,
   * through the adapter (every node's sockets; with several nodes only the game's driver
   * sends it, the others pass null). Each player connected to this node gets the phones' state with their
   * own `you`: that state is serialized once and each frame is that text plus a `you`,
   * PHONES_PER_SLICE phones per turn of the event loop (the first slice at once). Every `you`
   * is taken at the call; a newer state of the game first writes what is left of this one.
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
    // Each phone's `you` is taken now, as of this phase; the frames are written slice by slice.
    const room = liveRooms.players(gameId);
    const frames: { socketId: string; you: string }[] = [];
    for (const socket of this.localSockets(room)) {
      const playerId = (socket.data as { playerId?: string }).playerId;
      if (playerId && socket.connected) frames.push({ socketId: socket.id, you: JSON.stringify(youOf(playerId)) });
    }
    // Phases reach a phone in order: what is left of the game's previous state is written first.
    this.pendingStates.get(gameId)?.();
    let next = 0;
    const writeUpTo = (end: number): void => {
      for (; next < end; next += 1) {
        const { socketId, you } = frames[next];
        const socket = ns.sockets.get(socketId);
        // Removed meanwhile (`playerRemoved` clears the player) or gone: nothing more for it.
        if (socket?.connected && (socket.data as { playerId?: string | null }).playerId && socket.rooms.has(room))
          socket.conn.write(`${head}${you}}]`);
      }
    };
    const rest = (): void => {
      this.pendingStates.delete(gameId);
      writeUpTo(frames.length);
    };
    const slice = (): void => {
      if (this.pendingStates.get(gameId) !== rest) return; // written by a newer state
      writeUpTo(Math.min(frames.length, next + PHONES_PER_SLICE));
      if (next < frames.length) setImmediate(slice);
      else this.pendingStates.delete(gameId);
    };
    this.pendingStates.set(gameId, rest);
    slice();
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
