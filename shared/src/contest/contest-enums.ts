/** Vocabulary of online contests (cuộc thi trắc nghiệm trực tuyến). */

export const ContestStatus = { DRAFT: 'DRAFT', OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
export type ContestStatus = (typeof ContestStatus)[keyof typeof ContestStatus];

/** Which of an entrant's attempts in a round counts: the best one (default) or the last one. */
export const CountingAttempt = { BEST: 'BEST', LAST: 'LAST' } as const;
export type CountingAttempt = (typeof CountingAttempt)[keyof typeof CountingAttempt];

/** The prediction question (câu hỏi dự đoán), the usual tie-break. */
export const PredictionKind = {
  NONE: 'NONE',
  /** "How many people will take part in this round?" */
  PARTICIPANTS: 'PARTICIPANTS',
  /** "How many people will answer every question correctly in this round?" */
  PERFECT_SCORES: 'PERFECT_SCORES',
} as const;
export type PredictionKind = (typeof PredictionKind)[keyof typeof PredictionKind];

/** One link of the published ranking chain. */
export const RankingCriterion = {
  /** Higher score first. */
  SCORE: 'SCORE',
  /** Smaller |prediction − actual| first; no prediction ranks after every prediction. */
  PREDICTION: 'PREDICTION',
  /** Shorter attempt first. */
  DURATION: 'DURATION',
  /** Earlier submission first. */
  SUBMITTED_AT: 'SUBMITTED_AT',
} as const;
export type RankingCriterion = (typeof RankingCriterion)[keyof typeof RankingCriterion];
export const RANKING_CRITERIA: readonly RankingCriterion[] = Object.values(RankingCriterion);

/** DESIGN.md default: score ↓, |prediction − actual| ↑, duration ↑, submitted-at ↑. */
export const DEFAULT_RANKING_CHAIN: readonly RankingCriterion[] = ['SCORE', 'PREDICTION', 'DURATION', 'SUBMITTED_AT'];

/** When an entrant sees the correct answers of their attempt. */
export const AnswerKeyReveal = {
  /** Once the round has closed, so a key cannot be harvested while others still play (default). */
  AFTER_ROUND_CLOSES: 'AFTER_ROUND_CLOSES',
  /** Right after each attempt (practice contests); an empty or near-empty attempt still reveals nothing. */
  AFTER_EACH_ATTEMPT: 'AFTER_EACH_ATTEMPT',
  NEVER: 'NEVER',
} as const;
export type AnswerKeyReveal = (typeof AnswerKeyReveal)[keyof typeof AnswerKeyReveal];
export const ANSWER_KEY_REVEALS: readonly AnswerKeyReveal[] = Object.values(AnswerKeyReveal);

/** Why an attempt's result shows, or does not show, the correct answers. */
export const AnswerKeyDecision = {
  REVEALED: 'REVEALED',
  /** AFTER_ROUND_CLOSES and the attempt's round is still running. */
  ROUND_OPEN: 'ROUND_OPEN',
  /** The contest never shows its key. */
  NEVER: 'NEVER',
  /** Fewer than half the questions answered: such an attempt would only probe the key. */
  NEARLY_EMPTY: 'NEARLY_EMPTY',
} as const;
export type AnswerKeyDecision = (typeof AnswerKeyDecision)[keyof typeof AnswerKeyDecision];

/**
 * Whether an attempt's result may show the correct answers and explanations: as the
 * contest's setting says, and never for an empty or near-empty attempt (fewer than half
 * the questions answered), so that empty attempts cannot harvest the key.
 */
export function answerKeyDecision(
  setting: AnswerKeyReveal,
  attempt: { answeredCount: number; questionCount: number; roundEnded: boolean },
): AnswerKeyDecision {
  if (setting === 'NEVER') return 'NEVER';
  if (attempt.answeredCount * 2 < attempt.questionCount) return 'NEARLY_EMPTY';
  if (setting === 'AFTER_ROUND_CLOSES' && !attempt.roundEnded) return 'ROUND_OPEN';
  return 'REVEALED';
}

export const ContestFlagKind = {
  /** Answered faster than a person can read. */
  IMPLAUSIBLE_TIMING: 'IMPLAUSIBLE_TIMING',
  /** The same phone registered under another name (or another birth year). */
  DUPLICATE_PERSON: 'DUPLICATE_PERSON',
  /** Every answer correct at an even pace: the pattern of answers typed from a harvested key. */
  UNIFORM_TIMING: 'UNIFORM_TIMING',
  /** Submitted with no (or almost no) answer: a seat taken, or a key being probed. */
  EMPTY_SUBMISSION: 'EMPTY_SUBMISSION',
} as const;
export type ContestFlagKind = (typeof ContestFlagKind)[keyof typeof ContestFlagKind];

/** What an admin decided about a flag. DISQUALIFIED removes the entrant from rankings and prizes. */
export const FlagResolution = { DISMISSED: 'DISMISSED', DISQUALIFIED: 'DISQUALIFIED' } as const;
export type FlagResolution = (typeof FlagResolution)[keyof typeof FlagResolution];

/** One prize tier of individual prizes, and what it brings to the winner's unit. */
export interface PrizeTier {
  /** e.g. "Giải Nhất". */
  label: string;
  /** How many entrants win it. */
  count: number;
  /** Points added to the winner's unit prize score (real contests: first 10, second 8, third 6…). */
  unitPoints: number;
}

/**
 * The collective (unit) prize score: participation rate × `participationPoints`
 * (70 % → 70 points with 100) + the unit points of every prize its entrants won.
 */
export interface UnitPrizeConfig {
  participationPoints: number;
  prizeTiers: PrizeTier[];
}

export const DEFAULT_UNIT_PRIZE: UnitPrizeConfig = {
  participationPoints: 100,
  prizeTiers: [
    { label: 'Giải Nhất', count: 1, unitPoints: 10 },
    { label: 'Giải Nhì', count: 2, unitPoints: 8 },
    { label: 'Giải Ba', count: 3, unitPoints: 6 },
    { label: 'Giải Khuyến khích', count: 5, unitPoints: 2 },
  ],
};

/** Seconds after the deadline during which saves and submissions are still accepted (network delay). */
export const CONTEST_GRACE_SECONDS = 5;
/** Below this many ms per answered question an attempt is flagged as implausibly fast. */
export const MIN_PLAUSIBLE_MS_PER_QUESTION = 2000;
