import { checkPlayerName, type LiveErrorReason } from '@thidua/shared';
import { nameKeyOf, type RuntimeGame, type RuntimePlayer } from '../live-game-state.js';

/** Players per game at most: a bound on memory, far above a ward festival. */
export const MAX_PLAYERS_PER_GAME = 20_000;

export type JoinCheck =
  | { ok: false; reason: LiveErrorReason; message: string }
  | { ok: true; game: RuntimeGame; name: string; nameKey: string };

const refuse = (reason: LiveErrorReason, message: string): JoinCheck => ({ ok: false, reason, message });

/** Whether a player may join `game` with this name and unit (pure: the game as this node knows it). */
export function checkJoin(game: RuntimeGame | null, rawName: string, unitId: string | null): JoinCheck {
  if (!game) return refuse('GAME_NOT_FOUND', 'No game has this PIN');
  if (game.status === 'ENDED') return refuse('GAME_ENDED', 'This game has ended');
  if (game.phase !== 'LOBBY' && !game.settings.allowLateJoin)
    return refuse('LATE_JOIN_CLOSED', 'This game has started and does not take new players');
  const check = checkPlayerName(rawName);
  if (!check.ok) return refuse('NAME_REFUSED', `This name cannot be used (${check.problem})`);
  const nameKey = nameKeyOf(check.name);
  if (game.nameKeys.has(nameKey)) return refuse('NAME_TAKEN', 'Another player already has this name');
  if (unitId && !game.units.has(unitId)) return refuse('UNKNOWN_UNIT', 'No such unit in this game');
  if (game.players.size >= MAX_PLAYERS_PER_GAME) return refuse('NOT_ALLOWED', 'This game is full');
  return { ok: true, game, name: check.name, nameKey };
}

/** Memory after a player joined (on this node, or on another one that said so). */
export function addPlayer(game: RuntimeGame, p: { id: string; name: string; unitId: string | null }): RuntimePlayer {
  const player: RuntimePlayer = {
    id: p.id,
    name: p.name,
    nameKey: nameKeyOf(p.name),
    unitId: p.unitId,
    removed: false,
    score: 0,
    streak: 0,
    correctTimeMs: 0,
    answers: new Map(),
    rank: null,
  };
  game.players.set(player.id, player);
  game.nameKeys.add(player.nameKey);
  game.activePlayers += 1;
  return player;
}

/** Memory after the host removed a player: the name is free again and they no longer count. */
export function markRemoved(game: RuntimeGame, player: RuntimePlayer): void {
  player.removed = true;
  game.nameKeys.delete(player.nameKey);
  game.activePlayers -= 1;
  game.cachedState = null;
}
