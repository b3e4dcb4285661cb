import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RoundStatus } from '@thidua/shared';
import type { CommendationRound } from '../entities/commendation-round.entity.js';

// Registered once here: other commendation models import it from this file.
registerEnumType(RoundStatus, {
  name: 'RoundStatus',
  description: 'Where a round stands: proposing → in council → posted → decided',
});

@ObjectType('RoundQuota', { description: 'A form’s quota in the round: how many may be proposed, how many are' })
export class RoundQuotaModel {
  @Field()
  formCode: string;

  @Field()
  formName: string;

  @Field(() => Int, { description: 'At most this many (the form’s % of its base, at least its minimum)' })
  limit: number;

  @Field(() => Int, { description: 'The proposals for the form that are still on the list' })
  proposed: number;

  @Field(() => Int, { description: 'The number the percentage is taken of' })
  base: number;
}

@ObjectType('CommendationRound', {
  description: 'A round of commendation (đợt xét khen thưởng): proposals → council → public posting → decision',
})
export class CommendationRoundModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  campaignId: string | null;

  @Field(() => ID, { nullable: true })
  periodId: string | null;

  @Field(() => String, { nullable: true })
  campaignName: string | null;

  @Field(() => String, { nullable: true })
  periodName: string | null;

  @Field(() => Int)
  year: number;

  @Field(() => RoundStatus)
  status: RoundStatus;

  @Field({ description: 'Tờ trình: number and symbol, e.g. "25/TTr-VHXH"' })
  submissionNumber: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  submissionDate: string | null;

  @Field(() => Date, { nullable: true })
  postingStartsAt: Date | null;

  @Field(() => Date, { nullable: true })
  postingEndsAt: Date | null;

  @Field()
  postingPlaces: string;

  @Field(() => String, { nullable: true })
  decisionNumber: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  decisionDate: string | null;

  @Field(() => String, { nullable: true })
  signerAuthority: string | null;

  @Field(() => String, { nullable: true })
  signerCapacity: string | null;

  @Field(() => String, { nullable: true })
  signerTitle: string | null;

  @Field(() => String, { nullable: true })
  signerName: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field()
  createdAt: Date;
}

export function toCommendationRoundModel(
  round: CommendationRound,
  names: { campaignName: string | null; periodName: string | null },
): CommendationRoundModel {
  return {
    id: round.id,
    name: round.name,
    campaignId: round.campaignId,
    periodId: round.periodId,
    campaignName: names.campaignName,
    periodName: names.periodName,
    year: round.year,
    status: round.status,
    submissionNumber: round.submissionNumber,
    submissionDate: round.submissionDate,
    postingStartsAt: round.postingStartsAt,
    postingEndsAt: round.postingEndsAt,
    postingPlaces: round.postingPlaces,
    decisionNumber: round.decisionNumber,
    decisionDate: round.decisionDate,
    signerAuthority: round.signerAuthority,
    signerCapacity: round.signerCapacity,
    signerTitle: round.signerTitle,
    signerName: round.signerName,
    decidedAt: round.decidedAt,
    createdAt: round.createdAt,
  };
}
