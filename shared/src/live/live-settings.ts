import { z } from 'zod';

/** How a correct answer scores (DESIGN.md, Scoring). */
export const ScoringMode = {
  /** round(P × (1 − (t/T)/2)): faster correct answers score more. */
  SPEED: 'SPEED',
  /** A flat P for a correct answer; time only breaks ties. */
  ACCURACY: 'ACCURACY',
} as const;
export type ScoringMode = (typeof ScoringMode)[keyof typeof ScoringMode];

/** How a unit's score in a game is formed from its players' totals. */
export const UnitAggregation = {
  /** Mean of its players' totals. */
  MEAN: 'MEAN',
  /** Mean of its players' totals × participation rate (players ÷ eligible population, at most 1). */
  PARTICIPATION_WEIGHTED: 'PARTICIPATION_WEIGHTED',
} as const;
export type UnitAggregation = (typeof UnitAggregation)[keyof typeof UnitAggregation];

export const LeaderboardMode = { AFTER_EACH_QUESTION: 'AFTER_EACH_QUESTION', END_ONLY: 'END_ONLY' } as const;
export type LeaderboardMode = (typeof LeaderboardMode)[keyof typeof LeaderboardMode];

export const liveGameSettingsSchema = z.object({
  scoringMode: z.enum(['SPEED', 'ACCURACY']).default('SPEED'),
  streakBonus: z.boolean().default(false),
  unitAggregation: z.enum(['MEAN', 'PARTICIPATION_WEIGHTED']).default('MEAN'),
  leaderboardMode: z.enum(['AFTER_EACH_QUESTION', 'END_ONLY']).default('AFTER_EACH_QUESTION'),
  podiumPlaces: z.number().int().min(1).max(10).default(3),
  allowLateJoin: z.boolean().default(true),
  /** Multiplies every question's time limit (accessibility: older players). */
  timeMultiplier: z.number().min(1).max(3).default(1),
  /** Seconds the question is shown before the options open. */
  readingSeconds: z.number().int().min(0).max(30).default(4),
  /**
   * A self-running game: after each reveal and each leaderboard the game moves on by itself
   * after `revealSeconds` / `leaderboardSeconds` (the host may still go on sooner, or pause).
   */
  autoAdvance: z.boolean().default(false),
  revealSeconds: z.number().int().min(2).max(120).default(8),
  leaderboardSeconds: z.number().int().min(2).max(120).default(6),
  /** Who may play: anyone, roster persons first (guests marked), or roster persons only. */
  identityMode: z.enum(['OPEN', 'ROSTER_PREFERRED', 'ROSTER_ONLY']).default('OPEN'),
  /** The population kind unit rates divide by; null = each unit's main kind. */
  populationKind: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{1,29}$/)
    .nullable()
    .default(null),
});
export type LiveGameSettings = z.infer<typeof liveGameSettingsSchema>;
export const DEFAULT_LIVE_GAME_SETTINGS: LiveGameSettings = liveGameSettingsSchema.parse({});

/** Published grace after the deadline: answers received within it still count (network latency). */
export const ANSWER_GRACE_MS = 500;
