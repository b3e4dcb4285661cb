import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConditionKind, FormAuthority, ProposalSource, ProposalStatus, RecipientKind } from '@thidua/shared';
import { UnitRef } from '../../units/models/unit.model.js';
import './form.model.js';

// Registered once here: other commendation models import them from this file.
registerEnumType(ProposalStatus, { name: 'ProposalStatus', description: 'Where a proposal stands' });
registerEnumType(ProposalSource, {
  name: 'ProposalSource',
  description: 'From a ranking, from a person’s record, or entered by hand',
});

@ObjectType('ConditionCheck', { description: 'One condition of the form as checked for a proposal' })
export class ConditionCheckModel {
  @Field()
  conditionId: string;

  @Field(() => ConditionKind)
  kind: ConditionKind;

  @Field()
  label: string;

  @Field(() => Boolean, { nullable: true, description: 'null: not decidable yet (to confirm, a figure missing)' })
  met: boolean | null;

  @Field(() => Float, { nullable: true, description: 'The figure found: points, %, a rank' })
  actual: number | null;

  @Field(() => Float, { nullable: true })
  required: number | null;

  @Field(() => Int, { nullable: true, description: 'MEMBER_SHARE: members holding the form' })
  holders: number | null;

  @Field(() => Int, { nullable: true, description: 'MEMBER_SHARE: the members counted' })
  members: number | null;

  @Field(() => String, { nullable: true, description: 'CONFIRMED: the evidence given' })
  evidence: string | null;

  @Field({ description: 'CONFIRMED: the form asks for evidence to confirm it' })
  evidenceRequired: boolean;
}

@ObjectType('ProposalForm')
export class ProposalFormRef {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => RecipientKind)
  recipientKind: RecipientKind;

  @Field(() => FormAuthority)
  authority: FormAuthority;
}

@ObjectType('ProposalPerson')
export class ProposalPersonRef {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;
}

@ObjectType('CommendationProposal', { description: 'One candidate (a unit or a person) for one form in a round' })
export class CommendationProposalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roundId: string;

  @Field(() => ProposalFormRef)
  form: ProposalFormRef;

  @Field(() => RecipientKind)
  recipientKind: RecipientKind;

  @Field(() => UnitRef, { description: 'The collective, or the unit whose roster lists the person' })
  unit: UnitRef;

  @Field(() => ProposalPersonRef, { nullable: true })
  person: ProposalPersonRef | null;

  @Field({ description: 'As printed: the unit’s name or the person’s full name' })
  recipientName: string;

  @Field()
  recipientDetail: string;

  @Field({ description: '“Đã có thành tích …”' })
  achievements: string;

  @Field(() => ProposalSource)
  source: ProposalSource;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field(() => Float, { nullable: true })
  total: number | null;

  @Field(() => [ConditionCheckModel])
  conditions: ConditionCheckModel[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: every condition met; false: one is not; null: none failed but one is still undecided',
  })
  conditionsMet: boolean | null;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => String, { nullable: true })
  statusReason: string | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Int)
  position: number;

  @Field()
  createdAt: Date;
}

@ObjectType('SkippedProposal', { description: 'A ranked unit with a title that could not be proposed, and why' })
export class SkippedProposalModel {
  @Field(() => UnitRef)
  unit: UnitRef;

  @Field()
  titleName: string;

  @Field()
  formName: string;

  @Field({ description: 'UNIT_KIND, FORM_INACTIVE, FORM_NOT_COLLECTIVE, FORM_MISSING or NOT_PROPOSED' })
  reason: string;
}

@ObjectType('BuildProposalsResult')
export class BuildProposalsResultModel {
  @Field(() => Int)
  created: number;

  @Field(() => Int, { description: 'Existing proposals whose rank, total and conditions were refreshed' })
  refreshed: number;

  @Field(() => [SkippedProposalModel])
  skipped: SkippedProposalModel[];

  @Field(() => [CommendationProposalModel], { description: 'Every proposal of the round, after the build' })
  proposals: CommendationProposalModel[];
}

@ObjectType('ProposalCandidate', { description: 'A person on a unit’s roster whom an individual form can go to' })
export class ProposalCandidateModel {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field()
  subUnit: string;

  @Field({ description: 'Population kind' })
  kind: string;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;
}
