import { RANKING_CRITERIA } from '@thidua/shared';
import type {
  AnswerKeyReveal,
  ContestFieldsFragment,
  IdentityMode,
  CountingAttempt,
  CreateContestInput,
  Difficulty,
  PredictionKind,
  RankingCriterion,
} from '../../../generated/graphql';

/**
 * The contest set-up form as the inputs hold it (numbers as typed text, dates as
 * `datetime-local` values) and the two conversions: from a saved contest, and to
 * the `CreateContestInput` the server takes.
 */
export interface RoundRow {
  name: string;
  startsAt: string;
  endsAt: string;
}
export interface DrawRow {
  sectionId: string;
  difficulty: Difficulty | '';
  count: string;
}
export interface TierRow {
  label: string;
  count: string;
  unitPoints: string;
}

export interface ContestFormState {
  title: string;
  rulesText: string;
  rounds: RoundRow[];
  eligibleUnitIds: string[];
  drawRules: DrawRow[];
  timeLimitMinutes: string;
  attemptsPerRound: string;
  countingAttempt: CountingAttempt;
  predictionKind: PredictionKind;
  shuffleOptions: boolean;
  rankingChain: RankingCriterion[];
  participationPoints: string;
  prizeTiers: TierRow[];
  /** Who may enter: anyone, roster first (phone entrants unverified), roster only. */
  identityMode: IdentityMode;
  /** The kind unit rates divide by; '' = each unit's main kind. */
  populationKind: string;
  answerKeyReveal: AnswerKeyReveal;
}

export const IDENTITY_MODES = ['OPEN', 'ROSTER_PREFERRED', 'ROSTER_ONLY'] as const;
export const ANSWER_KEY_REVEALS = ['AFTER_ROUND_CLOSES', 'AFTER_EACH_ATTEMPT', 'NEVER'] as const;

export const DIFFICULTIES = ['EASY', 'MEDIUM', 'HARD'] as const;
export const PREDICTION_KINDS = ['NONE', 'PARTICIPANTS', 'PERFECT_SCORES'] as const;

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** ISO → the value of an <input type="datetime-local"> in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(value: string): string {
  return new Date(value).toISOString();
}

/** The names a new contest starts with, in the user's language (`contests.setup.defaults`). */
export interface ContestDefaultNames {
  /** "Đợt 3" for n = 3. */
  round: (n: number) => string;
  /** First, second, third and consolation prize. */
  tiers: readonly [string, string, string, string];
}

/** A round of one week right after the last one (or from now when there is none). */
export function nextRound(rounds: readonly RoundRow[], name: string): RoundRow {
  const last = rounds[rounds.length - 1];
  const start = last ? new Date(last.endsAt).getTime() : Date.now();
  return {
    name,
    startsAt: toLocalInput(new Date(start).toISOString()),
    endsAt: toLocalInput(new Date(start + WEEK_MS).toISOString()),
  };
}

export const NEW_DRAW_RULE: DrawRow = { sectionId: '', difficulty: '', count: '1' };
export const NEW_PRIZE_TIER: TierRow = { label: '', count: '1', unitPoints: '0' };

function fromContest(contest: ContestFieldsFragment): ContestFormState {
  return {
    title: contest.title,
    rulesText: contest.rulesText,
    rounds: contest.rounds.map((r) => ({
      name: r.name,
      startsAt: toLocalInput(r.startsAt),
      endsAt: toLocalInput(r.endsAt),
    })),
    eligibleUnitIds: [...contest.eligibleUnitIds],
    drawRules: contest.drawRules.map((r) => ({
      sectionId: r.sectionId ?? '',
      difficulty: r.difficulty ?? '',
      count: String(r.count),
    })),
    timeLimitMinutes: String(Math.round(contest.timeLimitSeconds / 60)),
    attemptsPerRound: String(contest.attemptsPerRound),
    countingAttempt: contest.countingAttempt,
    predictionKind: contest.predictionKind,
    shuffleOptions: contest.shuffleOptions,
    rankingChain: [...contest.rankingChain],
    participationPoints: String(contest.unitPrize.participationPoints),
    prizeTiers: contest.unitPrize.prizeTiers.map((p) => ({
      label: p.label,
      count: String(p.count),
      unitPoints: String(p.unitPoints),
    })),
    identityMode: contest.identityMode,
    populationKind: contest.populationKind ?? '',
    answerKeyReveal: contest.answerKeyReveal,
  };
}

/** A new contest: four weekly rounds from next Monday, ten questions, the usual prizes. */
function newContest(names: ContestDefaultNames): ContestFormState {
  const monday = new Date();
  monday.setHours(0, 0, 0, 0);
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7) + 7);
  return {
    title: '',
    rulesText: '',
    rounds: [0, 1, 2, 3].map((week) => ({
      name: names.round(week + 1),
      startsAt: toLocalInput(new Date(monday.getTime() + week * WEEK_MS).toISOString()),
      endsAt: toLocalInput(new Date(monday.getTime() + (week + 1) * WEEK_MS).toISOString()),
    })),
    eligibleUnitIds: [],
    drawRules: [{ sectionId: '', difficulty: '', count: '10' }],
    timeLimitMinutes: '10',
    attemptsPerRound: '3',
    countingAttempt: 'BEST',
    predictionKind: 'PARTICIPANTS',
    shuffleOptions: true,
    rankingChain: [...RANKING_CRITERIA],
    participationPoints: '100',
    prizeTiers: [
      { label: names.tiers[0], count: '1', unitPoints: '10' },
      { label: names.tiers[1], count: '2', unitPoints: '8' },
      { label: names.tiers[2], count: '3', unitPoints: '6' },
      { label: names.tiers[3], count: '5', unitPoints: '2' },
    ],
    identityMode: 'ROSTER_PREFERRED',
    populationKind: '',
    answerKeyReveal: 'AFTER_ROUND_CLOSES',
  };
}

export function initialContestForm(
  contest: ContestFieldsFragment | null,
  names: ContestDefaultNames,
): ContestFormState {
  return contest ? fromContest(contest) : newContest(names);
}

export function questionCount(state: ContestFormState): number {
  return state.drawRules.reduce((sum, r) => sum + (Number(r.count) || 0), 0);
}

export function toContestInput(state: ContestFormState): CreateContestInput {
  return {
    title: state.title.trim(),
    rulesText: state.rulesText,
    rounds: state.rounds.map((r) => ({
      name: r.name.trim(),
      startsAt: fromLocalInput(r.startsAt),
      endsAt: fromLocalInput(r.endsAt),
    })),
    eligibleUnitIds: state.eligibleUnitIds,
    drawRules: state.drawRules.map((r) => ({
      sectionId: r.sectionId || null,
      difficulty: r.difficulty || null,
      count: Number(r.count),
    })),
    timeLimitSeconds: Math.round(Number(state.timeLimitMinutes) * 60),
    attemptsPerRound: Number(state.attemptsPerRound),
    countingAttempt: state.countingAttempt,
    predictionKind: state.predictionKind,
    shuffleOptions: state.shuffleOptions,
    rankingChain: state.rankingChain,
    unitPrize: {
      participationPoints: Number(state.participationPoints),
      prizeTiers: state.prizeTiers.map((p) => ({
        label: p.label.trim(),
        count: Number(p.count),
        unitPoints: Number(p.unitPoints),
      })),
    },
    identityMode: state.identityMode,
    populationKind: state.populationKind || null,
    answerKeyReveal: state.answerKeyReveal,
  };
}
