import { registerEnumType } from '@nestjs/graphql';
import {
  AnswerKeyDecision,
  AnswerKeyReveal,
  ContestFlagKind,
  ContestStatus,
  CountingAttempt,
  FlagResolution,
  IdentityMode,
  ParticipationBasis,
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
registerEnumType(AnswerKeyReveal, {
  name: 'AnswerKeyReveal',
  description: 'When an entrant sees the correct answers: AFTER_ROUND_CLOSES (default), AFTER_EACH_ATTEMPT, NEVER',
});
registerEnumType(AnswerKeyDecision, {
  name: 'AnswerKeyDecision',
  description: 'Why a result shows the key or not: REVEALED, ROUND_OPEN, NEVER, NEARLY_EMPTY (under half answered)',
});
registerEnumType(IdentityMode, {
  name: 'IdentityMode',
  description: 'OPEN (anyone), ROSTER_PREFERRED (roster first, others marked), ROSTER_ONLY',
});
registerEnumType(ParticipationBasis, {
  name: 'ParticipationBasis',
  description: 'VERIFIED (roster persons only), or BEFORE_ROSTERS (every participant, as counted then)',
});
