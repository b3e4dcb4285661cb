import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LeaderboardMode, ScoringMode, UnitAggregation, type LiveGameSettings, type LivePhase } from '@thidua/shared';
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

  @Field(() => Int)
  players: number;

  @Field(() => Int)
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

  @Field(() => [LiveResultPlayerModel])
  players: LiveResultPlayerModel[];

  @Field(() => [LiveResultQuestionModel])
  questions: LiveResultQuestionModel[];

  @Field(() => [LiveResultUnitModel])
  units: LiveResultUnitModel[];
}
