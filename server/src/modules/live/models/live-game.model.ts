import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  LeaderboardMode,
  ScoringMode,
  UnitAggregation,
  type IdentityMode,
  type LiveGameSettings,
  type LivePhase,
  type ParticipationBasis,
  type PopulationSource,
} from '@thidua/shared';
import { LiveGameStatus, LivePhaseEnum, type LiveGameStatusValue } from './live-enums.js';

@ObjectType('LiveGameSettings')
export class LiveGameSettingsModel {
  @Field(() => ScoringMode)
  scoringMode: ScoringMode;

  @Field()
  streakBonus: boolean;

  @Field(() => UnitAggregation)
  unitAggregation: UnitAggregation;

  @Field(() => LeaderboardMode)
  leaderboardMode: LeaderboardMode;

  @Field(() => Int)
  podiumPlaces: number;

  @Field()
  allowLateJoin: boolean;

  @Field(() => Float)
  timeMultiplier: number;

  @Field(() => Int)
  readingSeconds: number;

  @Field({ description: 'A self-running game: it moves on by itself after each reveal and leaderboard' })
  autoAdvance: boolean;

  @Field(() => Int)
  revealSeconds: number;

  @Field(() => Int)
  leaderboardSeconds: number;

  @Field(() => String, {
    description: 'Who may play: OPEN (anyone), ROSTER_PREFERRED (roster persons first, guests marked), ROSTER_ONLY',
  })
  identityMode: IdentityMode;

  @Field(() => String, {
    nullable: true,
    description: "The population kind unit rates divide by (a PopulationKind code); null = each unit's main kind",
  })
  populationKind: string | null;
}

@ObjectType('LiveGame')
export class LiveGameModel {
  @Field(() => ID)
  id: string;

  @Field({ description: '6 digits; unique among games that have not ended' })
  pin: string;

  @Field()
  title: string;

  @Field(() => LiveGameStatus)
  status: LiveGameStatusValue;

  @Field(() => ID, { nullable: true, description: 'Null once the quiz was deleted (the game keeps its questions)' })
  quizId: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field(() => Int, { description: 'Players who joined and were not removed' })
  playerCount: number;

  @Field(() => LiveGameSettingsModel)
  settings: LiveGameSettings;

  @Field(() => String, {
    description: 'VERIFIED: units count verified roster persons who answered; BEFORE_ROSTERS: every player, as then',
  })
  participationBasis: ParticipationBasis;

  @Field({ description: 'Path players open to join, e.g. /play/123456 (a unit QR adds ?unit=<id>)' })
  joinPath: string;
}

@ObjectType('LiveJoinUnit')
export class LiveJoinUnitModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  kind: string;

  @Field(() => String, { nullable: true })
  parentName: string | null;
}

@ObjectType('LiveGameJoinInfo', { description: 'What a phone needs before joining: no answer, no player data' })
export class LiveGameJoinInfoModel {
  @Field(() => ID)
  gameId: string;

  @Field()
  title: string;

  @Field(() => LivePhaseEnum)
  phase: LivePhase;

  @Field()
  allowLateJoin: boolean;

  @Field(() => String, {
    description:
      'OPEN (a typed name; a personal code is optional), ROSTER_PREFERRED (identify first, guests allowed) or ROSTER_ONLY',
  })
  identityMode: IdentityMode;

  @Field(() => [LiveJoinUnitModel], {
    description: 'Units players may pick: classes, TDPs, departments... (no WARD/GROUP)',
  })
  units: LiveJoinUnitModel[];
}

@ObjectType('LiveResultPlayer')
export class LiveResultPlayerModel {
  @Field(() => ID)
  playerId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field(() => Int)
  score: number;

  @Field(() => Int)
  rank: number;

  @Field(() => Int)
  correctCount: number;

  @Field(() => Int)
  answeredCount: number;

  @Field({ description: 'Identified as a roster person; false = a guest (shown, never counted for a unit)' })
  verified: boolean;
}

@ObjectType('LiveResultQuestion')
export class LiveResultQuestionModel {
  @Field(() => Int)
  index: number;

  @Field()
  prompt: string;

  @Field()
  type: string;

  @Field(() => Int)
  answered: number;

  @Field(() => Float, { description: 'Share of answers that were fully correct (0–1)' })
  correctShare: number;

  @Field(() => Float, { nullable: true })
  averageTimeMs: number | null;
}

@ObjectType('LiveResultUnit')
export class LiveResultUnitModel {
  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => Int, { description: 'Seats that named the unit, guests included' })
  players: number;

  @Field(() => Int, {
    description: 'Counted: verified persons of the kind who answered (before rosters: every player)',
  })
  verified: number;

  @Field(() => Int, { description: 'Guests who named the unit: shown apart, never counted' })
  guests: number;

  @Field(() => Int, { description: 'Verified persons of another kind: shown apart, not counted' })
  otherKinds: number;

  @Field({ description: 'The population kind the rate divides by' })
  populationKind: string;

  @Field(() => String, { description: 'ROSTER (verified) or DECLARED (declared, not verified)' })
  populationSource: PopulationSource;

  @Field(() => Int, { description: 'The population of that kind: verified ÷ this is the rate' })
  eligiblePopulation: number;

  @Field(() => Float)
  participationRate: number;

  @Field(() => Float)
  meanScore: number;

  @Field(() => Float)
  score: number;

  @Field(() => Int)
  rank: number;
}

@ObjectType('LiveGameResults')
export class LiveGameResultsModel {
  @Field(() => LiveGameModel)
  game: LiveGameModel;

  @Field(() => UnitAggregation)
  unitAggregation: UnitAggregation;

  @Field(() => String, { description: 'VERIFIED or BEFORE_ROSTERS: how the unit figures were counted' })
  participationBasis: ParticipationBasis;

  @Field(() => Int)
  verifiedPlayers: number;

  @Field(() => Int, { description: 'Guests in the game: shown apart, never counted for a unit' })
  guests: number;

  @Field(() => [LiveResultPlayerModel])
  players: LiveResultPlayerModel[];

  @Field(() => [LiveResultQuestionModel])
  questions: LiveResultQuestionModel[];

  @Field(() => [LiveResultUnitModel])
  units: LiveResultUnitModel[];
}
