import type { AnswerRejectReason, AnswerResponse, LiveQuestionView } from '@thidua/shared';
import { useEffect, useRef, useState } from 'react';
import { request, type LiveSocket } from '../../../lib/live-socket';

export type Submission =
  | { status: 'idle' }
  | { status: 'sending'; response: AnswerResponse }
  | { status: 'locked'; response: AnswerResponse }
  | { status: 'rejected'; response: AnswerResponse; reason: AnswerRejectReason | 'TIMEOUT' };

/** Reasons after which sending again cannot help. */
export const FINAL_REJECTIONS: ReadonlySet<string> = new Set(['CLOSED', 'WRONG_QUESTION', 'REMOVED', 'TIMEOUT']);

const ACK_WAIT_MS = 5000;

interface Options {
  question: Pick<LiveQuestionView, 'index' | 'closesAt' | 'graceMs'>;
  socket: LiveSocket | null;
  clockOffset: number;
  /** The answer the server already holds for this player (after a resume), if any. */
  lockedAnswer: AnswerResponse | null;
}

/**
 * Sending one answer. It is retried with the same payload until the server
 * acknowledges it (`duplicate` means an earlier try was recorded); once locked,
 * nothing more is sent for the question.
 */
export function useAnswerSender({ question, socket, clockOffset, lockedAnswer }: Options) {
  const [submission, setSubmission] = useState<Submission>(() =>
    lockedAnswer ? { status: 'locked', response: lockedAnswer } : { status: 'idle' },
  );
  const deadline = question.closesAt + question.graceMs;
  const cancelled = useRef(false);
  useEffect(
    () => () => {
      cancelled.current = true;
    },
    [],
  );

  // A state snapshot that carries our answer (after a resume) settles a pending send.
  useEffect(() => {
    if (lockedAnswer && submission.status !== 'locked') setSubmission({ status: 'locked', response: lockedAnswer });
  }, [lockedAnswer, submission.status]);

  async function send(response: AnswerResponse) {
    if (!socket || submission.status === 'sending' || submission.status === 'locked') return;
    setSubmission({ status: 'sending', response });
    const payload = {
      questionIndex: question.index,
      response: {
        ...(response.optionIds ? { optionIds: [...response.optionIds] } : {}),
        ...(typeof response.value === 'number' ? { value: response.value } : {}),
      },
    };
    const late = (margin: number) => Date.now() + clockOffset > deadline + margin;
    // Retry the same payload until an ack arrives or the window (plus a margin for the commit) is over.
    while (!cancelled.current) {
      if (socket.connected) {
        try {
          const ack = await request(socket, 'player:answer', payload, ACK_WAIT_MS);
          if (cancelled.current) return;
          if (ack.status === 'accepted' || ack.status === 'duplicate') {
            setSubmission({ status: 'locked', response });
            return;
          }
          const reason = ack.reason ?? 'INVALID_RESPONSE';
          // Right after a reconnect the socket may not be resumed yet: try again shortly.
          if ((reason === 'NOT_JOINED' || reason === 'RATE_LIMITED') && !late(ACK_WAIT_MS)) {
            await wait(1000);
            continue;
          }
          setSubmission({ status: 'rejected', response, reason });
          return;
        } catch {
          // No ack in time: same payload again (the server answers `duplicate` if it had it).
        }
      } else {
        await wait(500);
      }
      if (late(3 * ACK_WAIT_MS)) {
        setSubmission({ status: 'rejected', response, reason: 'TIMEOUT' });
        return;
      }
    }
  }

  return {
    submission,
    send: (response: AnswerResponse) => void send(response),
    /** After a rejection that may pass: choose again. */
    reset: () => setSubmission({ status: 'idle' }),
  };
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
