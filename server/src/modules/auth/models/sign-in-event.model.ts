import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SIGN_IN_OUTCOMES, type SignInEvent, type SignInOutcome } from '../entities/sign-in-event.entity.js';

export const SignInOutcomeEnum = Object.fromEntries(SIGN_IN_OUTCOMES.map((o) => [o, o])) as {
  [K in SignInOutcome]: K;
};
registerEnumType(SignInOutcomeEnum, {
  name: 'SignInOutcome',
  description:
    'SUCCESS; WRONG_PASSWORD (also a wrong current password when changing it); UNKNOWN_USER; INACTIVE (right password, deactivated account); LIMITED (told to wait)',
});

@ObjectType('SignInEvent')
export class SignInEventModel {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'The username tried' })
  username: string;

  @Field(() => ID, { nullable: true, description: 'The account, when the username exists' })
  userId: string | null;

  @Field()
  address: string;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => SignInOutcomeEnum)
  outcome: SignInOutcome;

  @Field(() => Int, { description: 'LIMITED: the seconds the client was told to wait' })
  delaySeconds: number;
}

@ObjectType('SignInEventPage')
export class SignInEventPageModel {
  @Field(() => [SignInEventModel], { description: 'Newest first' })
  items: SignInEventModel[];

  @Field(() => Int, { description: 'Matches before paging' })
  total: number;
}

export function toSignInEventModel(event: SignInEvent): SignInEventModel {
  return {
    id: event.id,
    createdAt: event.createdAt,
    username: event.username,
    userId: event.userId,
    address: event.address,
    userAgent: event.userAgent,
    outcome: event.outcome,
    delaySeconds: event.delaySeconds,
  };
}
