import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { MAX_EVIDENCE_BASE64_LENGTH } from '@thidua/shared';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { SheetMark, type SheetMark as SheetMarkType } from '@thidua/shared';
import { SheetMark as SheetMarkEnum } from '../../models/campaign-enums.js';

@InputType()
export class SaveScoreEntryInput {
  @Field(() => ID)
  @IsUUID()
  entryId: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'MANUAL/BONUS/PENALTY: points; YES_NO: 1 or 0; TARGET: the figure achieved; COUNT: items. null clears it',
  })
  @IsOptional()
  @IsNumber()
  value?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class AddEvidenceFileInput {
  @Field(() => ID)
  @IsUUID()
  entryId: string;

  @Field({ description: 'pdf, jpg, png, webp, docx or xlsx; the content must match' })
  @Length(1, 255)
  fileName: string;

  @Field({ description: 'The file, base64-encoded, at most 5 MiB' })
  @IsString()
  @MaxLength(MAX_EVIDENCE_BASE64_LENGTH, { message: 'the file is larger than 5 MiB' })
  contentBase64: string;
}

@InputType()
export class AddEvidenceLinkInput {
  @Field(() => ID)
  @IsUUID()
  entryId: string;

  @Field({ description: 'http(s) only' })
  @Length(1, 2000)
  url: string;

  @Field({ nullable: true, description: 'A label shown instead of the URL' })
  @IsOptional()
  @MaxLength(255)
  label?: string;
}

@InputType()
export class SubmitScoreSheetInput {
  @Field(() => ID)
  @IsUUID()
  sheetId: string;

  @Field({ nullable: true, description: 'Giải trình: required when answering a return' })
  @IsOptional()
  @MaxLength(5000)
  explanation?: string;
}

@InputType()
export class ReviewScoreEntryInput {
  @Field(() => ID)
  @IsUUID()
  entryId: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The score the reviewer sets; give it or reviewedValue (RELATIVE_TO_BEST: reviewedValue only)',
  })
  @IsOptional()
  @IsNumber()
  reviewedScore?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'RELATIVE_TO_BEST, THRESHOLD, RATE, WARD_RATE: the corrected figure; the score is computed from it (the block best for RELATIVE_TO_BEST)',
  })
  @IsOptional()
  @IsNumber()
  reviewedValue?: number | null;

  @Field({ description: 'Mandatory' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class ReturnScoreSheetInput {
  @Field(() => ID)
  @IsUUID()
  sheetId: string;

  @Field({ description: 'Mandatory' })
  @IsString()
  @MaxLength(5000)
  reason: string;
}

@InputType()
export class CorrectScoreInput {
  @Field(() => ID)
  @IsUUID()
  entryId: string;

  @Field(() => Float)
  @IsNumber()
  newScore: number;

  @Field({ description: 'Mandatory' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class FirstReviewSheetInput {
  @Field(() => ID)
  @IsUUID()
  sheetId: string;

  @Field({ nullable: true, description: "The first-round reviewer's note to the ward reviewers" })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class ExtendPeriodDeadlineInput {
  @Field(() => ID)
  @IsUUID()
  periodId: string;

  @Field({ description: 'Later than the current deadline' })
  @Type(() => Date)
  @IsDate()
  newDeadline: Date;

  @Field({ description: 'Mandatory' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class ExtendUnitDeadlineInput {
  @Field(() => ID)
  @IsUUID()
  sheetId: string;

  @Field({ description: "Later than the unit's current deadline" })
  @Type(() => Date)
  @IsDate()
  newDeadline: Date;

  @Field({ description: 'Mandatory' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class MarkScoreSheetInput {
  @Field(() => ID)
  @IsUUID()
  sheetId: string;

  @Field(() => SheetMarkEnum)
  @IsIn(Object.values(SheetMark))
  mark: SheetMarkType;

  @Field({ description: 'Mandatory' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class UnmarkScoreSheetInput {
  @Field(() => ID)
  @IsUUID()
  sheetId: string;

  @Field({ description: 'Mandatory' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}
