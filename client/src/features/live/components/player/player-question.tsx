import type { AnswerRejectReason, AnswerResponse, LiveQuestionView, LiveStateView } from '@thidua/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request, type LiveSocket } from '../../../../lib/live-socket';
import { questionClock, useServerNow } from '../../hooks/use-server-now';
import { OptionMark, optionTone } from '../../../../components/option-mark';

interface PlayerQuestionProps {
  state: LiveStateView;
  question: LiveQuestionView;
  socket: LiveSocket | null;
  clockOffset: number;
}

type Submission =
  | { status: 'idle' }
  | { status: 'sending'; response: AnswerResponse }
  | { status: 'locked'; response: AnswerResponse }
  | { status: 'rejected'; response: AnswerResponse; reason: AnswerRejectReason | 'TIMEOUT' };

/** Reasons after which sending again cannot help. */
const FINAL_REJECTIONS: ReadonlySet<string> = new Set(['CLOSED', 'WRONG_QUESTION', 'REMOVED', 'TIMEOUT']);

const ACK_WAIT_MS = 5000;

/**
 * One question on the phone: prompt, countdown, the answer control for its type,
 * and the sending of the answer. An answer is retried with the same payload until
 * the server acknowledges it (`duplicate` means an earlier try was recorded).
 */
export function PlayerQuestion({ state, question, socket, clockOffset }: PlayerQuestionProps) {
  const { t } = useTranslation();
  const lockedAnswer = state.you?.currentAnswer ?? null;
  const [submission, setSubmission] = useState<Submission>(() =>
    lockedAnswer ? { status: 'locked', response: lockedAnswer } : { status: 'idle' },
  );
  const now = useServerNow(clockOffset, !state.paused, 250);
  const clock = questionClock(question, state.paused ? state.serverTime : now);
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
          if (reason === 'NOT_JOINED' || reason === 'RATE_LIMITED') {
            if (Date.now() + clockOffset > deadline + ACK_WAIT_MS) {
              setSubmission({ status: 'rejected', response, reason });
              return;
            }
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
      if (Date.now() + clockOffset > deadline + 3 * ACK_WAIT_MS) {
        setSubmission({ status: 'rejected', response, reason: 'TIMEOUT' });
        return;
      }
    }
  }

  const submitted = submission.status === 'sending' || submission.status === 'locked';
  const disabled = !clock.open || submitted || state.paused || !socket;
  const canRetry = submission.status === 'rejected' && !FINAL_REJECTIONS.has(submission.reason) && clock.open;
  const chosen = submission.status === 'idle' ? null : submission.response;

  return (
    <section className="player-card player-question" data-testid="player-question" aria-labelledby="pq-prompt">
      <header className="player-question__head">
        <span className="player-question__count">
          {t('live.questionOf', { index: question.index + 1, count: question.count })}
        </span>
        <Countdown clock={clock} paused={state.paused} />
      </header>
      <h1 id="pq-prompt" className="player-question__prompt">
        {question.prompt}
      </h1>
      {question.points > 1000 && <p className="player-question__double">{t('live.doublePoints')}</p>}
      <p className="player-question__hint" aria-live="polite">
        {state.paused
          ? t('live.paused')
          : clock.reading
            ? t('live.player.getReady')
            : clock.open
              ? hintFor(t, question)
              : t('live.player.timeUp')}
      </p>

      {question.type === 'NUMERIC' ? (
        <NumericAnswer
          question={question}
          disabled={disabled}
          chosen={chosen}
          onSubmit={(value) => void send({ value })}
        />
      ) : question.type === 'MULTIPLE_SELECT' ? (
        <MultiSelectAnswer
          question={question}
          disabled={disabled}
          chosen={chosen}
          onSubmit={(optionIds) => void send({ optionIds })}
        />
      ) : question.type === 'ORDERING' ? (
        <OrderingAnswer
          question={question}
          disabled={disabled}
          chosen={chosen}
          onSubmit={(optionIds) => void send({ optionIds })}
        />
      ) : (
        <ul className="player-options">
          {question.options.map((option, index) => {
            const isChosen = chosen?.optionIds?.includes(option.id) ?? false;
            return (
              <li key={option.id}>
                <button
                  type="button"
                  className={`player-option ${optionTone(index)}${isChosen ? ' is-chosen' : ''}${chosen && !isChosen ? ' is-dimmed' : ''}`}
                  data-testid={`player-option-${index}`}
                  aria-pressed={isChosen}
                  disabled={disabled}
                  onClick={() => void send({ optionIds: [option.id] })}
                >
                  <OptionMark index={index} />
                  <span className="player-option__text">{option.text}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <div className="player-question__status" aria-live="polite">
        {submission.status === 'sending' && (
          <p className="player-status player-status--sending">
            <span className="spinner spinner--small" aria-hidden="true" /> {t('live.player.sending')}
          </p>
        )}
        {submission.status === 'locked' && (
          <p className="player-status player-status--locked" data-testid="player-answer-locked">
            <span aria-hidden="true">✓</span> {t('live.player.locked')}
          </p>
        )}
        {submission.status === 'rejected' && (
          <div className="player-status player-status--rejected" role="alert">
            <p>{t([`live.answerErrors.${submission.reason}`, 'live.errors.generic'])}</p>
            {canRetry && (
              <button type="button" className="btn btn-secondary" onClick={() => setSubmission({ status: 'idle' })}>
                {t('live.player.tryAgain')}
              </button>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function hintFor(t: ReturnType<typeof useTranslation>['t'], question: LiveQuestionView): string {
  switch (question.type) {
    case 'MULTIPLE_SELECT':
      return t('live.player.hintMulti');
    case 'ORDERING':
      return t('live.player.hintOrdering');
    case 'NUMERIC':
      return t('live.player.hintNumeric');
    case 'SINGLE_CHOICE':
    case 'TRUE_FALSE':
      return t('live.player.hintSingle');
  }
}

function Countdown({ clock, paused }: { clock: ReturnType<typeof questionClock>; paused: boolean }) {
  const { t } = useTranslation();
  const seconds = Math.ceil(clock.remainingMs / 1000);
  const urgent = clock.open && seconds <= 5;
  return (
    <span
      className={`player-countdown${urgent ? ' is-urgent' : ''}${clock.reading ? ' is-reading' : ''}`}
      role="timer"
      aria-label={
        paused ? t('live.paused') : clock.reading ? t('live.opensIn', { seconds }) : t('live.secondsLeft', { seconds })
      }
    >
      {paused ? '❚❚' : seconds}
    </span>
  );
}

interface AnswerControlProps<T> {
  question: LiveQuestionView;
  disabled: boolean;
  chosen: AnswerResponse | null;
  onSubmit: (value: T) => void;
}

function MultiSelectAnswer({ question, disabled, chosen, onSubmit }: AnswerControlProps<string[]>) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string[]>(() => [...(chosen?.optionIds ?? [])]);
  const shown = chosen?.optionIds ? [...chosen.optionIds] : selected;
  function toggle(id: string) {
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  }
  return (
    <>
      <ul className="player-options">
        {question.options.map((option, index) => {
          const on = shown.includes(option.id);
          return (
            <li key={option.id}>
              <button
                type="button"
                role="checkbox"
                aria-checked={on}
                className={`player-option ${optionTone(index)}${on ? ' is-chosen' : ''}`}
                data-testid={`player-option-${index}`}
                disabled={disabled}
                onClick={() => toggle(option.id)}
              >
                <OptionMark index={index} />
                <span className="player-option__text">{option.text}</span>
                <span className="player-option__check" aria-hidden="true">
                  {on ? '☑' : '☐'}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {!chosen && (
        <button
          type="button"
          className="btn btn-primary btn-block player-submit"
          data-testid="player-submit"
          disabled={disabled || selected.length === 0}
          onClick={() => onSubmit(selected)}
        >
          {t('live.player.submitCount', { count: selected.length })}
        </button>
      )}
    </>
  );
}

function OrderingAnswer({ question, disabled, chosen, onSubmit }: AnswerControlProps<string[]>) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<string[]>(() => question.options.map((o) => o.id));
  const shown = chosen?.optionIds ? [...chosen.optionIds] : order;
  const byId = new Map(question.options.map((o, i) => [o.id, { option: o, index: i }]));
  function move(from: number, to: number) {
    setOrder((current) => {
      if (to < 0 || to >= current.length) return current;
      const next = [...current];
      const [item] = next.splice(from, 1);
      next.splice(to, 0, item);
      return next;
    });
  }
  return (
    <>
      <ol className="player-ordering">
        {shown.map((id, position) => {
          const entry = byId.get(id);
          if (!entry) return null;
          return (
            <li
              key={id}
              className={`player-ordering__item ${optionTone(entry.index)}`}
              data-testid={`player-option-${position}`}
            >
              <span className="player-ordering__pos">{position + 1}</span>
              <OptionMark index={entry.index} size={22} />
              <span className="player-ordering__text">{entry.option.text}</span>
              <span className="player-ordering__moves">
                <button
                  type="button"
                  className="player-ordering__move"
                  data-testid={`player-option-${position}-up`}
                  aria-label={t('live.player.moveUp', { text: entry.option.text })}
                  disabled={disabled || position === 0}
                  onClick={() => move(position, position - 1)}
                >
                  ▲
                </button>
                <button
                  type="button"
                  className="player-ordering__move"
                  data-testid={`player-option-${position}-down`}
                  aria-label={t('live.player.moveDown', { text: entry.option.text })}
                  disabled={disabled || position === shown.length - 1}
                  onClick={() => move(position, position + 1)}
                >
                  ▼
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {!chosen && (
        <button
          type="button"
          className="btn btn-primary btn-block player-submit"
          data-testid="player-submit"
          disabled={disabled}
          onClick={() => onSubmit(order)}
        >
          {t('live.player.submit')}
        </button>
      )}
    </>
  );
}

/** Accepts "1.5" and the Vietnamese "1,5". */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/gu, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/u.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

function NumericAnswer({ question, disabled, chosen, onSubmit }: AnswerControlProps<number>) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (typeof chosen?.value === 'number' ? String(chosen.value) : ''));
  const value = parseNumber(text);
  return (
    <form
      className="player-numeric"
      onSubmit={(event) => {
        event.preventDefault();
        if (value !== null) onSubmit(value);
      }}
    >
      <label htmlFor="player-numeric-input" className="sr-only">
        {t('live.player.numericLabel')}
      </label>
      <div className="player-numeric__row">
        <input
          id="player-numeric-input"
          data-testid="player-numeric"
          inputMode="decimal"
          autoComplete="off"
          value={typeof chosen?.value === 'number' ? String(chosen.value) : text}
          disabled={disabled}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={text !== '' && value === null}
        />
        {question.numericUnit && <span className="player-numeric__unit">{question.numericUnit}</span>}
      </div>
      {text !== '' && value === null && <p className="field__error">{t('live.player.numericInvalid')}</p>}
      {!chosen && (
        <button
          type="submit"
          className="btn btn-primary btn-block player-submit"
          data-testid="player-submit"
          disabled={disabled || value === null}
        >
          {t('live.player.submit')}
        </button>
      )}
    </form>
  );
}
