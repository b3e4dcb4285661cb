import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Difficulty, QuizMode } from '@thidua/shared';
import type { QuizDrawRule } from '../entities/quiz-draw-rule.entity.js';
import type { Quiz } from '../entities/quiz.entity.js';
import './content-enums.js';
import { QuestionModel } from './question.model.js';

@ObjectType('QuizItem')
export class QuizItemModel {
  @Field(() => Int)
  position: number;

  @Field(() => QuestionModel)
  question: QuestionModel;
}

@ObjectType('QuizDrawRule')
export class QuizDrawRuleModel {
  @Field(() => ID, { nullable: true })
  sectionId: string | null;

  @Field(() => String, { nullable: true })
  tag: string | null;

  @Field(() => Difficulty, { nullable: true })
  difficulty: Difficulty | null;

  @Field(() => Int)
  count: number;
}

/** Author-facing quiz (its items carry answers). */
@ObjectType('Quiz')
export class QuizModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => QuizMode)
  mode: QuizMode;

  @Field()
  shuffleOptions: boolean;

  @Field()
  isDemo: boolean;

  @Field(() => [QuizItemModel], { description: 'FIXED quizzes: the questions in order' })
  items: QuizItemModel[];

  @Field(() => [QuizDrawRuleModel], { description: 'DRAW quizzes: the rules' })
  drawRules: QuizDrawRuleModel[];

  @Field(() => ID, { nullable: true })
  createdBy: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

export function toQuizModel(quiz: Quiz, items: QuizItemModel[], rules: QuizDrawRule[]): QuizModel {
  return {
    id: quiz.id,
    title: quiz.title,
    description: quiz.description,
    mode: quiz.mode,
    shuffleOptions: quiz.shuffleOptions,
    isDemo: quiz.isDemo,
    items,
    drawRules: rules.map((r) => ({ sectionId: r.sectionId, tag: r.tag, difficulty: r.difficulty, count: r.count })),
    createdBy: quiz.createdBy,
    createdAt: quiz.createdAt,
    updatedAt: quiz.updatedAt,
  };
}
