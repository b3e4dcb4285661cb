import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { UserSessions } from '../users/user-sessions.js';
import { RefreshToken } from './entities/refresh-token.entity.js';

/** Sessions are refresh-token families: ending them all revokes every live token of the account. */
@Injectable()
export class RefreshTokenSessions extends UserSessions {
  constructor(@InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>) {
    super();
  }

  async endAll(userId: string): Promise<void> {
    await this.refreshTokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
