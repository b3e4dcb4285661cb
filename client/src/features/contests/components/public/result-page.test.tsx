import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AttemptResultQuery } from '../../../../generated/graphql';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { addAttempt, patchAttempt } from '../../utils/device-store';
import { ResultPage } from './result-page';

type Result = AttemptResultQuery['attemptResult'];

const question = (revealed: boolean) => ({
  __typename: 'AttemptResultQuestion' as const,
  index: 0,
  type: 'SINGLE_CHOICE' as const,
  prompt: 'Nghị quyết được ban hành năm nào?',
  points: 1000,
  earned: revealed ? 1000 : null,
  credit: revealed ? 1 : null,
  explanation: revealed ? 'Nghị quyết ban hành năm 2025, theo Điều 1.' : '',
  sectionTitle: null,
  correctOptionIds: revealed ? ['o2'] : [],
  correctValue: null,
  yourOptionIds: ['o2'],
  yourValue: null,
  options: [
    { __typename: 'AttemptResultOption' as const, id: 'o1', text: '2024', correct: revealed ? false : null },
    { __typename: 'AttemptResultOption' as const, id: 'o2', text: '2025', correct: revealed ? true : null },
  ],
});

const result = (keyDecision: Result['keyDecision']): Result => ({
  attemptId: 'a1',
  autoClosed: false,
  score: 1000,
  maxScore: 10000,
  correctCount: 1,
  questionCount: 10,
  durationMs: 60_000,
  prediction: null,
  submittedAt: '2026-12-02T03:00:00.000Z',
  keyRevealed: keyDecision === 'REVEALED',
  keyDecision,
  keyShownAt: keyDecision === 'ROUND_OPEN' ? '2026-12-09T17:00:00.000Z' : null,
  questions: [question(keyDecision === 'REVEALED')],
});

function renderResult(keyDecision: Result['keyDecision'], explanation?: string) {
  const answer = result(keyDecision);
  if (explanation !== undefined) answer.questions = answer.questions.map((q) => ({ ...q, explanation }));
  const { client } = graphqlStub({ AttemptResult: () => ({ data: { attemptResult: answer } }) });
  return renderUi(<ResultPage />, {
    client,
    route: '/contest/c1/result/a1',
    path: '/contest/:id/result/:attemptId',
    user: null,
  });
}

describe('an attempt’s result', () => {
  beforeEach(() => {
    localStorage.clear();
    addAttempt('c1', { attemptId: 'a1', token: 'attempt-token-of-this-device', roundId: 'r1', startedAt: '' });
    patchAttempt('c1', 'a1', { submitted: true });
  });

  it('shows the score without the key while the round runs, and says when the key comes', async () => {
    renderResult('ROUND_OPEN');
    const hidden = await screen.findByTestId('result-key-hidden');
    expect(hidden.dataset.decision).toBe('ROUND_OPEN');
    expect(screen.getByTestId('result-score').textContent).toContain('1.000');
    expect(screen.getByTestId('result-key-notice').textContent).toContain('khi đợt thi kết thúc');
    expect(screen.queryByTestId('result-explanation-0')).toBeNull();
    expect(screen.queryByText('Đáp án đúng')).toBeNull();
    expect(screen.getByText('Bạn chọn')).toBeInTheDocument();
  });

  it('says a nearly empty attempt shows no key', async () => {
    renderResult('NEARLY_EMPTY');
    expect((await screen.findByTestId('result-key-notice')).textContent).toContain('chưa đến một nửa');
  });

  it('shows the key and the explanations when the contest reveals them', async () => {
    renderResult('REVEALED');
    expect((await screen.findByTestId('result-explanation-0')).textContent).toContain('theo Điều 1');
    expect(screen.getByText('Đáp án đúng')).toBeInTheDocument();
    expect(screen.queryByTestId('result-key-hidden')).toBeNull();
  });

  it('shows no empty "Giải thích" for a revealed question that has no explanation', async () => {
    renderResult('REVEALED', '');
    expect(await screen.findByText('Đáp án đúng')).toBeInTheDocument();
    expect(screen.queryByTestId('result-explanation-0')).toBeNull();
  });
});
