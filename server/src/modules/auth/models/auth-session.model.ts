import { Field, ObjectType } from '@nestjs/graphql';
import { MeModel } from '../../users/models/user.model.js';

@ObjectType('AuthSession')
export class AuthSessionModel {
  @Field({ description: 'Short-lived bearer token for the Authorization header' })
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'Exchanged once for a new session by refreshSession' })
  refreshToken: string;

  @Field(() => MeModel)
  user: MeModel;
}
