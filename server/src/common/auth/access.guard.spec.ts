import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AppConfig } from '../../config/app-config.js';
import { AccessGuard } from './access.guard.js';
import { Public, Roles } from './decorators.js';
import { TokenVerifier } from './token-verifier.js';

class Handlers {
  unmarked(): void {}
  @Public('test')
  open(): void {}
  @Roles('ADMIN')
  adminOnly(): void {}
}

const tokens = new TokenVerifier({ jwtSecret: 's'.repeat(40), accessTokenTtlSeconds: 60 } as AppConfig);
const guard = new AccessGuard(new Reflector(), tokens);

function contextFor(handler: keyof Handlers, authorization?: string): ExecutionContext {
  const request = { headers: authorization ? { authorization } : {} };
  return {
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const token = (role: 'ADMIN' | 'HOST') =>
    `Bearer ${tokens.issueAccessToken({ id: 'u', username: 'u', role, unitId: null }).token}`;

  it('fails closed: a handler without @Public or @Roles is refused even for an admin', () => {
    expect(() => guard.canActivate(contextFor('unmarked', token('ADMIN')))).toThrow('not open to anyone');
  });

  it('lets anyone call a public handler', () => {
    expect(guard.canActivate(contextFor('open'))).toBe(true);
  });

  it('asks for sign-in, then for the right role', () => {
    expect(() => guard.canActivate(contextFor('adminOnly'))).toThrow('Sign in');
    expect(() => guard.canActivate(contextFor('adminOnly', token('HOST')))).toThrow('roles: ADMIN');
    expect(guard.canActivate(contextFor('adminOnly', token('ADMIN')))).toBe(true);
  });
});
