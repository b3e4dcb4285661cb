import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { TokenVerifier } from '../../common/auth/token-verifier.js';
import { RateLimits, type RateLimit } from '../../common/rate-limit/rate-limits.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { User } from '../users/entities/user.entity.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { UsersService } from '../users/users.service.js';
import { AuthError } from './auth.errors.js';
import { RefreshToken } from './entities/refresh-token.entity.js';
import type { SignInOutcome } from './entities/sign-in-event.entity.js';
import { SignInThrottle } from './sign-in-throttle.js';

/** Who is signing in, as the request shows it. */
export interface SignInClient {
  address: string;
  userAgent: string | null;
}

/**
 * How long the previous refresh token still works after it was exchanged: two tabs (or a
 * retried request) refreshing at once both get a session instead of revoking each other.
 */
export const REFRESH_GRACE_SECONDS = 30;

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  /** Sign-in requests per client address, whatever their outcome: a cap on raw volume (every node's). */
  private readonly perAddress: RateLimit;
  /** Verified against when the user does not exist, so response time does not reveal usernames. */
  private dummyHash?: Promise<string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenVerifier,
    private readonly throttle: SignInThrottle,
    limits: RateLimits,
  ) {
    this.perAddress = limits.create('sign-in:address', 30, 5 * 60_000);
  }

  /**
   * Signs in. There is no account lock: failures slow down only the (account, address) pair that
   * made them (and, more gently, their address), so nobody can keep the owner out from elsewhere.
   * Every attempt is logged.
   */
  async signIn(username: string, password: string, client: SignInClient): Promise<IssuedSession> {
    const account = username.trim().toLowerCase().slice(0, 60);
    return this.throttle.serialize(account, client.address, async () => {
      const user = await this.checkPassword(account, password, client);
      return this.issue(user, randomUUID());
    });
  }

  /**
   * A signed-in user sets a new password by giving the current one (a wrong one counts as a
   * failed sign-in). Every other session ends; the caller gets a fresh one.
   */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    client: SignInClient,
  ): Promise<IssuedSession> {
    const { username } = await this.users.get(userId);
    return this.throttle.serialize(username, client.address, async () => {
      try {
        await this.checkPassword(username, currentPassword, client, false);
      } catch (error) {
        if (error instanceof AuthError && error.reason === 'INVALID_CREDENTIALS') {
          throw new AuthError('WRONG_CURRENT_PASSWORD', 'currentPassword: this is not your current password', {
            field: 'currentPassword',
          });
        }
        throw error;
      }
      if (currentPassword === newPassword) {
        throw new AuthError('SAME_PASSWORD', 'newPassword: choose a password different from the current one', {
          field: 'newPassword',
        });
      }
      await this.users.changeOwnPassword(userId, newPassword);
      return this.issue(await this.users.get(userId), randomUUID());
    });
  }

  /** The user whose password this is, or a refusal; logs the attempt either way. */
  private async checkPassword(
    account: string,
    password: string,
    client: SignInClient,
    logSuccess = true,
  ): Promise<User> {
    const base = { username: account, address: client.address, userAgent: client.userAgent };
    const rawOk = await this.perAddress.take(client.address);
    const wait = rawOk
      ? await this.throttle.retryAfterSeconds(account, client.address)
      : await this.perAddress.retryAfterSeconds(client.address);
    if (wait > 0) {
      const known = await this.users.findByUsername(account);
      await this.throttle.record({ ...base, userId: known?.id ?? null, outcome: 'LIMITED', delaySeconds: wait });
      this.logger.warn(`Sign-in limited: "${account}" from ${client.address}, retry after ${wait} s`);
      throw new AuthError('RATE_LIMITED', `Too many sign-in attempts; wait ${wait} s and try again`, {
        retryAfterSeconds: wait,
      });
    }
    const user = await this.users.findByUsername(account);
    this.dummyHash ??= this.hasher.hash(randomBytes(16).toString('hex'));
    const valid = await this.hasher.verify(user?.passwordHash ?? (await this.dummyHash), password);
    const outcome: SignInOutcome = !user
      ? 'UNKNOWN_USER'
      : !valid
        ? 'WRONG_PASSWORD'
        : !user.active
          ? 'INACTIVE'
          : 'SUCCESS';
    if (outcome !== 'SUCCESS' || logSuccess) {
      await this.throttle.record({ ...base, userId: user?.id ?? null, outcome, delaySeconds: 0 });
    }
    if (outcome !== 'SUCCESS' || !user) throw new AuthError('INVALID_CREDENTIALS', 'Wrong username or password');
    return user;
  }

  /**
   * Rotates a refresh token. A token used again within REFRESH_GRACE_SECONDS of its exchange
   * (two tabs at once) gets a session of the same family; used later, it means the token leaked:
   * the whole family is revoked.
   */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const stored = await this.refreshTokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (!stored || stored.revokedAt || stored.expiresAt.getTime() <= Date.now()) {
      throw new AuthError('TOKEN_INVALID', 'Your session has ended; sign in again');
    }
    // One statement, on the database's clock: unused, or exchanged within the grace.
    const claimed = await this.refreshTokens
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ usedAt: () => 'COALESCE("used_at", now())' })
      .where('"id" = :id AND "revoked_at" IS NULL', { id: stored.id })
      .andWhere('("used_at" IS NULL OR "used_at" > now() - make_interval(secs => :grace))', {
        grace: REFRESH_GRACE_SECONDS,
      })
      .execute();
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
