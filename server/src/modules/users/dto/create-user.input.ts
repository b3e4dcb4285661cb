import { Field, ID, InputType } from '@nestjs/graphql';
import { Role, type Role as RoleType } from '@thidua/shared';
import { IsEmail, IsIn, IsOptional, IsUUID, Length, Matches } from 'class-validator';

@InputType()
export class CreateUserInput {
  @Field()
  @Matches(/^[a-zA-Z0-9._-]{3,60}$/, { message: 'username: 3–60 letters, digits, dot, dash or underscore' })
  username: string;

  @Field()
  @Length(1, 120)
  displayName: string;

  @Field()
  @Length(10, 200, { message: 'password: at least 10 characters' })
  password: string;

  @Field(() => Role)
  @IsIn(Object.values(Role))
  role: RoleType;

  @Field(() => ID, {
    nullable: true,
    description:
      'Required for UNIT_OFFICER; optional for REVIEWER (their own unit, never reviewed by them); refused otherwise',
  })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Where notifications are e-mailed (when SMTP is configured)' })
  @IsOptional()
  @IsEmail({}, { message: 'email: a valid e-mail address' })
  @Length(3, 200)
  email?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Role))
  role?: RoleType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'An empty string or null removes it' })
  @IsOptional()
  @Matches(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'email: a valid e-mail address' })
  @Length(0, 200)
  email?: string | null;

  @Field({ nullable: true, description: 'Sets a new password' })
  @IsOptional()
  @Length(10, 200, { message: 'password: at least 10 characters' })
  password?: string;
}
