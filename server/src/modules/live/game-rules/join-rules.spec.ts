import { atQuestion, runtimeGame, withPlayer } from '../testing/runtime-game.factory.js';
import { addPlayer, checkJoin, checkVerifiedJoin, markRemoved, MAX_PLAYERS_PER_GAME } from './join-rules.js';

describe('checkJoin', () => {
  it('lets a player join the lobby with a free name and a unit of the game', () => {
    expect(checkJoin(runtimeGame(), '  Nguyễn  Văn An ', 'unit-1')).toMatchObject({
      ok: true,
      name: 'Nguyễn Văn An',
      nameKey: 'nguyễn văn an',
    });
  });

  it('refuses a new player, guest or roster person, once the host locked the game; a seated person still comes back', () => {
    const game = runtimeGame({ joinLocked: true });
    expect(checkJoin(game, 'An', null)).toMatchObject({ ok: false, reason: 'LOBBY_LOCKED' });
    const person = { id: 'person-1', fullName: 'Lê Thị Hoa', subUnit: '', unitName: 'Lớp 9A' };
    expect(checkVerifiedJoin(game, person)).toMatchObject({ ok: false, reason: 'LOBBY_LOCKED' });
    const seat = withPlayer(game, 'p1', { personId: 'person-1' });
    expect(checkVerifiedJoin(game, person)).toMatchObject({ ok: true, takeover: seat });
  });

  it('refuses a missing or ended game', () => {
    expect(checkJoin(null, 'An', null)).toMatchObject({ ok: false, reason: 'GAME_NOT_FOUND' });
    expect(checkJoin(runtimeGame({ status: 'ENDED', phase: 'ENDED' }), 'An', null)).toMatchObject({
      ok: false,
      reason: 'GAME_ENDED',
    });
  });

  it('refuses a late join unless the game allows it', () => {
    const closed = atQuestion(runtimeGame({ settings: { allowLateJoin: false } }), 0);
    expect(checkJoin(closed, 'An', null)).toMatchObject({ ok: false, reason: 'LATE_JOIN_CLOSED' });
    expect(checkJoin(atQuestion(runtimeGame(), 0), 'An', null)).toMatchObject({ ok: true });
  });

  it('refuses an unusable name, a taken name (any case) and an unknown unit', () => {
    const game = runtimeGame();
    withPlayer(game, 'p1', { name: 'An', nameKey: 'an' });
    expect(checkJoin(game, '', null)).toMatchObject({ ok: false, reason: 'NAME_REFUSED' });
    expect(checkJoin(game, 'AN', null)).toMatchObject({ ok: false, reason: 'NAME_TAKEN' });
    expect(checkJoin(game, 'Bình', 'unit-x')).toMatchObject({ ok: false, reason: 'UNKNOWN_UNIT' });
  });

  it('refuses a full game', () => {
    const game = runtimeGame();
    const someone = withPlayer(runtimeGame(), 'p');
    for (let i = 0; i < MAX_PLAYERS_PER_GAME; i += 1) game.players.set(`p${i}`, someone);
    expect(checkJoin(game, 'An', null)).toMatchObject({ ok: false, reason: 'NOT_ALLOWED' });
  });
});

describe('roster-only games and verified players', () => {
  const person = { id: 'person-1', fullName: 'Nguyễn Văn An', subUnit: '9A', unitName: 'Lớp 9A' };

  it('refuses a guest in a ROSTER_ONLY game, takes one in ROSTER_PREFERRED and OPEN', () => {
    expect(checkJoin(runtimeGame({ settings: { identityMode: 'ROSTER_ONLY' } }), 'An', null)).toMatchObject({
      ok: false,
      reason: 'IDENTITY_REQUIRED',
    });
    for (const identityMode of ['ROSTER_PREFERRED', 'OPEN'] as const)
      expect(checkJoin(runtimeGame({ settings: { identityMode } }), 'An', null)).toMatchObject({ ok: true });
  });

  it('seats a person under the roster name, told apart when another player has it', () => {
    const game = runtimeGame({ settings: { identityMode: 'ROSTER_ONLY' } });
    expect(checkVerifiedJoin(game, person)).toMatchObject({ ok: true, takeover: null, name: 'Nguyễn Văn An' });
    withPlayer(game, 'guest', { name: 'Nguyễn Văn An', nameKey: 'nguyễn văn an' });
    expect(checkVerifiedJoin(game, person)).toMatchObject({ ok: true, name: 'Nguyễn Văn An (9A)' });
    const long = checkVerifiedJoin(game, { ...person, fullName: 'Tôn Nữ Hoàng Phương Thảo Nguyên Anh' });
    expect(long).toMatchObject({ ok: true, name: 'Tôn N. H. P. T. N. Anh' });
  });

  it("takes over the person's seat (even after late joins closed), never a second one; a removed seat stays removed", () => {
    const game = runtimeGame({ settings: { allowLateJoin: false } });
    const seat = withPlayer(game, 'p1', { personId: 'person-1', personKind: 'STUDENTS', score: 1200 });
    atQuestion(game, 0);
    expect(checkVerifiedJoin(game, person)).toMatchObject({ ok: true, takeover: seat });
    expect(checkVerifiedJoin(game, { ...person, id: 'person-2' })).toMatchObject({
      ok: false,
      reason: 'LATE_JOIN_CLOSED',
    });
    markRemoved(game, seat);
    expect(checkVerifiedJoin(game, person)).toMatchObject({ ok: false, reason: 'REMOVED_FROM_GAME' });
  });
});

describe('players in memory', () => {
  it('adds a player as active with their name reserved, and frees it on removal', () => {
    const game = runtimeGame();
    const player = addPlayer(game, { id: 'p1', name: 'An', unitId: null });
    expect(game.activePlayers).toBe(1);
    expect(game.nameKeys.has('an')).toBe(true);
    markRemoved(game, player);
    expect(player.removed).toBe(true);
    expect(game.activePlayers).toBe(0);
    expect(game.nameKeys.has('an')).toBe(false);
  });
});
