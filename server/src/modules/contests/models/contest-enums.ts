import { registerEnumType } from '@nestjs/graphql';
import {
  ContestFlagKind,
  ContestStatus,
  CountingAttempt,
  FlagResolution,
  PredictionKind,
  RankingCriterion,
} from '@thidua/shared';
// Difficulty and QuestionType are registered by the content module.
import '../../content/models/content-enums.js';

registerEnumType(ContestStatus, { name: 'ContestStatus', description: 'DRAFT → OPEN → CLOSED' });
registerEnumType(CountingAttempt, {
  name: 'CountingAttempt',
  description: 'Which attempt of a round counts: BEST (default) or LAST',
});
registerEnumType(PredictionKind, {
  name: 'PredictionKind',
  description: 'The prediction question: none, the number of participants, or of perfect scores',
});
registerEnumType(RankingCriterion, {
  name: 'RankingCriterion',
  description: 'SCORE ↓, PREDICTION (|prediction − actual|) ↑, DURATION ↑, SUBMITTED_AT ↑',
});
registerEnumType(ContestFlagKind, { name: 'ContestFlagKind' });
registerEnumType(FlagResolution, {
  name: 'FlagResolution',
  description: 'DISMISSED, or DISQUALIFIED (out of rankings and prizes)',
});
