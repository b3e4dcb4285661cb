import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/**
 * Keys and tokens of the contest module.
 *
 * Phone numbers are matched by HMAC-SHA256 under a key derived (HKDF) from the
 * server secret, so that a copy of the database alone cannot be brute-forced back
 * to numbers (10-digit numbers are a small space). Consequence: rotating JWT_SECRET
 * changes every phone hash — a returning entrant would be registered again.
 * Entrant and attempt tokens are 256 random bits, stored as SHA-256.
 */
@Injectable()
export class ContestSecrets {
  private readonly phoneKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.phoneKey = Buffer.from(hkdfSync('sha256', config.jwtSecret, 'thidua', 'contest-phone-hmac', 32));
  }

  phoneHash(normalizedPhone: string): string {
    return createHmac('sha256', this.phoneKey).update(normalizedPhone).digest('hex');
  }

  newToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: tokenHash(token) };
  }
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
