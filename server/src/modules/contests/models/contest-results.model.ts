import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ContestFlagKind,
  FlagResolution,
  PredictionKind,
  RankingCriterion,
  type ContestFlagKind as ContestFlagKindType,
  type FlagResolution as FlagResolutionType,
  type PredictionKind as PredictionKindType,
  type RankingCriterion as RankingCriterionType,
} from '@thidua/shared';
import './contest-enums.js';

@ObjectType('ContestIndividualResult')
export class ContestIndividualResultModel {
  @Field(() => Int)
  rank: number;

  @Field(() => ID)
  entrantId: string;

  @Field()
  fullName: string;

  @Field(() => Int)
  birthYear: number;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field()
  phoneMasked: string;

  @Field(() => ID, { description: 'The counting attempt' })
  attemptId: string;

  @Field(() => Int)
  score: number;

  @Field(() => Int)
  maxScore: number;

  @Field(() => Int)
  correctCount: number;

  @Field(() => Int)
  durationMs: number;

  @Field()
  submittedAt: Date;

  @Field(() => Int, { nullable: true })
  prediction: number | null;

  @Field(() => Int, { nullable: true, description: '|prediction − actual|' })
  predictionDistance: number | null;

  @Field(() => RankingCriterion, { nullable: true, description: 'What put this row below the previous one' })
  decidedBy: RankingCriterionType | null;

  @Field(() => Int)
  attemptsUsed: number;

  @Field(() => String, { nullable: true })
  prize: string | null;

  @Field({ description: 'Has an unresolved flag: review before awarding' })
  flagged: boolean;
}

@ObjectType('ContestWinner')
export class ContestWinnerModel {
  @Field(() => Int)
  rank: number;

  @Field()
  prize: string;

  @Field(() => ID)
  entrantId: string;

  @Field()
  fullName: string;

  @Field()
  unitName: string;

  @Field(() => RankingCriterion, { nullable: true, description: 'What put this winner ahead of the next entrant' })
  decidedAgainstNext: RankingCriterionType | null;

  @Field()
  evidence: string;
}

@ObjectType('ContestUnitResult')
export class ContestUnitResultModel {
  @Field(() => Int)
  rank: number;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitCode: string;

  @Field()
  unitName: string;

  @Field(() => Int, { description: 'Distinct entrants with a submitted attempt' })
  entrants: number;

  @Field(() => Int)
  eligiblePopulation: number;

  @Field(() => Float, { description: 'entrants ÷ eligible population' })
  participationRate: number;

  @Field(() => Float, { description: 'Mean of the entrants’ counting scores' })
  averageScore: number;

  @Field(() => Float, { description: 'averageScore ÷ the maximum score, 0..1' })
  averageScoreShare: number;

  @Field(() => Float)
  prizePoints: number;

  @Field(() => Float, { description: 'participationRate × participationPoints + prizePoints' })
  prizeScore: number;
}

@ObjectType('ContestResults')
export class ContestResultsModel {
  @Field(() => ID)
  contestId: string;

  @Field(() => ID, { nullable: true, description: 'Null: the whole contest' })
  roundId: string | null;

  @Field(() => String, { nullable: true })
  roundName: string | null;

  @Field(() => PredictionKind)
  predictionKind: PredictionKindType;

  @Field(() => Int, { nullable: true, description: 'The actual number predictions are compared with' })
  actual: number | null;

  @Field(() => [RankingCriterion])
  rankingChain: RankingCriterionType[];

  @Field(() => Int)
  totalEntrants: number;

  @Field(() => Int)
  totalAttempts: number;

  @Field(() => [ContestIndividualResultModel])
  individuals: ContestIndividualResultModel[];

  @Field(() => [ContestWinnerModel])
  winners: ContestWinnerModel[];

  @Field(() => [ContestUnitResultModel])
  units: ContestUnitResultModel[];
}

@ObjectType('ContestFlag')
export class ContestFlagModel {
  @Field(() => ID)
  id: string;

  @Field(() => ContestFlagKind)
  kind: ContestFlagKindType;

  @Field(() => ID)
  entrantId: string;

  @Field()
  entrantName: string;

  @Field()
  phoneMasked: string;

  @Field(() => ID, { nullable: true })
  attemptId: string | null;

  @Field({ description: 'The facts behind the flag, as JSON' })
  details: string;

  @Field(() => FlagResolution, { nullable: true })
  resolution: FlagResolutionType | null;

  @Field(() => String, { nullable: true })
  resolutionNote: string | null;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Field()
  createdAt: Date;
}
