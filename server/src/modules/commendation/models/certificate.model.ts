import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CertificateSigner', { description: 'The signature block of the decision' })
export class CertificateSignerModel {
  @Field()
  authority: string;

  @Field(() => String, { nullable: true })
  capacity: string | null;

  @Field()
  title: string;

  @Field()
  name: string;
}

@ObjectType('CommendationCertificate', { description: 'What one certificate prints' })
export class CommendationCertificateModel {
  @Field(() => ID)
  proposalId: string;

  @Field({ description: 'e.g. "GIẤY KHEN"' })
  heading: string;

  @Field()
  formName: string;

  @Field()
  recipientName: string;

  @Field()
  recipientDetail: string;

  @Field()
  unitName: string;

  @Field()
  achievements: string;

  @Field()
  decisionNumber: string;

  @Field({ description: 'yyyy-mm-dd' })
  decisionDate: string;

  @Field(() => CertificateSignerModel)
  signer: CertificateSignerModel;
}
