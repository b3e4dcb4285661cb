import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { QuestionType } from '@thidua/shared';
import './content-enums.js';

/*
 * Player-facing types. They must never carry anything from which the correct answer
 * can be derived before the reveal: no answer key, no explanation, no section, and
 * option ids that are random per version (ORDERING options always shuffled). The
 * no-leak integration test queries them as an anonymous player.
 */

@ObjectType('PlayerOption')
export class PlayerOptionModel {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;
}

@ObjectType('PlayerQuestion', {
  description: 'A question as a player sees it before the reveal: no answer, no explanation',
})
export class PlayerQuestionModel {
  @Field(() => ID, { description: 'The question version being asked; answers reference it' })
  versionId: string;

  @Field(() => Int)
  position: number;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field()
  prompt: string;

  @Field(() => [PlayerOptionModel], {
    description: 'In display order (shuffled when the quiz says so; ORDERING always)',
  })
  options: PlayerOptionModel[];

  @Field(() => String, { nullable: true, description: 'NUMERIC: the unit the answer is expressed in' })
  unit: string | null;

  @Field(() => Int)
  timeLimitSeconds: number;

  @Field(() => Int)
  points: number;
}

@ObjectType('PlayerQuiz')
export class PlayerQuizModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [PlayerQuestionModel], { description: 'Published versions; for DRAW quizzes, one random draw' })
  questions: PlayerQuestionModel[];
}
