import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type * as TokensModule from './auth-tokens';
import type * as RefreshModule from './refresh-session';

/** One browser tab: its own copy of the modules (in-memory access token, in-flight promise), the shared localStorage. */
interface Tab {
  refresh: typeof RefreshModule;
  tokens: typeof TokensModule;
}

async function openTab(): Promise<Tab> {
  vi.resetModules();
  const refresh = await import('./refresh-session');
  const tokens = await import('./auth-tokens');
  return { refresh, tokens };
}

/** A server rotating refresh tokens: each is exchanged once; a reused one is refused (as a replay). */
function rotatingServer() {
  const presented: string[] = [];
  let next = 1;
  const live = new Set(['r0']);
  const fetchMock = vi.fn(async (_url: string, init: { body: string }) => {
    const body = JSON.parse(init.body) as { variables: { input: { refreshToken: string } } };
    const token = body.variables.input.refreshToken;
    presented.push(token);
    // The answer takes a while, so the callers really overlap.
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (!live.delete(token)) {
      return { json: () => Promise.resolve({ data: null, errors: [{ message: 'TOKEN_INVALID' }] }) };
    }
    const refreshToken = `r${next}`;
    next += 1;
    live.add(refreshToken);
    return {
      json: () =>
        Promise.resolve({
          data: {
            refreshSession: {
              accessToken: `a-${refreshToken}`,
              accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
              refreshToken,
              user: { id: 'u1', username: 'admin', displayName: 'Quản trị', role: 'ADMIN', unit: null },
            },
          },
        }),
    };
  });
  return { presented, fetchMock };
}

/** navigator.locks as the browser gives it: one holder per name at a time, the rest queue in order. */
function fakeLocks() {
  const tails = new Map<string, Promise<unknown>>();
  const requested: string[] = [];
  return {
    requested,
    locks: {
      request: <T>(name: string, callback: () => Promise<T>): Promise<T> => {
        requested.push(name);
        const previous = tails.get(name) ?? Promise.resolve();
        const run = previous.then(() => callback());
        tails.set(
          name,
          run.catch(() => undefined),
        );
        return run;
      },
    },
  };
}

beforeEach(() => {
  localStorage.setItem('thidua.refreshToken', 'r0');
});

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'locks');
});

describe('refreshSession', () => {
  it('lets two tabs refreshing at once present different tokens, taking turns through the lock', async () => {
    const { presented, fetchMock } = rotatingServer();
    vi.stubGlobal('fetch', fetchMock);
    const { locks, requested } = fakeLocks();
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
    const tabA = await openTab();
    const tabB = await openTab();
    const signedOut = vi.fn();
    tabA.tokens.onSignedOut(signedOut);
    tabB.tokens.onSignedOut(signedOut);

    const [a, b] = await Promise.all([tabA.refresh.refreshSession(), tabB.refresh.refreshSession()]);

    expect(requested).toEqual(['thidua.refresh', 'thidua.refresh']);
    expect(presented).toEqual(['r0', 'r1']);
    expect(a?.refreshToken).toBe('r1');
    expect(b?.refreshToken).toBe('r2');
    expect(tabA.tokens.getAccessToken()).toBe('a-r1');
    expect(tabB.tokens.getAccessToken()).toBe('a-r2');
    expect(localStorage.getItem('thidua.refreshToken')).toBe('r2');
    expect(signedOut).not.toHaveBeenCalled();
  });

  it('without the lock the two tabs would replay one token and be signed out (what the lock prevents)', async () => {
    const { presented, fetchMock } = rotatingServer();
    vi.stubGlobal('fetch', fetchMock);
    const tabA = await openTab();
    const tabB = await openTab();
    const signedOut = vi.fn();
    tabB.tokens.onSignedOut(signedOut);
    tabA.tokens.onSignedOut(signedOut);

    const results = await Promise.all([tabA.refresh.refreshSession(), tabB.refresh.refreshSession()]);

    expect(presented).toEqual(['r0', 'r0']);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(signedOut).toHaveBeenCalledTimes(1);
  });

  it('shares one request between callers in the same tab', async () => {
    const { presented, fetchMock } = rotatingServer();
    vi.stubGlobal('fetch', fetchMock);
    const { locks, requested } = fakeLocks();
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
    const tab = await openTab();

    const [first, second] = await Promise.all([tab.refresh.refreshSession(), tab.refresh.refreshSession()]);

    expect(presented).toEqual(['r0']);
    expect(requested).toHaveLength(1);
    expect(first).toBe(second);
    expect(first?.refreshToken).toBe('r1');
  });
});
