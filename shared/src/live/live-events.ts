import { z } from 'zod';
import type { AnswerResponse } from '../content/answer-key.js';
import type { QuestionImageView } from '../content/question-image.js';
import type { QuestionType } from '../content/question-kinds.js';
import type { SocketRefusal } from '../realtime/socket-refusal.js';
import type { ParticipationBasis } from '../people/identity.js';
import type { PopulationSource } from '../people/population-kinds.js';
import type { LiveGameSettings, UnitAggregation } from './live-settings.js';

/**
 * The socket.io contract of live games, namespace `/live`. Client → server
 * payloads are validated with these zod schemas on the server; every event is
 * answered through its ack, so a client always learns the outcome.
 */

export const LIVE_NAMESPACE = '/live';
/** Largest socket.io frame the server accepts (bytes). */
export const MAX_SOCKET_PAYLOAD_BYTES = 16 * 1024;

export type LivePhase =
  /** Players join; the screen shows PIN and QR codes. */
  | 'LOBBY'
  /** A question is shown; options open at `opensAt` and close at `closesAt` (+ grace). */
  | 'QUESTION'
  /** Correct answer, distribution and explanation. */
  | 'REVEAL'
  /** Top players and unit ranking after a question. */
  | 'LEADERBOARD'
  /** Podium and final unit ranking. */
  | 'ENDED';

// ---------- client → server ----------

const name = z
  .string()
  .transform((s) => s.normalize('NFC').replace(/\s+/gu, ' ').trim())
  .pipe(z.string().min(1).max(30));

/**
 * Who a player says they are: their personal code (printed card), or the roster person
 * they picked by name with their birth year. The server confirms it (or refuses, the same
 * way whatever was wrong).
 */
export const joinIdentitySchema = z.union([
  z.object({ personalCode: z.string().min(1).max(40) }).strict(),
  z.object({ personId: z.uuid(), birthYear: z.number().int().min(1900).max(2100) }).strict(),
]);
export type JoinIdentity = z.infer<typeof joinIdentitySchema>;

export const joinPayloadSchema = z
  .object({
    pin: z.string().regex(/^\d{6}$/),
    /** The name a guest types; ignored for a verified player (the roster name is used). */
    name: name.optional(),
    /** The player's unit (class, TDP...); a unit QR code pre-selects it. Ignored for a verified player. */
    unitId: z.uuid().nullable().optional(),
    identity: joinIdentitySchema.optional(),
  })
  .refine((p) => p.identity !== undefined || p.name !== undefined, {
    message: 'A name, or an identity',
    path: ['name'],
  });
export type JoinPayload = z.input<typeof joinPayloadSchema>;

export const resumePayloadSchema = z.object({ resumeToken: z.string().min(20).max(200) });
export type ResumePayload = z.infer<typeof resumePayloadSchema>;

/** One answer (the AnswerResponse of content/answer-key): option ids (ORDERING: in the chosen order) or a number. */
export const answerResponseSchema = z.object({
  optionIds: z.array(z.string().min(1).max(40)).max(10).optional(),
  value: z.number().finite().optional(),
});

export const answerPayloadSchema = z.object({
  questionIndex: z.number().int().min(0).max(500),
  response: answerResponseSchema,
});
export type AnswerPayload = z.infer<typeof answerPayloadSchema>;

export const hostAttachPayloadSchema = z.object({ gameId: z.uuid() });
export const hostRemovePlayerPayloadSchema = z.object({ gameId: z.uuid(), playerId: z.uuid() });
/** Where a host saw the game: its phase and the question it is at (-1 in the lobby). */
export interface LiveStep {
  phase: LivePhase;
  index: number;
}
const liveStepSchema = z.object({
  phase: z.enum(['LOBBY', 'QUESTION', 'REVEAL', 'LEADERBOARD', 'ENDED']),
  index: z.number().int().min(-1).max(500),
});
/**
 * `from`: where the host saw the game when it pressed. The command runs only if the
 * game is still there, so resending a command whose reply was lost (it ran) does not
 * move the game on twice.
 */
export const hostCommandPayloadSchema = z.object({ gameId: z.uuid(), from: liveStepSchema.optional() });
export type HostCommandPayload = z.infer<typeof hostCommandPayloadSchema>;
export const screenAttachPayloadSchema = z.object({ pin: z.string().regex(/^\d{6}$/) });
export const timeSyncPayloadSchema = z.object({ clientSentAt: z.number().finite() });

// ---------- server → client views ----------

export interface LiveOptionView {
  id: string;
  text: string;
}

/** A question as players and the screen see it before the reveal: no answer in it. */
export interface LiveQuestionView {
  index: number;
  count: number;
  type: QuestionType;
  prompt: string;
  /** In display order (shuffled per game when the quiz says so). Empty for NUMERIC. */
  options: LiveOptionView[];
  numericUnit: string | null;
  /** The question's image (hashed URL, alt text): loaded during the reading time. Never part of the answer. */
  image?: QuestionImageView | null;
  points: number;
  timeLimitMs: number;
  /** Server times (ms since epoch). */
  shownAt: number;
  opensAt: number;
  closesAt: number;
  graceMs: number;
}

export interface LiveRevealView {
  index: number;
  /** Correct option ids (ORDERING: the correct order). */
  correctOptionIds: string[];
  correctValue: number | null;
  /** Per option id (or per value bucket for NUMERIC: "correct"/"wrong"): how many chose it. */
  distribution: Record<string, number>;
  answered: number;
  explanation: string;
  sectionTitle: string | null;
}

export interface LivePlayerRow {
  playerId: string;
  name: string;
  unitName: string | null;
  score: number;
  rank: number;
  /** Identified as a roster person; false = a guest ("Khách"): shown, never counted for a unit. */
  verified: boolean;
}

/**
 * A unit on the board, as shared `rankUnits` ranks it (the one participation definition):
 * `verified` ÷ `eligiblePopulation` (of `populationKind`) is the rate; guests and other
 * kinds are shown apart.
 */
export interface LiveUnitRow {
  unitId: string;
  unitName: string;
  /** Seats that named the unit, guests included. */
  players: number;
  /** Counted: verified persons of the kind who answered (before rosters: every player). */
  verified: number;
  guests: number;
  otherKinds: number;
  populationKind: string;
  populationSource: PopulationSource;
  eligiblePopulation: number;
  participationRate: number;
  meanScore: number;
  score: number;
  rank: number;
  /** Rank before the last question, for the screen's animation. */
  previousRank: number | null;
}

/**
 * The board after a question. Hosts and screens get the top ten players and every unit;
 * a phone gets the top five and no unit rows (its own unit's row is in `you.unit`), so its
 * frame stays small however many units and players there are.
 */
export interface LiveLeaderboardView {
  afterQuestion: number;
  topPlayers: LivePlayerRow[];
  units: LiveUnitRow[];
  /** Which formula the unit ranking uses: shown on screen (fair comparisons). */
  unitAggregation: UnitAggregation;
  /** VERIFIED: units count verified roster persons who answered; BEFORE_ROSTERS: every player, as then. */
  participationBasis: ParticipationBasis;
  /** Verified players in the game (not removed). */
  verifiedPlayers: number;
  /** Guests in the game: shown apart, never counted for a unit. */
  guests: number;
}

/** What one player knows about themself. */
export interface LiveYouView {
  playerId: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  /** Identified as a roster person (false: a guest). */
  verified: boolean;
  score: number;
  rank: number | null;
  /** The answer this player gave to the current question, if any: locked in. */
  currentAnswer: AnswerResponse | null;
  /** Outcome of the last revealed question for this player. */
  lastResult: { questionIndex: number; credit: number; points: number } | null;
  /**
   * Fully correct answers in a row up to the last reveal; null while a question is open (an
   * answer moves the streak at once, so it would tell whether the answer is right).
   */
  streak: number | null;
  /** This player's unit on the last leaderboard (LEADERBOARD and ENDED): phones get no other unit rows. */
  unit: LiveUnitRow | null;
}

export interface LiveLobbyView {
  players: number;
  /** Of them, guests (not identified from a roster). */
  guests: number;
  /** Players per unit (for the lobby grouped by unit); empty in a phone's state, which shows only the counts. */
  byUnit: { unitId: string | null; unitName: string | null; names: string[]; count: number }[];
}

/** The complete state a client needs to render: sent on join/resume/attach and on every phase change. */
export interface LiveStateView {
  gameId: string;
  pin: string;
  title: string;
  phase: LivePhase;
  paused: boolean;
  /** The host closed the game to new players. */
  joinLocked: boolean;
  /** The game's settings, for hosts and screens; null in a phone's state (a phone shows none of them). */
  settings: LiveGameSettings | null;
  questionCount: number;
  question: LiveQuestionView | null;
  reveal: LiveRevealView | null;
  leaderboard: LiveLeaderboardView | null;
  /** Final standings, in the ENDED phase. */
  podium: LivePlayerRow[] | null;
  lobby: LiveLobbyView;
  /** Answers received for the current question (host and screen). */
  answeredCount: number;
  serverTime: number;
  you: LiveYouView | null;
}

/** The step a state shows (what a host command's `from` says). */
export function liveStepOf(state: LiveStateView): LiveStep {
  switch (state.phase) {
    case 'QUESTION':
      return { phase: state.phase, index: state.question?.index ?? -1 };
    case 'REVEAL':
      return { phase: state.phase, index: state.reveal?.index ?? -1 };
    case 'LEADERBOARD':
      return { phase: state.phase, index: state.leaderboard?.afterQuestion ?? -1 };
    case 'ENDED':
      return { phase: state.phase, index: state.questionCount - 1 };
    case 'LOBBY':
      return { phase: state.phase, index: -1 };
  }
}

export type AnswerAckStatus = 'accepted' | 'duplicate' | 'rejected';

export type AnswerRejectReason =
  'NOT_OPEN_YET' | 'CLOSED' | 'WRONG_QUESTION' | 'NOT_JOINED' | 'REMOVED' | 'INVALID_RESPONSE' | 'RATE_LIMITED';

export interface AnswerAck {
  status: AnswerAckStatus;
  reason?: AnswerRejectReason;
  /** Server receipt time; acks are sent only after the answer is committed to PostgreSQL. */
  receivedAt?: number;
}

export type LiveErrorReason =
  | 'INVALID_PAYLOAD'
  | 'GAME_NOT_FOUND'
  | 'GAME_ENDED'
  | 'LATE_JOIN_CLOSED'
  /** The host closed the game to new players. */
  | 'LOBBY_LOCKED'
  | 'NAME_REFUSED'
  | 'NAME_TAKEN'
  /** The game admits roster persons only: a personal code or name + birth year is needed. */
  | 'IDENTITY_REQUIRED'
  /** The code, or the name and birth year, do not match the roster (the same refusal whatever was wrong). */
  | 'IDENTITY_NOT_CONFIRMED'
  | 'UNKNOWN_UNIT'
  | 'RESUME_INVALID'
  /** The host removed this player: their token, their personal code, or their name from their address stays refused in this game. */
  | 'REMOVED_FROM_GAME'
  | 'NOT_ALLOWED'
  | 'RATE_LIMITED'
  | 'INVALID_COMMAND';

export type LiveAck<T> = ({ ok: true } & T) | SocketRefusal<LiveErrorReason>;

/** Events the server emits to clients. */
export interface LiveServerEvents {
  'game:state': (state: LiveStateView) => void;
  /** Host and screen: the running count of answers to the current question. */
  'game:answers': (payload: { questionIndex: number; answered: number; players: number }) => void;
  /** Host and screen: the lobby changed. */
  'game:lobby': (lobby: LiveLobbyView) => void;
  /** This player was removed by the host. */
  'player:removed': () => void;
}

/** Events clients send; each carries an ack callback. */
export interface LiveClientEvents {
  'player:join': (
    payload: JoinPayload,
    ack: (result: LiveAck<{ resumeToken: string; state: LiveStateView }>) => void,
  ) => void;
  'player:resume': (payload: ResumePayload, ack: (result: LiveAck<{ state: LiveStateView }>) => void) => void;
  'player:answer': (payload: AnswerPayload, ack: (result: AnswerAck) => void) => void;
  'host:attach': (payload: { gameId: string }, ack: (result: LiveAck<{ state: LiveStateView }>) => void) => void;
  'host:start': (payload: HostCommandPayload, ack: (result: LiveAck<object>) => void) => void;
  'host:next': (payload: HostCommandPayload, ack: (result: LiveAck<object>) => void) => void;
  'host:pause': (payload: HostCommandPayload, ack: (result: LiveAck<object>) => void) => void;
  'host:resume': (payload: HostCommandPayload, ack: (result: LiveAck<object>) => void) => void;
  'host:skip': (payload: HostCommandPayload, ack: (result: LiveAck<object>) => void) => void;
  'host:end': (payload: HostCommandPayload, ack: (result: LiveAck<object>) => void) => void;
  /** The game takes no new players (seated ones may still come back), or takes them again. */
  'host:lock': (payload: HostCommandPayload, ack: (result: LiveAck<object>) => void) => void;
  'host:unlock': (payload: HostCommandPayload, ack: (result: LiveAck<object>) => void) => void;
  'host:remove-player': (payload: { gameId: string; playerId: string }, ack: (result: LiveAck<object>) => void) => void;
  'screen:attach': (payload: { pin: string }, ack: (result: LiveAck<{ state: LiveStateView }>) => void) => void;
  'time:sync': (
    payload: { clientSentAt: number },
    ack: (result: { clientSentAt: number; serverTime: number }) => void,
  ) => void;
}
