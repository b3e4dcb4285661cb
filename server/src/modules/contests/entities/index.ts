import { AttemptAnswer } from './attempt-answer.entity.js';
import { Attempt } from './attempt.entity.js';
import { ContestFlag } from './contest-flag.entity.js';
import { ContestRound } from './contest-round.entity.js';
import { Contest } from './contest.entity.js';
import { Entrant } from './entrant.entity.js';

/** Every entity of the contests module, registered once in database/entities.ts. */
export const CONTEST_ENTITIES = [Contest, ContestRound, Entrant, Attempt, AttemptAnswer, ContestFlag];
