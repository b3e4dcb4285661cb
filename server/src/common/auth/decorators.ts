import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@thidua/shared';
import type { Request } from 'express';
import type { AuthUser } from './auth-user.js';

export const ACCESS_METADATA = 'thidua:access';

/** How an operation is protected. Every resolver and controller handler must declare one. */
export type AccessRule = { kind: 'public'; reason: string } | { kind: 'roles'; roles: readonly Role[] };

/**
 * Open to anyone, signed in or not. The reason is required so that a reviewer
 * reading the code sees why, e.g. `@Public('signing in')`.
 */
export const Public = (reason: string) => SetMetadata(ACCESS_METADATA, { kind: 'public', reason } satisfies AccessRule);

/** Signed-in users with one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies AccessRule);

export interface RequestWithUser extends Request {
  user?: AuthUser;
}

export function requestOf(context: ExecutionContext): RequestWithUser {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithUser }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithUser>();
}

/** The signed-in user; the guard has already refused anonymous calls on non-public operations. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser | undefined => {
  return requestOf(context).user;
});
