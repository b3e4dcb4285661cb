import type { LiveErrorReason, LiveStep } from '@thidua/shared';

/*
 * How the nodes serving live games agree (DESIGN.md, Scale-out). One node — the
 * game's *driver* — runs a game's phase changes and timers; every node accepts
 * answers, and PostgreSQL stays the system of record that every node re-reads after
 * a change. Without REDIS_URL there is one node and it drives every game
 * (LocalLiveCoordinator); with it, the driver is elected per game with a Redis lock
 * (RedisLiveCoordinator).
 */

export const LIVE_COORDINATOR = Symbol('LIVE_COORDINATOR');

/** What one node tells the others about a game. */
export type ClusterMessage =
  /** The driver persisted a change (phase, pause, takeover): re-read the game, unless already at `revision`, and re-send local players their state. */
  | { type: 'changed'; gameId: string; revision: number }
  /** A player joined on the sending node. */
  | {
      type: 'joined';
      gameId: string;
      player: {
        id: string;
        name: string;
        unitId: string | null;
        personId?: string | null;
        personKind?: string | null;
        tokenHash: string;
        /** A seat taken over: the token that stops working. */
        replacedTokenHash?: string;
      };
    }
  /** The host removed a player. */
  | { type: 'removed'; gameId: string; playerId: string }
  /** The cluster-wide count of committed answers to a question (for hosts' and screens' counters). */
  | { type: 'answers'; gameId: string; questionIndex: number; answered: number }
  /** Maybe every player answered: the driver checks PostgreSQL and reveals early if so. */
  | { type: 'check'; gameId: string; questionIndex: number };

export type DriverCommandName =
  'start' | 'next' | 'pause' | 'resume' | 'skip' | 'end' | 'remove-player' | 'lock' | 'unlock';

/** A host command, forwarded to the driver when it arrives at another node. */
export interface DriverCommand {
  gameId: string;
  command: DriverCommandName;
  playerId?: string;
  /** Where the host saw the game (start, next, skip): the driver runs the command only if it is still there. */
  from?: LiveStep;
}

export type DriverReply = { ok: true } | { ok: false; reason: LiveErrorReason; message: string };

/** What the runtime answers to the coordinator. */
export interface CoordinatorHandlers {
  message(message: ClusterMessage): void;
  /** Runs a forwarded host command on this node (the driver). */
  command(command: DriverCommand): Promise<DriverReply>;
  /** This node became the driver of a game (its previous driver stopped renewing the lock). */
  claimed(gameId: string): void;
  /** This node lost the lock of a game it drove: stop its timers. */
  lost(gameId: string): void;
  /** Games this node has loaded and that have not ended: the ones it may have to drive. */
  openGames(): string[];
  /**
   * The connection to the other nodes came back after an outage: messages sent in the
   * meantime are lost (pub/sub), so re-read the open games from PostgreSQL and re-send
   * this node's clients their state.
   */
  resync?(): void;
}

export interface LiveCoordinator {
  /** True with Redis: other nodes exist, so state is re-read from PostgreSQL after changes. */
  readonly clustered: boolean;
  readonly nodeId: string;
  bind(handlers: CoordinatorHandlers): void;
  /** Takes (or keeps) the driver lock of a game; true if this node drives it now. */
  claim(gameId: string): Promise<boolean>;
  /** Gives the lock up (the game ended). */
  release(gameId: string): Promise<void>;
  /** Tells every other node. Fire and forget: a lost message is repaired by the next `changed`. */
  publish(message: ClusterMessage): void;
  /** Runs a host command on the game's driver; null when no node drives it (the caller may claim it). */
  forward(command: DriverCommand): Promise<DriverReply | null>;
  /** Adds committed answers to the cluster-wide count of a question; the new total. */
  addAnswered(gameId: string, questionIndex: number, count: number): Promise<number>;
}
