import { checkPlayerName, PLAYER_NAME_MAX_LENGTH, shortPlayerName, type LiveErrorReason } from '@thidua/shared';
import { nameKeyOf, type RuntimeGame, type RuntimePlayer } from '../live-game-state.js';

/** Players per game at most: a bound on memory, far above a ward festival. */
export const MAX_PLAYERS_PER_GAME = 20_000;

type Refusal = { ok: false; reason: LiveErrorReason; message: string };

export type JoinCheck = Refusal | { ok: true; game: RuntimeGame; name: string; nameKey: string };

/** A verified person's seat: a new one, or the one they already hold in this game (taken over, score kept). */
export type SeatCheck =
  | Refusal
  | { ok: true; game: RuntimeGame; takeover: RuntimePlayer }
  | { ok: true; game: RuntimeGame; takeover: null; name: string; nameKey: string };

/** The roster person a player was confirmed as (IdentityService), as the rules need them. */
export interface SeatPerson {
  id: string;
  fullName: string;
  subUnit: string;
  unitName: string;
}

const refuse = (reason: LiveErrorReason, message: string): Refusal => ({ ok: false, reason, message });

export const REMOVED_FROM_GAME_MESSAGE = 'The host removed you from this game';

/** Whether the host removed a player of `game` under this name (memory: the cheap test before the address one). */
export function removedUnderName(game: RuntimeGame, nameKey: string): boolean {
  return game.removedNameKeys.has(nameKey);
}

export const IDENTITY_REQUIRED_MESSAGE =
  'This game is for the roster only: enter your personal code, or find your name and confirm your year of birth';

/** Whether `game` takes a player at all (pure: the game as this node knows it). */
export function checkGameOpen(game: RuntimeGame | null, seated = false): Refusal | { ok: true; game: RuntimeGame } {
  if (!game) return refuse('GAME_NOT_FOUND', 'No game has this PIN');
  if (game.status === 'ENDED') return refuse('GAME_ENDED', 'This game has ended');
  if (!seated && game.joinLocked) return refuse('LOBBY_LOCKED', 'The host has closed this game to new players');
  if (!seated && game.phase !== 'LOBBY' && !game.settings.allowLateJoin)
    return refuse('LATE_JOIN_CLOSED', 'This game has started and does not take new players');
  return { ok: true, game };
}

/** Whether a guest may join `game` with this name and unit. ROSTER_ONLY games take no guest. */
export function checkJoin(game: RuntimeGame | null, rawName: string, unitId: string | null): JoinCheck {
  const open = checkGameOpen(game);
  if (!open.ok) return open;
  const g = open.game;
  if (g.settings.identityMode === 'ROSTER_ONLY') return refuse('IDENTITY_REQUIRED', IDENTITY_REQUIRED_MESSAGE);
  const check = checkPlayerName(rawName);
  if (!check.ok) return refuse('NAME_REFUSED', `This name cannot be used (${check.problem})`);
  const nameKey = nameKeyOf(check.name);
  if (g.nameKeys.has(nameKey)) return refuse('NAME_TAKEN', 'Another player already has this name');
  if (unitId && !g.units.has(unitId)) return refuse('UNKNOWN_UNIT', 'No such unit in this game');
  if (g.players.size >= MAX_PLAYERS_PER_GAME) return refuse('NOT_ALLOWED', 'This game is full');
  return { ok: true, game: g, name: check.name, nameKey };
}

/**
 * The seat of a confirmed roster person: the one they already hold (taken over: a
 * second phone, or the same phone after its token was lost), else a new one under the
 * roster name (shortened to 30 characters; told apart by class or a number when another
 * player already has it). A person the host removed stays removed.
 */
export function checkVerifiedJoin(game: RuntimeGame | null, person: SeatPerson): SeatCheck {
  const seatId = game?.seats.get(person.id);
  const seat = seatId ? game?.players.get(seatId) : undefined;
  const open = checkGameOpen(game, seat !== undefined);
  if (!open.ok) return open;
  const g = open.game;
  if (seat) {
    if (seat.removed) return refuse('REMOVED_FROM_GAME', REMOVED_FROM_GAME_MESSAGE);
    return { ok: true, game: g, takeover: seat };
  }
  if (g.players.size >= MAX_PLAYERS_PER_GAME) return refuse('NOT_ALLOWED', 'This game is full');
  const name = seatName(g, person);
  return { ok: true, game: g, takeover: null, name, nameKey: nameKeyOf(name) };
}

function seatName(game: RuntimeGame, person: SeatPerson): string {
  const base = shortPlayerName(person.fullName);
  const fit = (suffix: string) =>
    `${[...base]
      .slice(0, PLAYER_NAME_MAX_LENGTH - suffix.length)
      .join('')
      .trim()}${suffix}`;
  const where = person.subUnit.trim() || person.unitName.trim();
  const candidates = [base, ...(where ? [fit(` (${[...where].slice(0, 12).join('').trim()})`)] : [])];
  for (const name of candidates) if (!game.nameKeys.has(nameKeyOf(name))) return name;
  for (let n = 2; ; n += 1) {
    const name = fit(` ${n}`);
    if (!game.nameKeys.has(nameKeyOf(name))) return name;
  }
}

/** Memory after a player joined (on this node, or on another one that said so). */
export function addPlayer(
  game: RuntimeGame,
  p: { id: string; name: string; unitId: string | null; personId?: string | null; personKind?: string | null },
): RuntimePlayer {
  const player: RuntimePlayer = {
    id: p.id,
    name: p.name,
    nameKey: nameKeyOf(p.name),
    unitId: p.unitId,
    personId: p.personId ?? null,
    personKind: p.personKind ?? null,
    removed: false,
    score: 0,
    streak: 0,
    correctTimeMs: 0,
    answers: new Map(),
    rank: null,
  };
  game.players.set(player.id, player);
  game.nameKeys.add(player.nameKey);
  if (player.personId) game.seats.set(player.personId, player.id);
  game.activePlayers += 1;
  if (!player.personId) game.activeGuests += 1;
  return player;
}

/** Memory after the host removed a player: the name is free again and they no longer count. */
export function markRemoved(game: RuntimeGame, player: RuntimePlayer): void {
  player.removed = true;
  game.nameKeys.delete(player.nameKey);
  game.removedNameKeys.add(player.nameKey);
  game.activePlayers -= 1;
  if (!player.personId) game.activeGuests -= 1;
  game.cachedState = null;
}
