import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PopulationSource } from '@thidua/shared';

registerEnumType(PopulationSource, {
  name: 'PopulationSource',
  description: 'ROSTER: counted from the roster (verified); DECLARED: a number an admin typed, not verified',
});

@ObjectType('UnitPopulation', { description: 'A unit’s population of one kind: its roster, or a declared number' })
export class UnitPopulationModel {
  @Field({ description: 'Population kind code, e.g. STUDENTS' })
  kind: string;

  @Field(() => Int, {
    description: 'What rates divide by: the roster size when there is a roster, else the declared number',
  })
  size: number;

  @Field(() => PopulationSource)
  source: PopulationSource;

  @Field(() => Int, { description: 'People of this kind on the rosters of the unit and its sub-units' })
  rosterSize: number;

  @Field(() => Int, { description: 'The declared number (0 when none)' })
  declared: number;
}
