import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from '../../common/auth/access.guard.js';
import { TokenVerifier } from '../../common/auth/token-verifier.js';
import { UserSessions } from '../users/user-sessions.js';
import { UsersModule } from '../users/users.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { RefreshToken } from './entities/refresh-token.entity.js';
import { RefreshTokenSessions } from './refresh-token-sessions.js';
import { SignInEvent } from './entities/sign-in-event.entity.js';
import { SignInEventsResolver } from './sign-in-events.resolver.js';
import { SignInThrottle } from './sign-in-throttle.js';

/**
 * Sign-in, sessions, and the global access guard. TokenVerifier is global so gateways can
 * authenticate; UserSessions is global so the users module can end sessions without importing auth.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([RefreshToken, SignInEvent]), UsersModule],
  providers: [
    AuthService,
    AuthResolver,
    SignInEventsResolver,
    SignInThrottle,
    TokenVerifier,
    { provide: UserSessions, useClass: RefreshTokenSessions },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokenVerifier, UserSessions],
})
export class AuthModule {}
