import { PopulationKindCode } from './population-kind-code.scalar.js';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UnitKind } from '@thidua/shared';
import type { Unit } from '../entities/unit.entity.js';

registerEnumType(UnitKind, { name: 'UnitKind', description: 'Kind of node in the ward organization tree' });

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

  @Field(() => PopulationKindCode, {
    description: 'The unit’s main population kind: what its rates divide by when nothing names a kind',
  })
  populationKind: string;

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
