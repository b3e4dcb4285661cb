import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ConditionKind, FormAuthority, FormPeriod, RecipientKind } from '@thidua/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import '../models/form.model.js';

/*
 * These limits only guard the request's size and types (refused as INVALID_INPUT); the
 * catalogue's rules (shared formProblems: code pattern, NFC, lengths, ranges, references)
 * refuse with FORM_INVALID and a problem per field, which the editor shows beside each field.
 */

@InputType()
export class FormConditionInput {
  @Field()
  @IsString()
  @MaxLength(40)
  id: string;

  @Field(() => ConditionKind)
  @IsEnum(ConditionKind)
  kind: ConditionKind;

  @Field()
  @IsString()
  @MaxLength(1000)
  label: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  formCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  populationKind?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  strict?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  evidenceRequired?: boolean;
}

/** The editable fields; on create the missing ones take the defaults of a new form. */
@InputType()
export class CommendationFormFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  name?: string;

  @Field(() => RecipientKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(RecipientKind))
  recipientKind?: RecipientKind;

  @Field(() => FormAuthority, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(FormAuthority))
  authority?: FormAuthority;

  @Field(() => FormPeriod, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(FormPeriod))
  period?: FormPeriod;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  legalBasis?: string;

  @Field(() => [FormConditionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => FormConditionInput)
  conditions?: FormConditionInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  unitKinds?: string[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  quotaPercent?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  quotaOfFormCode?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  quotaMinimum?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  postingDays?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  approvalPercent?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  secretBallot?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  certificateHeading?: string;

  @Field({
    nullable: true,
    description: 'false retires the form: kept for the proposals that name it, no longer offered',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  position?: number;
}

@InputType()
export class CreateCommendationFormInput extends CommendationFormFieldsInput {
  @Field({
    description: 'Stable code, e.g. GIAY_KHEN_TAP_THE; cannot change later (conditions and quotas refer to it)',
  })
  @IsString()
  @MaxLength(60)
  code: string;
}

@InputType()
export class UpdateCommendationFormInput extends CommendationFormFieldsInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
