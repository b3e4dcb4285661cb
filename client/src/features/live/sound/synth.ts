import type { SoundCue } from './cues';

/**
 * The cues synthesized with the Web Audio API: no sound files, so nothing to license or
 * download, and the lobby loop costs no bandwidth on a venue's Wi-Fi. Each note is an
 * oscillator with a short attack and an exponential release, mixed through one gain.
 */
interface Note {
  /** Hz. */
  frequency: number;
  /** Seconds after the cue starts. */
  at: number;
  /** Seconds. */
  duration: number;
  type?: OscillatorType;
  /** 0..1 of the cue's volume. */
  volume?: number;
}

const C5 = 523.25;
const D5 = 587.33;
const E5 = 659.25;
const G5 = 783.99;
const A5 = 880;
const C6 = 1046.5;

/** The notes of each cue. The lobby phrase is one bar of a loop (LOBBY_BAR_SECONDS). */
export const CUE_NOTES: Record<SoundCue, readonly Note[]> = {
  lobby: [C5, E5, G5, A5, G5, E5, D5, E5].map((frequency, i) => ({
    frequency,
    at: i * 0.3,
    duration: 0.28,
    type: 'triangle',
    volume: 0.35,
  })),
  question: [
    { frequency: G5, at: 0, duration: 0.12, type: 'square', volume: 0.3 },
    { frequency: C6, at: 0.12, duration: 0.25, type: 'square', volume: 0.3 },
  ],
  tick: [{ frequency: 1200, at: 0, duration: 0.06, type: 'square', volume: 0.25 }],
  lastTick: [{ frequency: 1600, at: 0, duration: 0.18, type: 'square', volume: 0.35 }],
  reveal: [C5, E5, G5].map((frequency, i) => ({ frequency, at: i * 0.09, duration: 0.7, type: 'sine', volume: 0.5 })),
  leaderboard: [
    { frequency: E5, at: 0, duration: 0.15, type: 'triangle' },
    { frequency: G5, at: 0.15, duration: 0.15, type: 'triangle' },
    { frequency: C6, at: 0.3, duration: 0.4, type: 'triangle' },
  ],
  podium: [
    ...[C5, E5, G5, C6].map((frequency, i) => ({ frequency, at: i * 0.16, duration: 0.2, type: 'square' as const })),
    ...[C5, E5, G5, C6].map((frequency) => ({
      frequency,
      at: 0.7,
      duration: 1.4,
      type: 'triangle' as const,
      volume: 0.5,
    })),
  ],
};

/** Seconds of one lobby bar; the loop plays it again after this. */
export const LOBBY_BAR_SECONDS = 2.4;

/** Plays `cue` now on `context` at `volume` (0..1); returns when it ends (context time). */
export function playCue(context: BaseAudioContext, cue: SoundCue, volume = 0.6): number {
  const start = context.currentTime + 0.02;
  const master = context.createGain();
  master.gain.value = volume * 0.3;
  master.connect(context.destination);
  let end = start;
  for (const note of CUE_NOTES[cue]) {
    const at = start + note.at;
    const oscillator = context.createOscillator();
    oscillator.type = note.type ?? 'sine';
    oscillator.frequency.setValueAtTime(note.frequency, at);
    const envelope = context.createGain();
    envelope.gain.setValueAtTime(0.0001, at);
    envelope.gain.exponentialRampToValueAtTime(note.volume ?? 1, at + 0.01);
    envelope.gain.exponentialRampToValueAtTime(0.0001, at + note.duration);
    oscillator.connect(envelope).connect(master);
    oscillator.start(at);
    oscillator.stop(at + note.duration + 0.02);
    end = Math.max(end, at + note.duration);
  }
  return end;
}
