import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, type Role as RoleType } from '@thidua/shared';
import { UnitRef } from '../../units/models/unit.model.js';

registerEnumType(Role, { name: 'Role', description: 'What a staff account may do' });

/** A staff account as admins see it (never the password hash). */
@ObjectType()
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: RoleType;

  @Field(() => UnitRef, { nullable: true, description: 'The unit a UNIT_OFFICER acts for' })
  unit: UnitRef | null;

  @Field()
  active: boolean;

  @Field(() => String, { nullable: true, description: 'Where notifications are e-mailed' })
  email: string | null;
}

/** The signed-in user. */
@ObjectType('Me')
export class MeModel {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: RoleType;

  @Field(() => UnitRef, { nullable: true })
  unit: UnitRef | null;
}
