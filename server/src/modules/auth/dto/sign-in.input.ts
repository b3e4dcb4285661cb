import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field()
  @IsString()
  @Length(1, 60)
  username: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password: string;
}

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

@InputType()
export class SignOutInput {
  @Field()
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'currentPassword: required' })
  currentPassword: string;

  @Field()
  @IsString()
  @Length(10, 200, { message: 'newPassword: at least 10 characters' })
  newPassword: string;
}
