import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cwd } from 'node:process';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../../../../test/render';
import { fakeLiveSocket } from '../../testing/fake-live-socket';
import { liveQuestion, liveState, liveYou } from '../../testing/live-fixtures';
import type { LiveQuestionView } from '@thidua/shared';
import { PlayerQuestion } from './player-question';

// The stylesheet as shipped, its @imports inlined (vitest does not load CSS into jsdom); tests run from client/.
function readCss(path: string): string {
  return readFileSync(path, 'utf8').replace(/@import '([^']+)';/gu, (_, file: string) =>
    readCss(join(dirname(path), file)),
  );
}
const liveCss = readCss(join(cwd(), 'src/features/live/live.css'));
const globalCss = readCss(join(cwd(), 'src/styles/global.css'));

const accepted = { status: 'accepted', receivedAt: 1 };

function renderQuestion(
  question: LiveQuestionView,
  reply: (event: string) => unknown = () => accepted,
  you = liveYou(),
) {
  const fake = fakeLiveSocket(reply);
  const state = liveState({ phase: 'QUESTION', question, you });
  const view = renderUi(<PlayerQuestion state={state} question={question} socket={fake.socket} clockOffset={0} />);
  return { ...view, ...fake };
}

const option = (i: number) => screen.getByTestId(`player-option-${i}`);

describe('PlayerQuestion answer controls', { timeout: 20_000 }, () => {
  it('single choice: one tap sends that option, then every option is locked', async () => {
    const { user, events } = renderQuestion(liveQuestion('SINGLE_CHOICE'));
    expect(screen.getByText('Chọn một đáp án')).toBeInTheDocument();
    await user.click(option(1));
    expect(events('player:answer')).toEqual([{ questionIndex: 0, response: { optionIds: ['opt-b'] } }]);
    await screen.findByTestId('player-answer-locked');
    expect(screen.getByTestId('player-answer-locked')).toHaveTextContent('Đã ghi nhận câu trả lời');
    expect(option(1)).toHaveAttribute('aria-pressed', 'true');
    expect(option(1)).toHaveClass('is-chosen');
    expect(option(0)).toHaveClass('is-dimmed');
    for (let i = 0; i < 4; i++) expect(option(i)).toBeDisabled();
    await user.click(option(2));
    expect(events('player:answer')).toHaveLength(1);
  });

  it('shows "sending" while the ack is on its way and sends nothing twice', async () => {
    const { user, events, answerPending } = renderQuestion(liveQuestion('TRUE_FALSE'), () => undefined);
    await user.click(option(0));
    expect(screen.getByText('Đang gửi…')).toBeInTheDocument();
    expect(option(1)).toBeDisabled();
    answerPending({ status: 'duplicate' });
    await screen.findByTestId('player-answer-locked');
    expect(events('player:answer')).toHaveLength(1);
  });

  it('multiple select: toggles options, the submit counts them and sends all, then locks', async () => {
    const { user, events } = renderQuestion(liveQuestion('MULTIPLE_SELECT'));
    const submit = screen.getByTestId('player-submit');
    expect(submit).toBeDisabled();
    await user.click(option(0));
    await user.click(option(2));
    await user.click(option(3));
    await user.click(option(3));
    expect(option(0)).toHaveAttribute('aria-checked', 'true');
    expect(option(3)).toHaveAttribute('aria-checked', 'false');
    expect(submit).toHaveTextContent('Gửi (2 đáp án)');
    expect(events('player:answer')).toHaveLength(0);
    await user.click(submit);
    expect(events('player:answer')).toEqual([{ questionIndex: 0, response: { optionIds: ['opt-a', 'opt-c'] } }]);
    await screen.findByTestId('player-answer-locked');
    expect(screen.queryByTestId('player-submit')).not.toBeInTheDocument();
    expect(option(1)).toBeDisabled();
  });

  it('ordering: moves options up and down and sends the order shown', async () => {
    const { user, events } = renderQuestion(liveQuestion('ORDERING'));
    expect(screen.getByTestId('player-option-0-up')).toBeDisabled();
    expect(screen.getByTestId('player-option-3-down')).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Đưa “Đà Nẵng” lên' }));
    await user.click(screen.getByTestId('player-option-0-down'));
    expect(within(option(0)).getByText('Đà Nẵng')).toBeInTheDocument();
    expect(within(option(1)).getByText('Hà Nội')).toBeInTheDocument();
    await user.click(screen.getByTestId('player-submit'));
    expect(events('player:answer')).toEqual([
      { questionIndex: 0, response: { optionIds: ['opt-c', 'opt-a', 'opt-b', 'opt-d'] } },
    ]);
    await screen.findByTestId('player-answer-locked');
    expect(screen.getByTestId('player-option-1-up')).toBeDisabled();
    expect(screen.getByTestId('player-option-1-down')).toBeDisabled();
  });

  it('ordering: a finger drags an option by its handle past the others, and the order shown is sent', async () => {
    const { user, events } = renderQuestion(liveQuestion('ORDERING'));
    stackRows(screen.getAllByRole('listitem'), 60);
    // Rows are 60 px apart (middles at 30, 90, 150, 210): "Hà Nội" dragged to y = 160 passes two.
    fireEvent.pointerDown(screen.getByTestId('player-option-0-grip'), { pointerType: 'touch', pointerId: 1 });
    fireEvent.pointerMove(window, { pointerType: 'touch', pointerId: 1, clientY: 100 });
    expect(within(option(1)).getByText('Hà Nội')).toBeInTheDocument();
    expect(option(1)).toHaveClass('is-dragging');
    fireEvent.pointerMove(window, { pointerType: 'touch', pointerId: 1, clientY: 160 });
    fireEvent.pointerUp(window, { pointerType: 'touch', pointerId: 1 });
    expect(within(option(2)).getByText('Hà Nội')).toBeInTheDocument();
    expect(option(2)).not.toHaveClass('is-dragging');
    // After the drag ends, moving the pointer changes nothing.
    fireEvent.pointerMove(window, { clientY: 0 });
    await user.click(screen.getByTestId('player-submit'));
    expect(events('player:answer')).toEqual([
      { questionIndex: 0, response: { optionIds: ['opt-b', 'opt-c', 'opt-a', 'opt-d'] } },
    ]);
    // Locked: the handle no longer drags.
    await screen.findByTestId('player-answer-locked');
    fireEvent.pointerDown(screen.getByTestId('player-option-0-grip'), { pointerType: 'touch', pointerId: 2 });
    fireEvent.pointerMove(window, { pointerType: 'touch', pointerId: 2, clientY: 200 });
    expect(within(option(0)).getByText('Huế')).toBeInTheDocument();
  });

  it('numeric: refuses what is not a number, reads "1,5" as 1.5, then locks the field', async () => {
    const { user, events } = renderQuestion(liveQuestion('NUMERIC'));
    const input = screen.getByLabelText('Câu trả lời (một số)');
    await user.type(input, '1,5x');
    expect(screen.getByText('Vui lòng nhập một số, ví dụ 12 hoặc 1,5.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('player-submit')).toBeDisabled();
    await user.type(input, '{Backspace}');
    await user.click(screen.getByTestId('player-submit'));
    expect(events('player:answer')).toEqual([{ questionIndex: 0, response: { value: 1.5 } }]);
    await screen.findByTestId('player-answer-locked');
    expect(input).toBeDisabled();
    expect(input).toHaveValue('1.5');
  });

  it('a refusal that may pass offers "try again"; a closed question does not', async () => {
    let reason = 'INVALID_RESPONSE';
    const { user, events } = renderQuestion(liveQuestion('SINGLE_CHOICE'), () => ({ status: 'rejected', reason }));
    await user.click(option(0));
    expect(await screen.findByRole('alert')).toHaveTextContent('Câu trả lời không hợp lệ. Vui lòng chọn lại.');
    await user.click(screen.getByRole('button', { name: 'Trả lời lại' }));
    expect(option(2)).toBeEnabled();
    reason = 'CLOSED';
    await user.click(option(2));
    expect(await screen.findByRole('alert')).toHaveTextContent('Đã hết giờ trả lời câu này.');
    expect(screen.queryByRole('button', { name: 'Trả lời lại' })).not.toBeInTheDocument();
    expect(events('player:answer')).toHaveLength(2);
  });

  it('after a resume, the answer the server holds is shown locked and nothing is sent', () => {
    const { events } = renderQuestion(
      liveQuestion('SINGLE_CHOICE'),
      () => accepted,
      liveYou({ currentAnswer: { optionIds: ['opt-d'] } }),
    );
    expect(screen.getByTestId('player-answer-locked')).toBeInTheDocument();
    expect(option(3)).toHaveAttribute('aria-pressed', 'true');
    expect(option(0)).toBeDisabled();
    expect(events('player:answer')).toHaveLength(0);
  });

  it('nothing can be answered while the game is paused or before the options open', async () => {
    const fake = fakeLiveSocket(() => accepted);
    const question = liveQuestion('SINGLE_CHOICE', { opensAt: Date.now() + 5000 });
    renderUi(
      <PlayerQuestion
        state={liveState({ phase: 'QUESTION', question })}
        question={question}
        socket={fake.socket}
        clockOffset={0}
      />,
    );
    expect(screen.getByText('Đọc câu hỏi, chuẩn bị trả lời…')).toBeInTheDocument();
    expect(option(0)).toBeDisabled();
    await waitFor(() => expect(fake.emitted).toHaveLength(0));
  });

  it('keeps the large touch targets: option rows and move buttons at least 48 px high', () => {
    renderQuestion(liveQuestion('SINGLE_CHOICE'));
    expect(option(0)).toHaveClass('player-option');
    expect(cssRule('.player-option')).toMatch(/min-height:\s*(\d+)px/u);
    expect(Number(/min-height:\s*(\d+)px/u.exec(cssRule('.player-option'))?.[1])).toBeGreaterThanOrEqual(48);
    const moveRules = [...liveCss.matchAll(/\.player-ordering__move\s*\{([^}]*)\}/gu)].map((m) => m[1]);
    expect(moveRules.some((rule) => /height:\s*48px/u.test(rule) && /width:\s*48px/u.test(rule))).toBe(true);
    // On a 320 px phone too: every size the move buttons and the drag handle get is at least 44 px.
    const sizes = [...moveRules, cssRule('.player-ordering__grip')].flatMap((rule) =>
      [...rule.matchAll(/(?:^|[\s;])(?:min-)?(?:width|height):\s*(\d+)px/gu)].map((m) => Number(m[1])),
    );
    expect(sizes.length).toBeGreaterThanOrEqual(4);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
    expect(cssRule('.player-ordering__grip')).toMatch(/touch-action:\s*none/u);
  });

  it('keeps the countdown in sight while a long question scrolls', () => {
    renderQuestion(liveQuestion('MULTIPLE_SELECT'));
    expect(screen.getByRole('timer').closest('header')).toHaveClass('sticky-head', 'player-question__head');
    // The sticking is the shared .sticky-head's (the contest attempt's head too), at the top of the phone.
    expect(cssRule('.sticky-head', globalCss)).toMatch(/position:\s*sticky/u);
    expect(cssRule('.sticky-head', globalCss)).toMatch(/top:\s*var\(--sticky-head-top,\s*0\)/u);
    expect(cssRule('.player-question__head')).not.toMatch(/--sticky-head-top|position:/u);
    // An overflow other than visible/clip on the page frame would make it the scroll box and stop the sticking.
    expect(cssRule('.player')).not.toMatch(/overflow(?:-[xy])?:\s*(?:hidden|auto|scroll)/u);
  });
});

/** The first rule of the stylesheet (live.css unless told) for exactly this selector. */
function cssRule(selector: string, css = liveCss): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`, 'u').exec(css)?.[1] ?? '';
}

/** A stand-in layout (jsdom has none): each row `height` px below the one before, in DOM order. */
function stackRows(rows: HTMLElement[], height: number): void {
  for (const row of rows) {
    row.getBoundingClientRect = () => {
      const index = Array.from(row.parentElement?.children ?? []).indexOf(row);
      return DOMRect.fromRect({ x: 0, y: index * height, width: 300, height });
    };
  }
}
