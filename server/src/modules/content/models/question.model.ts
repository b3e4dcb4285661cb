import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Difficulty, QuestionStatus, QuestionType, SectionKind, questionPoints } from '@thidua/shared';
import type { QuestionVersion } from '../entities/question-version.entity.js';
import type { Question } from '../entities/question.entity.js';
import { QuestionImageModel, toQuestionImageModel } from '../images/question-image.model.js';
import './content-enums.js';

/*
 * Author-facing types: they carry the answer. Only operations limited to ADMIN,
 * REVIEWER and HOST return them; players get PlayerQuestion (player-quiz.model.ts).
 */

@ObjectType('QuestionOption')
export class QuestionOptionModel {
  @Field(() => ID, { description: 'Random per version' })
  id: string;

  @Field()
  text: string;
}

@ObjectType('NumericAnswer')
export class NumericAnswerModel {
  @Field(() => Float)
  answer: number;

  @Field(() => Float)
  tolerance: number;

  @Field(() => String, { nullable: true })
  unit: string | null;
}

@ObjectType('SectionRef')
export class SectionRefModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  resolutionId: string;

  @Field()
  key: string;

  @Field(() => SectionKind)
  kind: SectionKind;

  @Field()
  title: string;
}

@ObjectType('QuestionVersion', { description: 'One snapshot of a question; frozen once published' })
export class QuestionVersionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  questionId: string;

  @Field(() => Int)
  version: number;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field()
  prompt: string;

  @Field(() => [QuestionOptionModel])
  options: QuestionOptionModel[];

  @Field(() => [ID], {
    description: 'Choice types: the correct option ids; ORDERING: every option id in the correct order',
  })
  correctOptionIds: string[];

  @Field(() => NumericAnswerModel, { nullable: true, description: 'NUMERIC only' })
  numericAnswer: NumericAnswerModel | null;

  @Field()
  explanation: string;

  @Field({
    description:
      'True when the key (correct options, numeric answer, explanation) is withheld from you: a contest not yet closed can draw this question; admins and reviewers read it, hosts again once the contest closes',
  })
  keyWithheld: boolean;

  @Field(() => SectionRefModel)
  section: SectionRefModel;

  @Field(() => Difficulty)
  difficulty: Difficulty;

  @Field(() => [String])
  tags: string[];

  @Field(() => Int)
  timeLimitSeconds: number;

  @Field()
  doublePoints: boolean;

  @Field({ description: 'Options shown in this order, never shuffled (e.g. one is "Cả 3 đáp án trên")' })
  keepOrder: boolean;

  @Field(() => Int, { description: 'Base points: 1000, or 2000 for double points' })
  points: number;

  @Field(() => QuestionImageModel, { nullable: true, description: 'Shown with the question and its reveal' })
  image: QuestionImageModel | null;

  @Field(() => ID, { nullable: true })
  createdBy: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}

@ObjectType('Question')
export class QuestionModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable key for import/export ("Mã câu hỏi")' })
  key: string;

  @Field(() => QuestionStatus, { description: 'Status of the current (latest) version' })
  status: QuestionStatus;

  @Field(() => String, { nullable: true, description: 'Why a reviewer returned it to DRAFT' })
  returnReason: string | null;

  @Field(() => QuestionVersionModel, { description: 'The latest version: what the workflow is about' })
  currentVersion: QuestionVersionModel;

  @Field(() => QuestionVersionModel, {
    nullable: true,
    description: 'The version games use; may be older than the current one',
  })
  publishedVersion: QuestionVersionModel | null;

  @Field(() => [QuestionVersionModel], { description: 'Every version, newest first' })
  versions: QuestionVersionModel[];

  @Field(() => ID, { nullable: true })
  createdBy: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('QuestionPage')
export class QuestionPageModel {
  @Field(() => [QuestionModel])
  items: QuestionModel[];

  @Field(() => Int, { description: 'Matches before paging' })
  total: number;
}

export function toQuestionVersionModel(v: QuestionVersion): QuestionVersionModel {
  const key = v.answerKey;
  return {
    id: v.id,
    questionId: v.questionId,
    version: v.version,
    type: v.type,
    prompt: v.prompt,
    options: v.options.map((o) => ({ id: o.id, text: o.text })),
    correctOptionIds: key.type === 'NUMERIC' ? [] : [...key.correctOptionIds],
    numericAnswer:
      key.type === 'NUMERIC'
        ? { answer: key.numeric.answer, tolerance: key.numeric.tolerance, unit: key.numeric.unit ?? null }
        : null,
    explanation: v.explanation,
    keyWithheld: false,
    section: {
      id: v.section.id,
      resolutionId: v.section.resolutionId,
      key: v.section.key,
      kind: v.section.kind,
      title: v.section.title,
    },
    difficulty: v.difficulty,
    tags: v.tags,
    timeLimitSeconds: v.timeLimitSeconds,
    doublePoints: v.doublePoints,
    keepOrder: v.keepOrder,
    points: questionPoints(v.doublePoints),
    image: v.image ? toQuestionImageModel(v.image) : null,
    createdBy: v.createdBy,
    createdAt: v.createdAt,
    publishedAt: v.publishedAt,
  };
}

/** `versions` must hold every version of the question (with their sections). */
export function toQuestionModel(q: Question, versions: QuestionVersion[]): QuestionModel {
  const models = versions.map(toQuestionVersionModel).sort((a, b) => b.version - a.version);
  const current = models.find((v) => v.id === q.currentVersionId);
  if (!current) throw new Error(`question ${q.id} has no current version`);
  return {
    id: q.id,
    key: q.key,
    status: q.status,
    returnReason: q.returnReason,
    currentVersion: current,
    publishedVersion: models.find((v) => v.id === q.publishedVersionId) ?? null,
    versions: models,
    createdBy: q.createdBy,
    createdAt: q.createdAt,
    updatedAt: q.updatedAt,
  };
}
