import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AnswerKeyDecision,
  PredictionKind,
  QuestionType,
  type AnswerKeyDecision as AnswerKeyDecisionType,
  type PredictionKind as PredictionKindType,
  type QuestionType as QuestionTypeType,
} from '@thidua/shared';
import { QuestionImageModel } from '../../content/images/question-image.model.js';
import './contest-enums.js';

/*
 * What an entrant's device receives. Before submission nothing here may tell which
 * option is correct: no answer key, no explanation, no section, option ids random
 * per version and an order fixed per attempt (ORDERING never in the correct order).
 * The contests integration test inspects every response for leaks.
 */

@ObjectType('AttemptOption')
export class AttemptOptionModel {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;
}

@ObjectType('AttemptQuestion', { description: 'A question of an attempt before submission: no answer in it' })
export class AttemptQuestionModel {
  @Field(() => Int, { description: '0-based' })
  index: number;

  @Field(() => QuestionType)
  type: QuestionTypeType;

  @Field()
  prompt: string;

  @Field(() => [AttemptOptionModel], { description: 'In this attempt’s display order; empty for NUMERIC' })
  options: AttemptOptionModel[];

  @Field(() => String, { nullable: true, description: 'NUMERIC: the unit of the answer' })
  unit: string | null;

  @Field(() => Int)
  points: number;

  @Field(() => QuestionImageModel, {
    nullable: true,
    description: 'Shown with the question; its URL is a content hash',
  })
  image: QuestionImageModel | null;
}

@ObjectType('SavedAnswer')
export class SavedAnswerModel {
  @Field(() => Int)
  index: number;

  @Field(() => [String], { nullable: true })
  optionIds: string[] | null;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field()
  savedAt: Date;
}

@ObjectType('Attempt', { description: 'An attempt as its device resumes it' })
export class AttemptModel {
  @Field(() => ID)
  id: string;

  @Field()
  submitted: boolean;

  @Field({ description: 'Closed by the server at the deadline rather than submitted' })
  autoClosed: boolean;

  @Field()
  startedAt: Date;

  @Field({ description: 'Server clock; answers are accepted until this plus graceSeconds' })
  deadlineAt: Date;

  @Field({ description: 'The server’s time now, to correct the device’s clock' })
  serverTime: Date;

  @Field(() => Int)
  remainingMs: number;

  @Field(() => Int)
  graceSeconds: number;

  @Field(() => [AttemptQuestionModel])
  questions: AttemptQuestionModel[];

  @Field(() => [SavedAnswerModel])
  answers: SavedAnswerModel[];

  @Field(() => PredictionKind)
  predictionKind: PredictionKindType;

  @Field(() => String, { nullable: true })
  predictionQuestion: string | null;
}

@ObjectType('AttemptStart')
export class AttemptStartModel {
  @Field({ description: 'Keep on this device: it resumes, saves and submits the attempt' })
  attemptToken: string;

  @Field(() => AttemptModel)
  attempt: AttemptModel;
}

@ObjectType('AnswerSaved')
export class AnswerSavedModel {
  @Field(() => Int)
  index: number;

  @Field({ description: 'When the server committed it' })
  savedAt: Date;
}

@ObjectType('AttemptSubmission')
export class AttemptSubmissionModel {
  @Field(() => ID)
  attemptId: string;

  @Field()
  submittedAt: Date;

  @Field(() => Int)
  score: number;

  @Field(() => Int)
  maxScore: number;

  @Field(() => Int)
  correctCount: number;

  @Field(() => Int)
  durationMs: number;
}

@ObjectType('AttemptResultOption')
export class AttemptResultOptionModel {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field(() => Boolean, { nullable: true, description: 'Null while the answer key is not shown' })
  correct: boolean | null;
}

@ObjectType('AttemptResultQuestion')
export class AttemptResultQuestionModel {
  @Field(() => Int)
  index: number;

  @Field(() => QuestionType)
  type: QuestionTypeType;

  @Field()
  prompt: string;

  @Field(() => [AttemptResultOptionModel])
  options: AttemptResultOptionModel[];

  @Field(() => [String], { nullable: true })
  yourOptionIds: string[] | null;

  @Field(() => Float, { nullable: true })
  yourValue: number | null;

  @Field(() => [String], { description: 'ORDERING: the correct order; empty while the key is not shown' })
  correctOptionIds: string[];

  @Field(() => Float, { nullable: true })
  correctValue: number | null;

  @Field(() => Float, { nullable: true, description: 'Credit earned, 0..1; null while the key is not shown' })
  credit: number | null;

  @Field(() => Int)
  points: number;

  @Field(() => Int, { nullable: true, description: 'Null while the key is not shown' })
  earned: number | null;

  @Field({ description: 'Empty while the key is not shown' })
  explanation: string;

  @Field(() => String, { nullable: true })
  sectionTitle: string | null;
}

@ObjectType('AttemptResult', {
  description: 'After submission only: the score, and the key with every explanation when the contest shows it',
})
export class AttemptResultModel {
  @Field({ description: 'Whether the correct answers and explanations are in this result' })
  keyRevealed: boolean;

  @Field(() => AnswerKeyDecision)
  keyDecision: AnswerKeyDecisionType;

  @Field(() => Date, { nullable: true, description: 'ROUND_OPEN: when the key will be shown (the round’s end)' })
  keyShownAt: Date | null;

  @Field(() => ID)
  attemptId: string;

  @Field(() => Int)
  score: number;

  @Field(() => Int)
  maxScore: number;

  @Field(() => Int)
  correctCount: number;

  @Field(() => Int)
  questionCount: number;

  @Field(() => Int)
  durationMs: number;

  @Field()
  submittedAt: Date;

  @Field()
  autoClosed: boolean;

  @Field(() => Int, { nullable: true })
  prediction: number | null;

  @Field(() => [AttemptResultQuestionModel])
  questions: AttemptResultQuestionModel[];
}
