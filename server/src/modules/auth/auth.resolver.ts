import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@thidua/shared';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Public, Roles, type RequestWithUser } from '../../common/auth/decorators.js';
import { toUnitRef } from '../units/models/unit.model.js';
import type { User } from '../users/entities/user.entity.js';
import { MeModel } from '../users/models/user.model.js';
import { UsersService } from '../users/users.service.js';
import { AuthService, type IssuedSession, type SignInClient } from './auth.service.js';
import { ChangePasswordInput, RefreshSessionInput, SignInInput, SignOutInput } from './dto/sign-in.input.js';
import { AuthSessionModel } from './models/auth-session.model.js';

function toMe(user: User): MeModel {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unit: user.unit ? toUnitRef(user.unit) : null,
  };
}

function clientOf(req: RequestWithUser): SignInClient {
  const agent = req.headers['user-agent'];
  return { address: req.ip ?? 'unknown', userAgent: typeof agent === 'string' ? agent : null };
}

function toSession(session: IssuedSession): AuthSessionModel {
  return { ...session, user: toMe(session.user) };
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => AuthSessionModel)
  @Public('signing in is how a user gets a token')
  async signIn(@Args('input') input: SignInInput, @Context('req') req: RequestWithUser): Promise<AuthSessionModel> {
    return toSession(await this.auth.signIn(input.username, input.password, clientOf(req)));
  }

  @Mutation(() => AuthSessionModel)
  @Public('the refresh token itself is the credential')
  async refreshSession(@Args('input') input: RefreshSessionInput): Promise<AuthSessionModel> {
    return toSession(await this.auth.refresh(input.refreshToken));
  }

  @Mutation(() => Boolean)
  @Public('the refresh token itself is the credential; signing out must work with an expired access token')
  async signOut(@Args('input') input: SignOutInput): Promise<boolean> {
    await this.auth.signOut(input.refreshToken);
    return true;
  }

  @Mutation(() => AuthSessionModel, {
    description: 'Sets a new password given the current one; ends every session and returns a fresh one',
  })
  @Roles(...ROLES)
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ChangePasswordInput,
    @Context('req') req: RequestWithUser,
  ): Promise<AuthSessionModel> {
    return toSession(await this.auth.changePassword(user.id, input.currentPassword, input.newPassword, clientOf(req)));
  }

  @Query(() => MeModel)
  @Roles(...ROLES)
  async me(@CurrentUser() user: AuthUser): Promise<MeModel> {
    return toMe(await this.users.get(user.id));
  }
}
