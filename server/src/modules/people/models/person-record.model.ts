import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PersonModel } from './person.model.js';

@ObjectType('PersonGameRecord', { description: 'One live game the person played' })
export class PersonGameRecordModel {
  @Field(() => ID)
  gameId: string;

  @Field()
  title: string;

  @Field({ description: 'When the game started (or was created, if it never started)' })
  playedAt: Date;

  @Field(() => Int)
  score: number;

  @Field(() => Int, { nullable: true, description: 'Rank among the game’s players (null: removed from the game)' })
  rank: number | null;

  @Field(() => Int, { description: 'Players of the game (removed ones aside)' })
  players: number;

  @Field(() => Int, { description: 'Questions the person answered' })
  answered: number;
}

@ObjectType('PersonContestRecord', { description: 'One contest the person entered' })
export class PersonContestRecordModel {
  @Field(() => ID)
  contestId: string;

  @Field()
  title: string;

  @Field(() => Int, { description: 'Attempts submitted' })
  attempts: number;

  @Field(() => Int, { nullable: true })
  bestScore: number | null;

  @Field(() => Int, { nullable: true })
  maxScore: number | null;

  @Field(() => String, { nullable: true, description: 'The prize won, when the contest results name one' })
  prize: string | null;

  @Field({ description: 'Disqualified after a review of the entry' })
  disqualified: boolean;
}

@ObjectType('PersonRecord', { description: 'What a person did: their live games and contests' })
export class PersonRecordModel {
  @Field(() => PersonModel)
  person: PersonModel;

  @Field(() => [PersonGameRecordModel])
  games: PersonGameRecordModel[];

  @Field(() => [PersonContestRecordModel])
  contests: PersonContestRecordModel[];
}
