import type { LiveStateView } from './live-events.js';

/**
 * A phone's REVEAL frame comes without the question (issue 17: every phone already has it
 * from the QUESTION frame, and the question is most of a reveal's bytes); acks always
 * carry it. Puts back the question the phone holds, or returns null when it holds another
 * one (it missed the QUESTION frame): the phone then asks for its whole state again.
 */
export function withHeldQuestion(held: LiveStateView | null, next: LiveStateView): LiveStateView | null {
  if (next.phase !== 'REVEAL' || next.question !== null || next.reveal === null) return next;
  const question = held?.question;
  return question && question.index === next.reveal.index ? { ...next, question } : null;
}
