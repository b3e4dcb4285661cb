import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';

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
  @Field(() => Float) headingSize: number;
  @Field(() => Float) nameSize: number;
  @Field(() => Float) bodySize: number;
  @Field(() => Float) marginMm: number;
  @Field() border: string;
  @Field() color: string;
}

@InputType()
export class UpdateDocumentSettingsInput {
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
  @Field(() => CertificateLayoutInput) certificate: CertificateLayoutInput;
}

@InputType()
export class UpdateRoundNarrativeInput {
  @Field(() => ID) roundId: string;
  @Field({ description: 'I. Kết quả đạt được' }) results: string;
  @Field({ description: 'II. Hạn chế, nguyên nhân' }) limitations: string;
  @Field({ description: 'III. Phương hướng, nhiệm vụ' }) directions: string;
}

@ObjectType('RoundNarrative')
export class RoundNarrativeModel {
  @Field(() => ID) roundId: string;
  @Field() results: string;
  @Field() limitations: string;
  @Field() directions: string;
}
