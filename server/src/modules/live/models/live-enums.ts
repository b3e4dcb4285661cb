import { registerEnumType } from '@nestjs/graphql';
import { LeaderboardMode, ScoringMode, UnitAggregation } from '@thidua/shared';

registerEnumType(ScoringMode, {
  name: 'ScoringMode',
  description: 'SPEED: faster correct answers score more; ACCURACY: flat points',
});
registerEnumType(UnitAggregation, {
  name: 'UnitAggregation',
  description: "How a unit's game score is formed: mean of its players, or mean × participation rate",
});
registerEnumType(LeaderboardMode, { name: 'LeaderboardMode' });

export const LiveGameStatus = { LOBBY: 'LOBBY', RUNNING: 'RUNNING', ENDED: 'ENDED' } as const;
export type LiveGameStatusValue = (typeof LiveGameStatus)[keyof typeof LiveGameStatus];
registerEnumType(LiveGameStatus, { name: 'LiveGameStatus' });

export const LivePhaseEnum = {
  LOBBY: 'LOBBY',
  QUESTION: 'QUESTION',
  REVEAL: 'REVEAL',
  LEADERBOARD: 'LEADERBOARD',
  ENDED: 'ENDED',
} as const;
registerEnumType(LivePhaseEnum, { name: 'LivePhase' });
