import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { maskPhone } from '@thidua/shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

export interface SealedPhone {
  /** AES-256-GCM: iv.tag.ciphertext, base64url. */
  ciphertext: string;
  /** HMAC-SHA256 (hex): matches a number without decrypting anything. */
  hash: string;
  /** e.g. "09•••••123". */
  masked: string;
}

/**
 * Phone numbers at rest (rosters and contest entrants): encrypted, so that an admin can
 * call a prize winner, with a keyed hash to match a number and a mask to show. Both keys
 * are derived (HKDF) from the server secret: a copy of the database alone reveals no
 * number. Rotating JWT_SECRET makes stored numbers unreadable (and unmatched).
 * The hash key is the one contests used before, so existing entrants still match.
 */
@Injectable()
export class PhoneVault {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.encryptionKey = Buffer.from(hkdfSync('sha256', config.jwtSecret, 'thidua', 'phone-aes-256-gcm', 32));
    this.hashKey = Buffer.from(hkdfSync('sha256', config.jwtSecret, 'thidua', 'contest-phone-hmac', 32));
  }

  /** `normalizedPhone`: as normalizePhone gives it (10 digits). */
  seal(normalizedPhone: string): SealedPhone {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(normalizedPhone, 'utf8'), cipher.final()]);
    const ciphertext = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
    return { ciphertext, hash: this.hash(normalizedPhone), masked: maskPhone(normalizedPhone) };
  }

  /** The number, or null when the ciphertext was sealed under another secret (or damaged). */
  open(ciphertext: string): string | null {
    try {
      const [iv, tag, body] = ciphertext.split('.').map((part) => Buffer.from(part, 'base64url'));
      const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }

  hash(normalizedPhone: string): string {
    return createHmac('sha256', this.hashKey).update(normalizedPhone).digest('hex');
  }
}
