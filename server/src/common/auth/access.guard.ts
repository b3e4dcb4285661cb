import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-error.js';
import { ACCESS_METADATA, requestOf, type AccessRule } from './decorators.js';
import { TokenVerifier } from './token-verifier.js';

/**
 * The global guard for GraphQL operations and HTTP handlers. It fails closed: an
 * operation with neither @Public nor @Roles is refused, so forgetting to protect
 * one cannot open it. (Socket gateways authenticate on connect, in their own guard.)
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const type = context.getType<string>();
    if (type !== 'graphql' && type !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('ROLE_REQUIRED', 'This operation is not open to anyone');

    const request = requestOf(context);
    const header = request.headers?.authorization;
    const bearer = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (bearer) {
      const user = this.tokens.verifyAccessToken(bearer);
      if (!user && rule.kind === 'roles')
        throw new UnauthenticatedError('TOKEN_INVALID', 'Your session has expired; sign in again');
      request.user = user ?? undefined;
    }
    if (rule.kind === 'public') return true;
    if (!request.user) throw new UnauthenticatedError('NOT_SIGNED_IN', 'Sign in to continue');
    if (!rule.roles.includes(request.user.role)) {
      throw new ForbiddenError('ROLE_REQUIRED', `This needs one of the roles: ${rule.roles.join(', ')}`, {
        roles: rule.roles,
      });
    }
    return true;
  }
}
