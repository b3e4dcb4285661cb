import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';

/**
 * Tokens of the contest module: entrant and attempt tokens are 256 random bits, stored
 * as SHA-256 (entrant codes too). Phone numbers are sealed by the people module's
 * PhoneVault (encrypted, with the keyed hash contests used before, so old rows match).
 */
@Injectable()
export class ContestSecrets {
  newToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: tokenHash(token) };
  }
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
