import { liveStepOf, type LivePhase, type LiveStateView } from '@thidua/shared';

/** The sounds of a live quiz on the host's and the screen's speakers. */
export type SoundCue = 'lobby' | 'question' | 'tick' | 'lastTick' | 'reveal' | 'leaderboard' | 'podium';

/** Where the game stands, as far as sound is concerned. */
export interface SoundMoment {
  phase: LivePhase;
  /** The question shown, revealed or ranked after (-1 in the lobby). */
  index: number;
  /** Server time the options open and close at (QUESTION only). */
  opensAt?: number;
  closesAt?: number;
  /** Paused games stay silent. */
  paused?: boolean;
}

/** Seconds before the close that tick (the last one sounds different). */
export const COUNTDOWN_TICKS = 5;

/** The cue to play when the game moves from `previous` to `next` (none when nothing changed). */
export function cueForChange(previous: SoundMoment | null, next: SoundMoment): SoundCue | null {
  if (next.paused) return null;
  if (previous && previous.phase === next.phase && previous.index === next.index) return null;
  switch (next.phase) {
    case 'QUESTION':
      return 'question';
    case 'REVEAL':
      return 'reveal';
    case 'LEADERBOARD':
      return 'leaderboard';
    case 'ENDED':
      // A screen attached to a game that ended long ago is not a podium moment.
      return previous ? 'podium' : null;
    case 'LOBBY':
      return null; // the lobby has its loop
  }
}

/**
 * The countdown ticks still to come at server time `now`: one a second over the last
 * COUNTDOWN_TICKS seconds before `closesAt`, as [delay from now in ms, cue].
 */
export function countdownTicks(closesAt: number, now: number): [number, SoundCue][] {
  const ticks: [number, SoundCue][] = [];
  for (let s = COUNTDOWN_TICKS; s >= 1; s -= 1) {
    const at = closesAt - s * 1000;
    if (at >= now) ticks.push([at - now, s === 1 ? 'lastTick' : 'tick']);
  }
  return ticks;
}

/** Where a state stands, for sound. */
export function soundMomentOf(state: LiveStateView): SoundMoment {
  return {
    ...liveStepOf(state),
    opensAt: state.question?.opensAt,
    closesAt: state.phase === 'QUESTION' ? state.question?.closesAt : undefined,
    paused: state.paused,
  };
}
