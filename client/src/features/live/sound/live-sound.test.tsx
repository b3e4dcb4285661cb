import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countdownTicks, cueForChange, type SoundMoment } from './cues';
import { saveSoundPreference, soundPreference } from './sound-preference';
import { CUE_NOTES, playCue } from './synth';
import { useLiveSound } from './use-live-sound';

/** A Web Audio stand-in that records the notes scheduled on it (jsdom has no audio). */
class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  state: AudioContextState = 'running';
  currentTime = 0;
  destination = {};
  onstatechange: (() => void) | null = null;
  frequencies: number[] = [];
  constructor() {
    FakeAudioContext.instances.push(this);
  }
  private node() {
    return { connect: (next: unknown) => next ?? {} };
  }
  createGain() {
    const param = { value: 0, setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() };
    return { ...this.node(), gain: param };
  }
  createOscillator() {
    const record = this.frequencies;
    return {
      ...this.node(),
      type: 'sine',
      frequency: { setValueAtTime: (hz: number) => record.push(hz) },
      start: vi.fn(),
      stop: vi.fn(),
    };
  }
  resume() {
    this.state = 'running';
    this.onstatechange?.();
    return Promise.resolve();
  }
  close() {
    return Promise.resolve();
  }
}

const at = (phase: SoundMoment['phase'], index: number, extra: Partial<SoundMoment> = {}): SoundMoment => ({
  phase,
  index,
  ...extra,
});
/** The cues a context played, recognized by their first note's frequency sequence. */
const notesOf = (cue: keyof typeof CUE_NOTES) => CUE_NOTES[cue].map((n) => n.frequency);

describe('live sound cues', () => {
  it('plays one cue per change of phase or question, none while paused, and no podium for a game found ended', () => {
    expect(cueForChange(null, at('LOBBY', -1))).toBeNull();
    expect(cueForChange(at('LOBBY', -1), at('QUESTION', 0))).toBe('question');
    expect(cueForChange(at('QUESTION', 0), at('QUESTION', 0))).toBeNull();
    expect(cueForChange(at('QUESTION', 0), at('REVEAL', 0))).toBe('reveal');
    expect(cueForChange(at('REVEAL', 0), at('LEADERBOARD', 0))).toBe('leaderboard');
    expect(cueForChange(at('LEADERBOARD', 0), at('QUESTION', 1))).toBe('question');
    expect(cueForChange(at('REVEAL', 1), at('QUESTION', 2, { paused: true }))).toBeNull();
    expect(cueForChange(at('LEADERBOARD', 4), at('ENDED', 4))).toBe('podium');
    expect(cueForChange(null, at('ENDED', 4))).toBeNull();
  });

  it('ticks each of the last five seconds, the last one apart, and only those still to come', () => {
    expect(countdownTicks(20_000, 0)).toEqual([
      [15_000, 'tick'],
      [16_000, 'tick'],
      [17_000, 'tick'],
      [18_000, 'tick'],
      [19_000, 'lastTick'],
    ]);
    expect(countdownTicks(20_000, 17_500)).toEqual([
      [500, 'tick'],
      [1_500, 'lastTick'],
    ]);
    expect(countdownTicks(20_000, 20_000)).toEqual([]);
  });

  it('schedules every note of a cue', () => {
    const ctx = new FakeAudioContext();
    playCue(ctx as unknown as BaseAudioContext, 'reveal');
    expect(ctx.frequencies).toEqual(notesOf('reveal'));
  });

  it('is on by default on the screen, off on the host console and a phone, and remembers the choice', () => {
    const storage = new Map<string, string>();
    const store = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => storage.set(k, v),
    };
    expect(soundPreference('host', store)).toBe(false);
    expect(soundPreference('screen', store)).toBe(true);
    expect(soundPreference('player', store)).toBe(false);
    saveSoundPreference('screen', false, store);
    saveSoundPreference('player', true, store);
    expect(soundPreference('screen', store)).toBe(false);
    expect(soundPreference('player', store)).toBe(true);
  });
});

describe('useLiveSound', () => {
  beforeEach(() => {
    FakeAudioContext.instances = [];
    vi.stubGlobal('AudioContext', FakeAudioContext);
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('plays the lobby loop, the question, the countdown and the reveal; muting stops it and is remembered', () => {
    let now = 0;
    const { result, rerender } = renderHook(({ moment }) => useLiveSound('screen', moment, () => now), {
      initialProps: { moment: at('LOBBY', -1) },
    });
    const ctx = () => FakeAudioContext.instances[0];
    expect(ctx().frequencies).toEqual(notesOf('lobby'));
    act(() => {
      vi.advanceTimersByTime(2_400);
    });
    expect(ctx().frequencies).toEqual([...notesOf('lobby'), ...notesOf('lobby')]);

    ctx().frequencies = [];
    rerender({ moment: at('QUESTION', 0, { opensAt: 2_000, closesAt: 12_000 }) });
    expect(ctx().frequencies).toEqual(notesOf('question'));
    act(() => {
      vi.advanceTimersByTime(20_000);
    }); // the lobby loop stopped; five ticks played
    expect(ctx().frequencies.slice(notesOf('question').length)).toEqual([...Array<number>(4).fill(1200), 1600]);

    ctx().frequencies = [];
    now = 12_500;
    rerender({ moment: at('REVEAL', 0) });
    expect(ctx().frequencies).toEqual(notesOf('reveal'));

    act(() => {
      result.current.toggle();
    });
    expect(result.current.enabled).toBe(false);
    expect(localStorage.getItem('thidua.sound.screen')).toBe('off');
    ctx().frequencies = [];
    rerender({ moment: at('LEADERBOARD', 0) });
    expect(ctx().frequencies).toEqual([]);
  });

  it('says when the browser waits for a click, and the click starts the sound', async () => {
    class SuspendedContext extends FakeAudioContext {
      override state: AudioContextState = 'suspended';
      override resume() {
        return Promise.resolve(); // an unattended screen: nothing resumes it before a click
      }
    }
    vi.stubGlobal('AudioContext', SuspendedContext);
    const { result } = renderHook(() => useLiveSound('screen', at('LOBBY', -1), () => 0));
    expect(result.current.blocked).toBe(true);
    expect(FakeAudioContext.instances[0].frequencies).toEqual([]);
    FakeAudioContext.instances[0].state = 'running';
    await act(async () => {
      result.current.toggle();
      await Promise.resolve();
    });
    expect(result.current).toMatchObject({ enabled: true, blocked: false });
  });

  it('stays silent on a phone until its player turns it on', () => {
    renderHook(() => useLiveSound('player', at('QUESTION', 0, { closesAt: 10_000 }), () => 0));
    act(() => {
      vi.advanceTimersByTime(11_000);
    });
    expect(FakeAudioContext.instances.flatMap((c) => c.frequencies)).toEqual([]);
  });
});
