import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi, stubClient } from '../../../test/render';
import { QuizEditorPage } from './quiz-editor-page';

function openNewQuiz(mutation = vi.fn()) {
  const client = stubClient({ queries: { Resolutions: { resolutions: [] } }, mutation });
  return {
    ...renderUi(<QuizEditorPage />, { client, route: '/content/quizzes/new', path: '/content/quizzes/new' }),
    mutation,
  };
}

describe('QuizEditorPage (new quiz)', () => {
  it('says what is missing instead of saving', async () => {
    const { user, mutation } = openNewQuiz();
    await user.click(screen.getByTestId('quiz-save'));
    expect(screen.getByRole('alert')).toHaveTextContent('Vui lòng nhập tên bộ đề. Bộ đề cần ít nhất một câu hỏi.');
    expect(screen.getByRole('textbox', { name: /^Tên bộ đề/ })).toHaveAttribute('aria-invalid', 'true');
    expect(mutation).not.toHaveBeenCalled();
  });

  it('adds, checks and removes draw rules', async () => {
    const { user } = openNewQuiz();
    await user.click(screen.getByTestId('quiz-mode-DRAW'));
    expect(screen.getByTestId('quiz-rule-0')).toBeInTheDocument();
    await user.click(screen.getByTestId('quiz-add-rule'));
    expect(screen.getByTestId('quiz-rule-1')).toBeInTheDocument();

    const counts = screen.getAllByRole('spinbutton', { name: 'Số câu' });
    await user.clear(counts[1]);
    await user.type(screen.getByRole('textbox', { name: /^Tên bộ đề/ }), 'Ôn tập');
    await user.click(screen.getByTestId('quiz-save'));
    expect(screen.getByRole('alert')).toHaveTextContent('Số câu của mỗi quy tắc là số nguyên từ 1 đến 100.');

    await user.click(screen.getAllByRole('button', { name: /Bỏ quy tắc/ })[1]);
    expect(screen.queryByTestId('quiz-rule-1')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
