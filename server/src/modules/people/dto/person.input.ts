import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { POPULATION_KIND_CODE } from '@thidua/shared';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ImportFileInput } from '../../../common/import/import-file.input.js';

const KIND_MESSAGE = 'kind: a population kind code such as STUDENTS';

@InputType()
export class PopulationKindInput {
  @Field({ description: 'Created when new, updated otherwise' })
  @Matches(POPULATION_KIND_CODE, { message: KIND_MESSAGE })
  code: string;

  @Field()
  @Length(1, 100)
  labelVi: string;

  @Field()
  @Length(1, 100)
  labelEn: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  household?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  sortOrder?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class PeopleFilterInput {
  @Field(() => ID, { description: 'The unit whose roster (with its sub-units) is listed' })
  @IsUUID()
  unitId: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(POPULATION_KIND_CODE, { message: KIND_MESSAGE })
  kind?: string;

  @Field({ nullable: true, description: 'Words of the name; diacritics optional' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true, description: 'Exactly this class / group' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  subUnit?: string;

  @Field(() => Int, { nullable: true, description: '1–500, default 100' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  offset?: number;
}

@InputType()
export class CreatePersonInput {
  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field()
  @Matches(POPULATION_KIND_CODE, { message: KIND_MESSAGE })
  kind: string;

  @Field()
  @IsString()
  @MaxLength(200)
  fullName: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; a birth date or a birth year is required' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  birthDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  birthYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Class, group or house inside the unit' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subUnit?: string | null;

  @Field(() => String, { nullable: true, description: 'Optional; kept encrypted, shown masked' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string | null;
}

@InputType()
export class UpdatePersonInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(POPULATION_KIND_CODE, { message: KIND_MESSAGE })
  kind?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  fullName?: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; null removes it (a birth year then remains)' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  birthDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  birthYear?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subUnit?: string | null;

  @Field(() => String, { nullable: true, description: 'A new number; an empty string or null removes the phone' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string | null;
}

@InputType()
export class ImportRosterInput extends ImportFileInput {
  @Field(() => ID, { description: 'The unit the roster is imported into' })
  @IsUUID()
  unitId: string;
}

@InputType()
export class RosterSearchInput {
  @Field(() => ID, { description: 'The unit whose roster (with its sub-units) is searched' })
  @IsUUID()
  unitId: string;

  @Field({ description: 'At least 2 letters of the name; diacritics optional' })
  @IsString()
  @MaxLength(100)
  query: string;

  @Field(() => ID, { nullable: true, description: 'The contest being entered: its eligible units' })
  @IsOptional()
  @IsUUID()
  contestId?: string;

  @Field({ nullable: true, description: 'The live game being joined: its units' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'liveGamePin: 6 digits' })
  liveGamePin?: string;
}
