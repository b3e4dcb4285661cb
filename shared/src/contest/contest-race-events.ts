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
  /** The unit's kind (WARD, GROUP, SCHOOL…): rows are ranked within their level only. */
  level: string;
  /** Distinct verified roster persons of the kind with a submitted attempt (the shared participation()). */
  entrants: number;
  /** Entrants without a roster person: shown apart, never counted. */
  unverified: number;
  eligiblePopulation: number;
  /** The population kind the rate divides by, and whether that number is a roster or declared. */
  populationKind: string;
  populationSource: 'ROSTER' | 'DECLARED';
  /** entrants ÷ eligible population (0..1). */
  participationRate: number;
  /** Rank within the row's level. */
  rank: number;
}

export interface RaceSnapshot {
  contestId: string;
  title: string;
  /** The formula the board uses, shown on screen. */
  formula: string;
  /** True while the current round's board is frozen (no new submissions shown until publication). */
  frozen: boolean;
  /** Entrants counted for their units (verified), and those shown apart (unverified). */
  totalEntrants: number;
  totalUnverified: number;
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
