import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PopulationKind, UnitKind } from '@thidua/shared';
import type { Unit } from '../entities/unit.entity.js';

registerEnumType(UnitKind, { name: 'UnitKind', description: 'Kind of node in the ward organization tree' });
registerEnumType(PopulationKind, { name: 'PopulationKind', description: 'What the eligible population counts' });

@ObjectType('Unit')
export class UnitModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => Int, { description: 'Students, residents or members: the denominator of participation rates' })
  eligiblePopulation: number;

  @Field(() => PopulationKind)
  populationKind: PopulationKind;

  @Field(() => Int)
  sortOrder: number;

  @Field({ description: 'Part of the demo data' })
  isDemo: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

/** A short reference to a unit, embedded in other types. */
@ObjectType()
export class UnitRef {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;
}

export function toUnitModel(unit: Unit): UnitModel {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parentId,
    eligiblePopulation: unit.eligiblePopulation,
    populationKind: unit.populationKind,
    sortOrder: unit.sortOrder,
    isDemo: unit.isDemo,
    createdAt: unit.createdAt,
    updatedAt: unit.updatedAt,
  };
}

export function toUnitRef(unit: Pick<Unit, 'id' | 'code' | 'name'>): UnitRef {
  return { id: unit.id, code: unit.code, name: unit.name };
}
