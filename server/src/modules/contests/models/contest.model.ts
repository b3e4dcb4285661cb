import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AnswerKeyReveal,
  ContestStatus,
  IdentityMode,
  ParticipationBasis,
  CountingAttempt,
  Difficulty,
  PredictionKind,
  RankingCriterion,
  type AnswerKeyReveal as AnswerKeyRevealType,
  type ContestStatus as ContestStatusType,
  type IdentityMode as IdentityModeType,
  type ParticipationBasis as ParticipationBasisType,
  type CountingAttempt as CountingAttemptType,
  type Difficulty as DifficultyType,
  type PredictionKind as PredictionKindType,
  type RankingCriterion as RankingCriterionType,
} from '@thidua/shared';
import type { ContestRound } from '../entities/contest-round.entity.js';
import type { Contest } from '../entities/contest.entity.js';
import './contest-enums.js';

@ObjectType('ContestDrawRule')
export class ContestDrawRuleModel {
  @Field(() => ID, { nullable: true })
  sectionId: string | null;

  @Field(() => String, { nullable: true })
  tag: string | null;

  @Field(() => Difficulty, { nullable: true })
  difficulty: DifficultyType | null;

  @Field(() => Int)
  count: number;
}

@ObjectType('PrizeTier')
export class PrizeTierModel {
  @Field()
  label: string;

  @Field(() => Int)
  count: number;

  @Field(() => Float)
  unitPoints: number;
}

@ObjectType('UnitPrize', { description: 'Unit prize score = participation rate × participationPoints + prize points' })
export class UnitPrizeModel {
  @Field(() => Float)
  participationPoints: number;

  @Field(() => [PrizeTierModel])
  prizeTiers: PrizeTierModel[];
}

@ObjectType('ContestRound')
export class ContestRoundModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Date, { nullable: true })
  frozenAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}

@ObjectType('Contest', { description: 'A contest as admins and reviewers see it' })
export class ContestModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The short link /c/<slug>' })
  slug: string;

  @Field()
  rulesText: string;

  @Field(() => ContestStatus)
  status: ContestStatusType;

  @Field(() => [ID], { description: 'Empty: every unit' })
  eligibleUnitIds: string[];

  @Field(() => [ContestDrawRuleModel])
  drawRules: ContestDrawRuleModel[];

  @Field(() => Int)
  questionsPerAttempt: number;

  @Field()
  shuffleOptions: boolean;

  @Field(() => Int)
  timeLimitSeconds: number;

  @Field(() => Int)
  attemptsPerRound: number;

  @Field(() => CountingAttempt)
  countingAttempt: CountingAttemptType;

  @Field(() => PredictionKind)
  predictionKind: PredictionKindType;

  @Field(() => [RankingCriterion])
  rankingChain: RankingCriterionType[];

  @Field(() => UnitPrizeModel)
  unitPrize: UnitPrizeModel;

  @Field(() => IdentityMode)
  identityMode: IdentityModeType;

  @Field(() => String, { nullable: true, description: 'The kind unit rates divide by; null = each unit’s main kind' })
  populationKind: string | null;

  @Field(() => AnswerKeyReveal)
  answerKeyReveal: AnswerKeyRevealType;

  @Field(() => ParticipationBasis)
  participationBasis: ParticipationBasisType;

  @Field(() => [ContestRoundModel])
  rounds: ContestRoundModel[];

  @Field()
  isDemo: boolean;

  @Field()
  createdAt: Date;
}

export function toRoundModel(r: ContestRound): ContestRoundModel {
  return {
    id: r.id,
    name: r.name,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    frozenAt: r.frozenAt,
    publishedAt: r.publishedAt,
  };
}

export function toContestModel(c: Contest, rounds: ContestRound[]): ContestModel {
  return {
    id: c.id,
    title: c.title,
    slug: c.slug,
    rulesText: c.rulesText,
    status: c.status,
    eligibleUnitIds: c.eligibleUnitIds,
    drawRules: c.drawRules,
    questionsPerAttempt: c.questionsPerAttempt,
    shuffleOptions: c.shuffleOptions,
    timeLimitSeconds: c.timeLimitSeconds,
    attemptsPerRound: c.attemptsPerRound,
    countingAttempt: c.countingAttempt,
    predictionKind: c.predictionKind,
    rankingChain: c.rankingChain,
    unitPrize: c.unitPrize,
    identityMode: c.identityMode,
    populationKind: c.populationKind,
    answerKeyReveal: c.answerKeyReveal,
    participationBasis: c.participationBasis,
    rounds: rounds.map(toRoundModel),
    isDemo: c.isDemo,
    createdAt: c.createdAt,
  };
}
