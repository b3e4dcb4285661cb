import { z } from 'zod';
import type { SocketRefusal } from '../realtime/socket-refusal.js';

/**
 * The socket.io contract of the public unit participation race, namespace
 * `/contest-race`: read-only, no authentication. A screen subscribes to a contest
 * and gets `race` snapshots, pushed after submissions (at most 2 per second).
 */
export const CONTEST_RACE_NAMESPACE = '/contest-race';

export const raceSubscribePayloadSchema = z.object({ contestId: z.uuid() });
export type RaceSubscribePayload = z.infer<typeof raceSubscribePayloadSchema>;

export interface RaceUnitRow {
  unitId: string;
  unitName: string;
  entrants: number;
  eligiblePopulation: number;
  /** entrants ÷ eligible population. */
  participationRate: number;
  rank: number;
}

export interface RaceSnapshot {
  contestId: string;
  title: string;
  /** The formula the board uses, shown on screen. */
  formula: string;
  /** True while the current round's board is frozen (no new submissions shown until publication). */
  frozen: boolean;
  totalEntrants: number;
  units: RaceUnitRow[];
  /** Server time (ms since epoch) of the snapshot. */
  at: number;
}

export type RaceErrorReason = 'INVALID_PAYLOAD' | 'CONTEST_NOT_FOUND' | 'RATE_LIMITED' | 'SERVER_ERROR';
export type RaceSubscribeAck = { ok: true; snapshot: RaceSnapshot } | SocketRefusal<RaceErrorReason>;

export interface ContestRaceClientEvents {
  subscribe: (payload: RaceSubscribePayload, ack: (result: RaceSubscribeAck) => void) => void;
}

export interface ContestRaceServerEvents {
  race: (snapshot: RaceSnapshot) => void;
}
