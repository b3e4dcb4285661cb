import { Query, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { IdArg } from '../../common/graphql/id-arg.js';
import { toPersonModel } from './models/person.model.js';
import { PersonRecordModel } from './models/person-record.model.js';
import { PersonRecordService } from './person-record.service.js';

@Resolver(() => PersonRecordModel)
export class PersonRecordResolver {
  constructor(private readonly records: PersonRecordService) {}

  @Query(() => PersonRecordModel, {
    description: 'A person’s live games and contests (their unit’s officer or an admin)',
  })
  @Roles(Role.ADMIN, Role.UNIT_OFFICER)
  async personRecord(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<PersonRecordModel> {
    const { person, games, contests } = await this.records.record(viewer, id);
    return { person: toPersonModel(person), games, contests };
  }
}
