import type { AppConfig } from '../../config/app-config.js';
import { TokenVerifier } from './token-verifier.js';

describe('TokenVerifier', () => {
  const config = { jwtSecret: 'x'.repeat(40), accessTokenTtlSeconds: 900 } as AppConfig;
  const verifier = new TokenVerifier(config);
  const user = { id: 'u1', username: 'an', role: 'ADMIN' as const, unitId: null };

  it('accepts its own unexpired tokens', () => {
    const { token } = verifier.issueAccessToken(user);
    expect(verifier.verifyAccessToken(token)).toEqual(user);
  });

  it('refuses expired tokens', () => {
    const { token } = verifier.issueAccessToken(user, Date.now() - 901_000);
    expect(verifier.verifyAccessToken(token)).toBeNull();
  });

  it('refuses alg none, forged signatures and tokens of another secret', () => {
    const { token } = verifier.issueAccessToken(user);
    const [, payload] = token.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    expect(verifier.verifyAccessToken(none)).toBeNull();
    const elevated = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'ADMIN', sub: 'other' }),
    ).toString('base64url');
    expect(verifier.verifyAccessToken(token.replace(payload, elevated))).toBeNull();
    const other = new TokenVerifier({ ...config, jwtSecret: 'y'.repeat(40) });
    expect(other.verifyAccessToken(token)).toBeNull();
  });
});
