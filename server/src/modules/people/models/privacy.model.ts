import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PrivacySettings')
export class PrivacySettingsModel {
  @Field(() => Int, { description: 'Months personal data is kept after its last use' })
  retentionMonths: number;
}

@ObjectType('PurgeResult', { description: 'What a retention purge erased (or, in a dry run, would erase)' })
export class PurgeResultModel {
  @Field(() => Int, { description: 'Roster persons erased' })
  people: number;

  @Field(() => Int, { description: 'Contest entrants whose name and phone were cleared' })
  entrants: number;

  @Field(() => Int, { description: 'Live game players whose name was replaced' })
  players: number;
}

@ObjectType('DataAuditEvent', {
  description: 'One change to people or organization, or one look at personal data (never the data itself)',
})
export class DataAuditEventModel {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => ID, { nullable: true, description: 'null: the system (a scheduled purge)' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'The actor’s username' })
  actorName: string | null;

  @Field({ description: 'e.g. PERSON_CREATED, ROSTER_IMPORTED, PHONE_REVEALED, ROLE_CHANGED' })
  action: string;

  @Field({ description: 'PERSON, UNIT, USER, ENTRANT, SETTING, POPULATION_KIND' })
  subjectType: string;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field({ description: 'JSON object: what changed (field names, counts, a reason)' })
  details: string;
}
