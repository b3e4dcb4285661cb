import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { toUnitRef } from '../units/models/unit.model.js';
import { CreateUserInput, UpdateUserInput } from './dto/create-user.input.js';
import type { User } from './entities/user.entity.js';
import { UserModel } from './models/user.model.js';
import { UsersService } from './users.service.js';

export function toUserModel(user: User): UserModel {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unit: user.unit ? toUnitRef(user.unit) : null,
    active: user.active,
    email: user.email,
  };
}

/** Staff accounts: admins only. */
@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Query(() => [UserModel])
  @Roles(Role.ADMIN)
  async users(): Promise<UserModel[]> {
    return (await this.usersService.list()).map(toUserModel);
  }

  @Mutation(() => UserModel)
  @Roles(Role.ADMIN)
  async createUser(@CurrentUser() viewer: AuthUser, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return toUserModel(await this.usersService.create(input, viewer.id));
  }

  @Mutation(() => UserModel)
  @Roles(Role.ADMIN)
  async updateUser(@CurrentUser() viewer: AuthUser, @Args('input') input: UpdateUserInput): Promise<UserModel> {
    return toUserModel(await this.usersService.update(input, viewer.id));
  }
}
