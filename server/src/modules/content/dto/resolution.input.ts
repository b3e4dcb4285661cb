import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SectionKind, type SectionKind as SectionKindType } from '@thidua/shared';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const SECTION_KEY = /^[A-Za-z0-9][A-Za-z0-9.\-_]{0,19}$/;

@InputType()
export class CreateResolutionInput {
  @Field()
  @Matches(CODE, { message: 'code: 1–40 letters, digits, dot, dash or underscore' })
  code: string;

  @Field()
  @Length(1, 300)
  title: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  issuedOn?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string;
}

@InputType()
export class UpdateResolutionInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CODE, { message: 'code: 1–40 letters, digits, dot, dash or underscore' })
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  title?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  issuedOn?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string;
}

@InputType()
export class CreateSectionInput {
  @Field(() => ID)
  @IsUUID()
  resolutionId: string;

  @Field({ description: 'As numbered in the document, e.g. "II.1"' })
  @Matches(SECTION_KEY, { message: 'key: 1–20 letters, digits, dot, dash or underscore' })
  key: string;

  @Field(() => SectionKind)
  @IsIn(Object.values(SectionKind))
  kind: SectionKindType;

  @Field()
  @Length(1, 300)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  body?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  position?: number;
}

@InputType()
export class UpdateSectionInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(SECTION_KEY, { message: 'key: 1–20 letters, digits, dot, dash or underscore' })
  key?: string;

  @Field(() => SectionKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(SectionKind))
  kind?: SectionKindType;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  body?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  position?: number;
}
