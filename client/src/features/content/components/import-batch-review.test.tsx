import { Role } from '@thidua/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi, stubClient, testUser } from '../../../test/render';
import { ImportBatchReview } from './import-batch-review';

const ids = ['q1', 'q2', 'q3'];
const items = ids.map((id, i) => ({
  __typename: 'Question',
  id,
  key: `Q-${i + 1}`,
  status: 'IN_REVIEW',
  currentVersion: { __typename: 'QuestionVersion', id: `v${i + 1}`, prompt: `Câu hỏi số ${i + 1}?` },
}));

function renderBatch(role: Role) {
  const mutation = vi.fn((name: string | undefined, variables: unknown) => {
    const asked = (variables as { input: { ids: string[] } }).input.ids;
    const refused = asked.includes('q3')
      ? [{ __typename: 'QuestionRefusal', questionId: 'q3', key: 'Q-3', reason: 'QUESTION_INVALID', message: 'x' }]
      : [];
    const result = {
      __typename: 'BulkQuestionReviewResult',
      done: asked.filter((id) => id !== 'q3'),
      refusals: refused,
    };
    return name === 'PublishQuestions' ? { publishQuestions: result } : { submitQuestionsForReview: result };
  });
  const client = stubClient({
    queries: { ImportedQuestions: { questions: { __typename: 'QuestionPage', total: 3, items } } },
    mutation,
  });
  return {
    ...renderUi(<ImportBatchReview questionIds={ids} />, { client, user: testUser({ id: 'u1', role }) }),
    mutation,
  };
}

describe('ImportBatchReview', () => {
  it('publishes all of the import in one action and lists the question the server refused', async () => {
    const { user, mutation } = renderBatch(Role.REVIEWER);
    expect(await screen.findByRole('checkbox', { name: 'Câu hỏi số 2?' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Chọn tất cả 3 câu của lần nhập này' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Duyệt các câu đã chọn' }));
    expect(mutation).toHaveBeenCalledWith('PublishQuestions', { input: { ids } });
    const result = await screen.findByTestId('import-batch-result');
    expect(result).toHaveTextContent('Đã duyệt 2 câu.');
    expect(
      within(screen.getByTestId('import-batch-refusals')).getByText(/^Q-3: Câu hỏi chưa hợp lệ/),
    ).toBeInTheDocument();
  });

  it('sends only the picked questions, and shows a host no publish button', async () => {
    const { user, mutation } = renderBatch(Role.HOST);
    await user.click(await screen.findByRole('checkbox', { name: 'Chọn tất cả 3 câu của lần nhập này' }));
    expect(screen.getByRole('button', { name: 'Gửi duyệt các câu đã chọn' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Câu hỏi số 1?' }));
    expect(screen.queryByRole('button', { name: 'Duyệt các câu đã chọn' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gửi duyệt các câu đã chọn' }));
    expect(mutation).toHaveBeenCalledWith('SubmitQuestions', { input: { ids: ['q1'] } });
    expect(await screen.findByTestId('import-batch-result')).toHaveTextContent('Đã gửi duyệt 1 câu.');
    expect(screen.queryByTestId('import-batch-refusals')).not.toBeInTheDocument();
  });
});
