import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ContestFlagKind,
  IdentityMode,
  ParticipationBasis,
  PopulationSource,
  type IdentityMode as IdentityModeType,
  type ParticipationBasis as ParticipationBasisType,
  type PopulationSource as PopulationSourceType,
  FlagResolution,
  PredictionKind,
  RankingCriterion,
  type ContestFlagKind as ContestFlagKindType,
  type FlagResolution as FlagResolutionType,
  type PredictionKind as PredictionKindType,
  type RankingCriterion as RankingCriterionType,
} from '@thidua/shared';
import './contest-enums.js';
// PopulationSource is registered by the people module.
import '../../people/models/unit-population.model.js';

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

  @Field({ description: 'Empty for a roster entrant who gave no phone' })
  phoneMasked: string;

  @Field({ description: 'Identified from the roster; unverified entrants never count for a unit' })
  verified: boolean;

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

  @Field()
  verified: boolean;

  @Field()
  phoneMasked: string;

  @Field({ description: 'Whether the number is kept encrypted, so that an admin can reveal it (revealWinnerPhone)' })
  phoneKept: boolean;

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

  @Field(() => Int, {
    description: 'Distinct verified roster persons of the kind with a submitted attempt (with the sub-units’)',
  })
  entrants: number;

  @Field(() => Int, { description: 'Entrants known only by phone: shown apart, never counted' })
  unverified: number;

  @Field(() => Int, { description: 'Verified persons of another population kind: shown apart, not counted' })
  otherKinds: number;

  @Field(() => Int)
  eligiblePopulation: number;

  @Field({ description: 'The population kind the rate divides by' })
  populationKind: string;

  @Field(() => PopulationSource, { description: 'ROSTER, or DECLARED (declared, not verified)' })
  populationSource: PopulationSourceType;

  @Field(() => Float, { description: 'entrants ÷ eligible population (0..1), the shared participation()' })
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
  verifiedEntrants: number;

  @Field(() => Int)
  unverifiedEntrants: number;

  @Field({ description: 'How unit participation is computed (shown with the unit table)' })
  participationFormula: string;

  @Field(() => ParticipationBasis)
  participationBasis: ParticipationBasisType;

  @Field(() => IdentityMode)
  identityMode: IdentityModeType;

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
