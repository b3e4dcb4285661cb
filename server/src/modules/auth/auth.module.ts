import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from '../../common/auth/access.guard.js';
import { TokenVerifier } from '../../common/auth/token-verifier.js';
import { UsersModule } from '../users/users.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { RefreshToken } from './entities/refresh-token.entity.js';

/** Sign-in, sessions, and the global access guard. TokenVerifier is global so gateways can authenticate. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([RefreshToken]), UsersModule],
  providers: [AuthService, AuthResolver, TokenVerifier, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenVerifier],
})
export class AuthModule {}
