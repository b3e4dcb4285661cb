import { useCallback, useEffect, useRef, useState } from 'react';
import { countdownTicks, cueForChange, type SoundCue, type SoundMoment } from './cues';
import { saveSoundPreference, soundPreference, type SoundView } from './sound-preference';
import { LOBBY_BAR_SECONDS, playCue } from './synth';

export interface LiveSound {
  /** Sound is on for this view (remembered on the device). */
  enabled: boolean;
  /** The browser waits for a click before it plays anything (an unattended screen). */
  blocked: boolean;
  toggle: () => void;
}

/**
 * The live quiz's sound on one view: a cue at every phase change, the lobby loop, the last
 * seconds' countdown. `moment` is where the game stands; `serverNow` the synced server clock.
 */
export function useLiveSound(view: SoundView, moment: SoundMoment | null, serverNow: () => number): LiveSound {
  const [enabled, setEnabled] = useState(() => soundPreference(view));
  const [blocked, setBlocked] = useState(false);
  const context = useRef<AudioContext | null>(null);
  const previous = useRef<SoundMoment | null>(null);

  const audio = useCallback((): AudioContext | null => {
    if (typeof AudioContext === 'undefined') return null;
    if (!context.current) {
      context.current = new AudioContext();
      context.current.onstatechange = () => setBlocked(context.current?.state === 'suspended');
    }
    if (context.current.state === 'suspended') {
      setBlocked(true);
      void context.current.resume().catch(() => undefined);
    }
    return context.current;
  }, []);

  const play = useCallback(
    (cue: SoundCue) => {
      const ctx = audio();
      if (ctx && ctx.state === 'running') playCue(ctx, cue);
    },
    [audio],
  );

  // A cue at each change of phase or question.
  const phase = moment?.phase;
  const index = moment?.index;
  const paused = moment?.paused;
  useEffect(() => {
    if (!moment) return;
    const cue = cueForChange(previous.current, moment);
    previous.current = moment;
    if (enabled && cue) play(cue);
    // Only phase, question and pause matter (the moment object changes with every frame).
  }, [phase, index, paused, enabled, play]);

  // The lobby loop.
  useEffect(() => {
    if (!enabled || phase !== 'LOBBY') return;
    play('lobby');
    const timer = setInterval(() => play('lobby'), LOBBY_BAR_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [enabled, phase, play]);

  // The countdown of the last seconds.
  const closesAt = moment?.closesAt;
  useEffect(() => {
    if (!enabled || phase !== 'QUESTION' || paused || closesAt === undefined) return;
    const timers = countdownTicks(closesAt, serverNow()).map(([delay, cue]) => setTimeout(() => play(cue), delay));
    return () => timers.forEach(clearTimeout);
  }, [enabled, phase, paused, closesAt, serverNow, play]);

  useEffect(
    () => () => {
      void context.current?.close().catch(() => undefined);
      context.current = null;
    },
    [],
  );

  const toggle = useCallback(() => {
    // A click is the gesture the browser waits for: resume first, then (un)mute.
    const ctx = audio();
    const next = blocked ? true : !enabled;
    if (ctx && next)
      void ctx.resume().then(
        () => setBlocked(false),
        () => undefined,
      );
    setEnabled(next);
    saveSoundPreference(view, next);
  }, [audio, blocked, enabled, view]);

  return { enabled, blocked: enabled && blocked, toggle };
}
