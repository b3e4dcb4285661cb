import type { LiveQuestionView, LiveRevealView, LiveStateView } from './live-events.js';
import { withHeldQuestion } from './phone-frames.js';

const question = (index: number) => ({ index, prompt: `Câu ${index + 1}` }) as LiveQuestionView;
const reveal = (index: number) => ({ index, correctOptionIds: ['a'] }) as LiveRevealView;
const state = (s: Partial<LiveStateView>) =>
  ({ phase: 'QUESTION', question: null, reveal: null, ...s }) as LiveStateView;

describe('withHeldQuestion', () => {
  it('puts the held question back into a REVEAL frame of the same question', () => {
    const held = state({ question: question(2) });
    const next = state({ phase: 'REVEAL', reveal: reveal(2) });
    expect(withHeldQuestion(held, next)).toEqual({ ...next, question: question(2) });
  });

  it('returns null when the phone holds another question or none: it must ask for its state', () => {
    expect(
      withHeldQuestion(state({ question: question(1) }), state({ phase: 'REVEAL', reveal: reveal(2) })),
    ).toBeNull();
    expect(withHeldQuestion(null, state({ phase: 'REVEAL', reveal: reveal(0) }))).toBeNull();
  });

  it('passes every other frame as it is', () => {
    const full = state({ phase: 'REVEAL', question: question(3), reveal: reveal(3) });
    expect(withHeldQuestion(null, full)).toBe(full);
    const board = state({ phase: 'LEADERBOARD' });
    expect(withHeldQuestion(null, board)).toBe(board);
  });
});
