import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { TokenVerifier } from '../../common/auth/token-verifier.js';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { User } from '../users/entities/user.entity.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { UsersService } from '../users/users.service.js';
import { AuthError } from './auth.errors.js';
import { RefreshToken } from './entities/refresh-token.entity.js';

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class AuthService {
  /** Sign-in attempts per client address: generous enough for a computer room behind one NAT. */
  private readonly perAddress = new RateLimiter(30, 5 * 60_000);
  /** Sign-in attempts per account: stops password guessing from many addresses. */
  private readonly perAccount = new RateLimiter(10, 15 * 60_000);
  /** Verified against when the user does not exist, so response time does not reveal usernames. */
  private dummyHash?: Promise<string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenVerifier,
  ) {}

  async signIn(username: string, password: string, address: string): Promise<IssuedSession> {
    const account = username.trim().toLowerCase();
    const addressOk = this.perAddress.take(address);
    const accountOk = this.perAccount.take(account);
    if (!addressOk || !accountOk) {
      const retryAfterSeconds = Math.max(
        this.perAddress.retryAfterSeconds(address),
        this.perAccount.retryAfterSeconds(account),
      );
      throw new AuthError('RATE_LIMITED', 'Too many sign-in attempts; wait and try again', { retryAfterSeconds });
    }
    const user = await this.users.findByUsername(account);
    this.dummyHash ??= this.hasher.hash(randomBytes(16).toString('hex'));
    const valid = await this.hasher.verify(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !valid || !user.active) throw new AuthError('INVALID_CREDENTIALS', 'Wrong username or password');
    this.perAccount.reset(account);
    return this.issue(user, randomUUID());
  }

  /** Rotates a refresh token. A token used twice means it leaked: the whole family is revoked. */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const stored = await this.refreshTokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (!stored || stored.revokedAt || stored.expiresAt.getTime() <= Date.now()) {
      throw new AuthError('TOKEN_INVALID', 'Your session has ended; sign in again');
    }
    const claimed = await this.refreshTokens.update({ id: stored.id, usedAt: IsNull() }, { usedAt: new Date() });
    if (!claimed.affected) {
      await this.revokeFamily(stored.familyId);
      throw new AuthError('TOKEN_INVALID', 'Your session has ended; sign in again');
    }
    const user = await this.users.get(stored.userId);
    if (!user.active) throw new AuthError('TOKEN_INVALID', 'Your session has ended; sign in again');
    return this.issue(user, stored.familyId);
  }

  async signOut(refreshToken: string): Promise<void> {
    const stored = await this.refreshTokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (stored) await this.revokeFamily(stored.familyId);
  }

  private async issue(user: User, familyId: string): Promise<IssuedSession> {
    const authUser: AuthUser = { id: user.id, username: user.username, role: user.role, unitId: user.unitId };
    const access = this.tokens.issueAccessToken(authUser);
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert({
      tokenHash: sha256(refreshToken),
      familyId,
      userId: user.id,
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, user };
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.refreshTokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
