import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConditionKind, FormAuthority, FormPeriod, RecipientKind, type FormCondition } from '@thidua/shared';
import type { CommendationForm } from '../entities/commendation-form.entity.js';

// The catalogue's vocabulary, registered once here: other commendation models import it from this file.
registerEnumType(RecipientKind, { name: 'RecipientKind', description: 'Tập thể (a unit) or cá nhân (a person)' });
registerEnumType(FormAuthority, {
  name: 'FormAuthority',
  description: 'The ward chairman confers it, or the ward proposes it to the higher level',
});
registerEnumType(FormPeriod, {
  name: 'FormPeriod',
  description: 'Annual, at the end of a thematic campaign, or at a sơ kết',
});
registerEnumType(ConditionKind, { name: 'ConditionKind', description: 'How one condition of a form is checked' });

@ObjectType('FormCondition', { description: 'One condition of a form’s checklist' })
export class FormConditionModel {
  @Field({ description: 'Stable within the form, e.g. "c1"' })
  id: string;

  @Field(() => ConditionKind)
  kind: ConditionKind;

  @Field({ description: 'As the legal text words it' })
  label: string;

  @Field(() => Float, {
    nullable: true,
    description: 'MIN_TOTAL: points; GROUP_FLOOR, MEMBER_SHARE: %; MAX_RANK: a rank',
  })
  value: number | null;

  @Field(() => String, { nullable: true, description: 'MEMBER_SHARE: the individual form the members hold' })
  formCode: string | null;

  @Field(() => String, { nullable: true, description: 'MEMBER_SHARE: the population kind members are counted in' })
  populationKind: string | null;

  @Field({ description: 'MEMBER_SHARE: more than (true) or at least (false) the percentage' })
  strict: boolean;

  @Field({ description: 'CONFIRMED: evidence is needed to confirm it' })
  evidenceRequired: boolean;
}

@ObjectType('CommendationForm', {
  description: 'A form of commendation in the ward’s catalogue (giấy khen, danh hiệu)',
})
export class CommendationFormModel {
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

  @Field(() => FormPeriod)
  period: FormPeriod;

  @Field()
  legalBasis: string;

  @Field(() => [FormConditionModel])
  conditions: FormConditionModel[];

  @Field(() => [String], { description: 'Unit kinds a collective form may go to; empty: any' })
  unitKinds: string[];

  @Field(() => Float, { nullable: true, description: 'At most this % of the base; null: no quota' })
  quotaPercent: number | null;

  @Field(() => String, { nullable: true, description: 'The base: recipients of this form in the round' })
  quotaOfFormCode: string | null;

  @Field(() => Int)
  quotaMinimum: number;

  @Field(() => Int, { description: 'Days the passed list is posted for comments; 0: no posting' })
  postingDays: number;

  @Field(() => Float, { description: 'The council’s approval threshold, % of the members present' })
  approvalPercent: number;

  @Field()
  secretBallot: boolean;

  @Field({ description: 'Empty: no certificate (forms proposed upward)' })
  certificateHeading: string;

  @Field()
  active: boolean;

  @Field(() => Int)
  position: number;

  @Field()
  updatedAt: Date;
}

export function toFormConditionModel(condition: FormCondition): FormConditionModel {
  return {
    id: condition.id,
    kind: condition.kind,
    label: condition.label,
    value: condition.value ?? null,
    formCode: condition.formCode ?? null,
    populationKind: condition.populationKind ?? null,
    strict: condition.strict ?? false,
    evidenceRequired: condition.evidenceRequired ?? false,
  };
}

export function toCommendationFormModel(form: CommendationForm): CommendationFormModel {
  return {
    id: form.id,
    code: form.code,
    name: form.name,
    recipientKind: form.recipientKind,
    authority: form.authority,
    period: form.period,
    legalBasis: form.legalBasis,
    conditions: form.conditions.map(toFormConditionModel),
    unitKinds: form.unitKinds,
    quotaPercent: form.quotaPercent,
    quotaOfFormCode: form.quotaOfFormCode,
    quotaMinimum: form.quotaMinimum,
    postingDays: form.postingDays,
    approvalPercent: form.approvalPercent,
    secretBallot: form.secretBallot,
    certificateHeading: form.certificateHeading,
    active: form.active,
    position: form.position,
    updatedAt: form.updatedAt,
  };
}
