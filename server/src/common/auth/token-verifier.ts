import { Inject, Injectable } from '@nestjs/common';
import { ROLES, type Role } from '@thidua/shared';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { AccessTokenClaims, AuthUser } from './auth-user.js';

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/**
 * Issues and verifies our access tokens: compact HS256 JWTs. Only HS256 with our
 * own header is accepted, so `alg: none`, other algorithms and forged signatures
 * are all refused; expiry is checked to the second.
 */
@Injectable()
export class TokenVerifier {
  private readonly secret: Buffer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.secret = Buffer.from(config.jwtSecret);
  }

  issueAccessToken(user: AuthUser, now = Date.now()): { token: string; expiresAt: Date } {
    const iat = Math.floor(now / 1000);
    const exp = iat + this.config.accessTokenTtlSeconds;
    const claims: AccessTokenClaims & { iat: number; exp: number } = {
      sub: user.id,
      usr: user.username,
      role: user.role,
      unit: user.unitId,
      iat,
      exp,
    };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${HEADER}.${payload}.${this.sign(`${HEADER}.${payload}`)}`, expiresAt: new Date(exp * 1000) };
  }

  /** The user of a valid, unexpired token; null for anything else. */
  verifyAccessToken(token: string, now = Date.now()): AuthUser | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return null;
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Partial<
        AccessTokenClaims & { exp: number }
      >;
      if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return null;
      if (typeof claims.sub !== 'string' || typeof claims.usr !== 'string') return null;
      if (!ROLES.includes(claims.role as Role)) return null;
      return { id: claims.sub, username: claims.usr, role: claims.role as Role, unitId: claims.unit ?? null };
    } catch {
      return null;
    }
  }

  private sign(input: string): string {
    return createHmac('sha256', this.secret).update(input).digest('base64url');
  }
}
