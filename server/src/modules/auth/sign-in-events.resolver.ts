import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Role } from '@thidua/shared';
import { Repository } from 'typeorm';
import { Roles } from '../../common/auth/decorators.js';
import { SignInEventsFilter } from './dto/sign-in-events.input.js';
import { SignInEvent } from './entities/sign-in-event.entity.js';
import { SignInEventPageModel, toSignInEventModel } from './models/sign-in-event.model.js';

/** The sign-in log: who tried which account from where, and what happened. Admins only. */
@Resolver()
export class SignInEventsResolver {
  constructor(@InjectRepository(SignInEvent) private readonly events: Repository<SignInEvent>) {}

  @Query(() => SignInEventPageModel)
  @Roles(Role.ADMIN)
  async signInEvents(
    @Args('filter', { type: () => SignInEventsFilter, nullable: true }) filter?: SignInEventsFilter,
  ): Promise<SignInEventPageModel> {
    const query = this.events.createQueryBuilder('e').orderBy('e.createdAt', 'DESC').addOrderBy('e.id', 'DESC');
    const like = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
    if (filter?.username) {
      query.andWhere('e.username ILIKE :username', { username: `%${like(filter.username.trim())}%` });
    }
    if (filter?.address) query.andWhere('e.address LIKE :address', { address: `${like(filter.address.trim())}%` });
    if (filter?.outcome) query.andWhere('e.outcome = :outcome', { outcome: filter.outcome });
    if (filter?.from) query.andWhere('e.createdAt >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('e.createdAt < :to', { to: filter.to });
    const [rows, total] = await query
      .take(filter?.limit ?? 50)
      .skip(filter?.offset ?? 0)
      .getManyAndCount();
    return { items: rows.map(toSignInEventModel), total };
  }
}
