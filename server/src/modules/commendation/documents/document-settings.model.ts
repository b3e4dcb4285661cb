import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsNumber, IsString, MaxLength, ValidateNested } from 'class-validator';

/* The inputs' decorators only guard the request's size and types (INVALID_INPUT); the rules
 * (shared documentSettingsProblems, the narrative's limit) refuse with the fields named. */

@ObjectType('CertificateLayout', { description: 'The certificate’s layout: sizes in points, margin in mm' })
export class CertificateLayoutModel {
  @Field(() => Float) headingSize: number;
  @Field(() => Float) nameSize: number;
  @Field(() => Float) bodySize: number;
  @Field(() => Float) marginMm: number;
  @Field({ description: 'DOUBLE, SINGLE or NONE' }) border: 'DOUBLE' | 'SINGLE' | 'NONE';
  @Field({ description: '#rrggbb' }) color: string;
}

@ObjectType('DocumentSettings', { description: 'What the ward’s documents print (Nghị định 30/2020)' })
export class DocumentSettingsModel {
  @Field() parentBody: string;
  @Field() issuingBody: string;
  @Field() issuingSymbol: string;
  @Field() councilName: string;
  @Field() organiserName: string;
  @Field() placeName: string;
  @Field() signerAuthority: string;
  @Field() signerCapacity: string;
  @Field() signerTitle: string;
  @Field() signerName: string;
  @Field(() => CertificateLayoutModel) certificate: CertificateLayoutModel;
}

@InputType()
export class CertificateLayoutInput {
  @Field(() => Float) @IsNumber() headingSize: number;
  @Field(() => Float) @IsNumber() nameSize: number;
  @Field(() => Float) @IsNumber() bodySize: number;
  @Field(() => Float) @IsNumber() marginMm: number;
  @Field() @IsString() @MaxLength(1000) border: string;
  @Field() @IsString() @MaxLength(1000) color: string;
}

@InputType()
export class UpdateDocumentSettingsInput {
  @Field() @IsString() @MaxLength(1000) parentBody: string;
  @Field() @IsString() @MaxLength(1000) issuingBody: string;
  @Field() @IsString() @MaxLength(1000) issuingSymbol: string;
  @Field() @IsString() @MaxLength(1000) councilName: string;
  @Field() @IsString() @MaxLength(1000) organiserName: string;
  @Field() @IsString() @MaxLength(1000) placeName: string;
  @Field() @IsString() @MaxLength(1000) signerAuthority: string;
  @Field() @IsString() @MaxLength(1000) signerCapacity: string;
  @Field() @IsString() @MaxLength(1000) signerTitle: string;
  @Field() @IsString() @MaxLength(1000) signerName: string;
  @Field(() => CertificateLayoutInput)
  @ValidateNested()
  @Type(() => CertificateLayoutInput)
  certificate: CertificateLayoutInput;
}

@InputType()
export class UpdateRoundNarrativeInput {
  @Field(() => ID) @IsString() @MaxLength(100) roundId: string;
  @Field({ description: 'I. Kết quả đạt được' }) @IsString() @MaxLength(100_000) results: string;
  @Field({ description: 'II. Hạn chế, nguyên nhân' }) @IsString() @MaxLength(100_000) limitations: string;
  @Field({ description: 'III. Phương hướng, nhiệm vụ' }) @IsString() @MaxLength(100_000) directions: string;
}

@ObjectType('RoundNarrative')
export class RoundNarrativeModel {
  @Field(() => ID) roundId: string;
  @Field() results: string;
  @Field() limitations: string;
  @Field() directions: string;
}
