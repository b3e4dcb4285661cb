import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { formatPersonalCode } from '@thidua/shared';
import { ImportRowErrorModel } from '../../units/models/unit-import-result.model.js';
import { UnitRef } from '../../units/models/unit.model.js';
import type { PopulationKindEntry } from '../../units/entities/population-kind.entity.js';
import type { Person } from '../entities/person.entity.js';

@ObjectType('PopulationKind', { description: 'A kind of people a unit counts (học sinh, đảng viên, hộ gia đình…)' })
export class PopulationKindModel {
  @Field()
  code: string;

  @Field()
  labelVi: string;

  @Field()
  labelEn: string;

  @Field({ description: 'Its roster entries are households, named after the head of the household' })
  household: boolean;

  @Field(() => Int)
  sortOrder: number;

  @Field({ description: 'Retired kinds stay for the figures that name them but are not offered for new rows' })
  active: boolean;
}

@ObjectType('Person', { description: 'One person on a unit’s roster' })
export class PersonModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => UnitRef)
  unit: UnitRef;

  @Field({ description: 'Population kind code' })
  kind: string;

  @Field({ description: 'Empty once erased' })
  fullName: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  birthDate: string | null;

  @Field(() => Int, { nullable: true })
  birthYear: number | null;

  @Field()
  subUnit: string;

  @Field(() => String, {
    nullable: true,
    description: 'e.g. 09•••••321; the number itself only through revealPersonPhone',
  })
  phoneMasked: string | null;

  @Field(() => String, { nullable: true, description: 'Formatted XXXX-XXXX; null once erased' })
  personalCode: string | null;

  @Field({ description: 'The person’s data was erased (a tombstone kept for the figures)' })
  erased: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('PeoplePage')
export class PeoplePageModel {
  @Field(() => [PersonModel])
  items: PersonModel[];

  @Field(() => Int, { description: 'All matches, whatever limit and offset' })
  total: number;
}

@ObjectType('RosterCandidate', { description: 'A name offered by the roster search: enough to pick oneself' })
export class RosterCandidateModel {
  @Field(() => ID)
  personId: string;

  @Field()
  fullName: string;

  @Field()
  subUnit: string;
}

@ObjectType('RosterImportResult')
export class RosterImportResultModel {
  @Field({ description: 'True when every row is valid (and, unless dryRun, was saved)' })
  ok: boolean;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int, { description: 'Rows identical to the person already on the roster' })
  unchanged: number;

  @Field(() => [ImportRowErrorModel])
  errors: ImportRowErrorModel[];
}

export function toPopulationKindModel(entry: PopulationKindEntry): PopulationKindModel {
  return {
    code: entry.code,
    labelVi: entry.labelVi,
    labelEn: entry.labelEn,
    household: entry.household,
    sortOrder: entry.sortOrder,
    active: entry.active,
  };
}

/** `person.unit` must be loaded. */
export function toPersonModel(person: Person): PersonModel {
  return {
    id: person.id,
    unitId: person.unitId,
    unit: { id: person.unit.id, code: person.unit.code, name: person.unit.name },
    kind: person.kind,
    fullName: person.fullName,
    birthDate: person.birthDate,
    birthYear: person.birthYear,
    subUnit: person.subUnit,
    phoneMasked: person.phoneMasked,
    personalCode: person.personalCode ? formatPersonalCode(person.personalCode) : null,
    erased: person.erasedAt !== null,
    createdAt: person.createdAt,
    updatedAt: person.updatedAt,
  };
}
