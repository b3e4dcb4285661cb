import { QuestionVersion } from '../modules/content/entities/question-version.entity.js';
import { QuestionImage } from '../modules/content/images/question-image.entity.js';
import { Question } from '../modules/content/entities/question.entity.js';
import { QuizDrawRule } from '../modules/content/entities/quiz-draw-rule.entity.js';
import { QuizItem } from '../modules/content/entities/quiz-item.entity.js';
import { Quiz } from '../modules/content/entities/quiz.entity.js';
import { ResolutionSection } from '../modules/content/entities/resolution-section.entity.js';
import { Resolution } from '../modules/content/entities/resolution.entity.js';
import { LiveAnswer } from '../modules/live/entities/live-answer.entity.js';
import { LiveGameQuestion } from '../modules/live/entities/live-game-question.entity.js';
import { LiveGame } from '../modules/live/entities/live-game.entity.js';
import { LivePlayer } from '../modules/live/entities/live-player.entity.js';
import { RefreshToken } from '../modules/auth/entities/refresh-token.entity.js';
import { SignInEvent } from '../modules/auth/entities/sign-in-event.entity.js';
import { CAMPAIGN_ENTITIES } from '../modules/campaigns/entities/index.js';
import { ACTIVITY_ENTITIES } from '../modules/activities/entities/index.js';
import { COMMENDATION_ENTITIES } from '../modules/commendation/entities/index.js';
import { CONTEST_ENTITIES } from '../modules/contests/entities/index.js';
import { Unit } from '../modules/units/entities/unit.entity.js';
import { User } from '../modules/users/entities/user.entity.js';
import { Notification } from '../modules/notifications/notification.entity.js';
import { AppSetting } from './entities/app-setting.entity.js';
import { DataAuditEvent } from '../common/audit/data-audit-event.entity.js';
import { Person } from '../modules/people/entities/person.entity.js';
import { PopulationKindEntry } from '../modules/units/entities/population-kind.entity.js';
import { UnitPopulation } from '../modules/units/entities/unit-population.entity.js';

/** Every TypeORM entity. A check fails when these and the migrations disagree. */
export const ENTITIES = [
  AppSetting,
  Unit,
  PopulationKindEntry,
  UnitPopulation,
  Person,
  DataAuditEvent,
  User,
  RefreshToken,
  SignInEvent,
  Resolution,
  ResolutionSection,
  Question,
  QuestionVersion,
  QuestionImage,
  Quiz,
  QuizItem,
  QuizDrawRule,
  LiveGame,
  LiveGameQuestion,
  LivePlayer,
  LiveAnswer,
  ...CAMPAIGN_ENTITIES,
  ...CONTEST_ENTITIES,
  ...COMMENDATION_ENTITIES,
  ...ACTIVITY_ENTITIES,
  Notification,
];
