import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { UnitKind, type UnitKind as UnitKindType } from '@thidua/shared';
import { ImportFileInput } from '../../../common/import/import-file.input.js';
import { PopulationKindCode } from '../models/population-kind-code.scalar.js';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const CODE_MESSAGE = 'code: 1–40 letters, digits, dot, dash or underscore';

@InputType({ description: 'The number declared for one population kind of a unit (0 removes it)' })
export class UnitPopulationInput {
  @Field(() => PopulationKindCode)
  @IsString()
  kind: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  declared: number;
}

@InputType()
export class CreateUnitInput {
  @Field()
  @Matches(CODE, { message: CODE_MESSAGE })
  code: string;

  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => UnitKind)
  @IsIn(Object.values(UnitKind))
  kind: UnitKindType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => Int, { description: 'The declared number of the main kind (used while the unit has no roster of it)' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  eligiblePopulation: number;

  @Field(() => PopulationKindCode, { description: 'The unit’s main population kind' })
  @IsString()
  populationKind: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  sortOrder?: number;

  @Field(() => [UnitPopulationInput], {
    nullable: true,
    description: 'Declared numbers per population kind (used while the unit has no roster of that kind)',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => UnitPopulationInput)
  populations?: UnitPopulationInput[];
}

@InputType()
export class UpdateUnitInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The declared number of the main kind' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  eligiblePopulation?: number;

  @Field(() => PopulationKindCode, { nullable: true })
  @IsOptional()
  @IsString()
  populationKind?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  sortOrder?: number;

  @Field(() => [UnitPopulationInput], {
    nullable: true,
    description: 'Declared numbers per population kind (used while the unit has no roster of that kind)',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => UnitPopulationInput)
  populations?: UnitPopulationInput[];
}

@InputType()
export class UnitsFilterInput {
  @Field({ nullable: true, description: 'Words to find in name or code; diacritics optional' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => UnitKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(UnitKind))
  kind?: UnitKindType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

@InputType()
export class ImportUnitsInput extends ImportFileInput {}
