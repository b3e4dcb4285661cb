import 'reflect-metadata';
import { GATEWAY_METADATA, GATEWAY_OPTIONS, MESSAGE_MAPPING_METADATA } from '@nestjs/websockets/constants.js';
import {
  CAMPAIGN_BOARD_NAMESPACE,
  CONTEST_RACE_NAMESPACE,
  LIVE_NAMESPACE,
  NOTIFICATIONS_NAMESPACE,
} from '@thidua/shared';
import { FEATURE_MODULES } from '../app.module.js';

/**
 * Every socket.io gateway of the app, found through the feature modules, must be
 * listed here with who may connect: adding a namespace is a decision a reviewer
 * sees in the diff. And none may register handlers with `@SubscribeMessage`, which
 * would bypass the realtime kit (validation, limits, one ack per event).
 */
const NAMESPACES: Record<string, string> = {
  // Hosts by access token (checked per command against the game); players by join/resume token; screens by PIN.
  [LIVE_NAMESPACE]: 'token on connect, checked per event',
  // Big screens run unattended without a user; they only read what the admin made public.
  [CAMPAIGN_BOARD_NAMESPACE]: 'public, read-only',
  [CONTEST_RACE_NAMESPACE]: 'public, read-only',
  // Staff: access token on connect (refused without); own user's room only; sheets after the read check.
  [NOTIFICATIONS_NAMESPACE]: 'token on connect, own notifications, sheets checked on watch',
};

type Constructor = abstract new (...args: never[]) => object;

function providersOf(module: Constructor, seen = new Set<Constructor>()): Constructor[] {
  if (seen.has(module)) return [];
  seen.add(module);
  const providers = ((Reflect.getMetadata('providers', module) ?? []) as unknown[]).filter(
    (p): p is Constructor => typeof p === 'function',
  );
  const imports = ((Reflect.getMetadata('imports', module) ?? []) as unknown[]).filter(
    (m): m is Constructor => typeof m === 'function',
  );
  return [...providers, ...imports.flatMap((m) => providersOf(m, seen))];
}

describe('socket gateways', () => {
  const gateways = [...new Set(FEATURE_MODULES.flatMap((m) => providersOf(m)))].filter(
    (p) => Reflect.getMetadata(GATEWAY_METADATA, p) === true,
  );

  it('are each listed with who may connect', () => {
    const namespaces = gateways.map(
      (g) => (Reflect.getMetadata(GATEWAY_OPTIONS, g) as { namespace?: string }).namespace,
    );
    expect(namespaces.sort()).toEqual(Object.keys(NAMESPACES).sort());
  });

  it('register their events through the realtime kit, not @SubscribeMessage', () => {
    for (const gateway of gateways) {
      const methods = Object.getOwnPropertyNames(gateway.prototype).filter(
        (name) =>
          name !== 'constructor' &&
          Reflect.getMetadata(MESSAGE_MAPPING_METADATA, (gateway.prototype as Record<string, object>)[name]) === true,
      );
      expect({ gateway: gateway.name, methods }).toEqual({ gateway: gateway.name, methods: [] });
    }
  });
});
