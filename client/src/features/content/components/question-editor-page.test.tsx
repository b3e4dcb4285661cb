import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi, stubClient } from '../../../test/render';
import { QuestionEditorPage } from './question-editor-page';

const resolutions = [
  {
    __typename: 'Resolution',
    id: 'r1',
    code: '01-NQ/TU',
    title: 'Nghị quyết Đại hội',
    issuedOn: '2025-10-01',
    summary: null,
    isDemo: true,
    sections: [
      {
        __typename: 'ResolutionSection',
        id: 's1',
        key: 'II.1',
        kind: 'SECTION',
        title: 'Về xây dựng Đảng',
        body: 'Nội dung mục',
        position: 1,
        resolutionId: 'r1',
      },
    ],
  },
];

function openNewQuestion(mutation?: (name: string | undefined, variables: unknown) => unknown) {
  const client = stubClient({ queries: { Resolutions: { resolutions } }, mutation });
  return renderUi(<QuestionEditorPage />, {
    client,
    route: '/content/questions/new',
    path: '/content/questions/new',
  });
}

const optionInputs = () => screen.getAllByRole('textbox', { name: /^Phương án [A-F]$/ });

describe('QuestionEditorPage (new question)', () => {
  it('shows the problems instead of saving an empty question', async () => {
    const mutation = vi.fn();
    const { user } = openNewQuestion(mutation);
    await user.click(screen.getByRole('button', { name: 'Lưu câu hỏi (nháp)' }));

    expect(screen.getByTestId('question-invalid')).toHaveTextContent(/Câu hỏi còn \d+ lỗi cần sửa/);
    const prompt = screen.getByRole('textbox', { name: /^Câu hỏi/ });
    expect(prompt).toHaveAttribute('aria-invalid', 'true');
    expect(prompt).toHaveAccessibleDescription(/Vui lòng nhập nội dung câu hỏi\./);
    expect(screen.getByTestId('question-error-section')).toHaveTextContent('Vui lòng chọn mục');
    // A question may have no explanation (contest sets from above carry none).
    expect(screen.queryByTestId('question-error-explanation')).not.toBeInTheDocument();
    expect(mutation).not.toHaveBeenCalled();
  });

  it('shows a field error once the field is left, not before', async () => {
    const { user } = openNewQuestion();
    const prompt = screen.getByRole('textbox', { name: /^Câu hỏi/ });
    expect(prompt).not.toHaveAttribute('aria-invalid');
    await user.click(prompt);
    await user.tab();
    expect(prompt).toHaveAttribute('aria-invalid', 'true');
    await user.type(prompt, 'Nghị quyết nêu mấy đột phá?');
    expect(screen.queryByTestId('question-error-prompt')).not.toBeInTheDocument();
  });

  it('adds and removes option rows within the limits of the type', async () => {
    const { user } = openNewQuestion();
    expect(optionInputs()).toHaveLength(4);

    await user.click(screen.getByTestId('question-add-option'));
    await user.click(screen.getByTestId('question-add-option'));
    expect(optionInputs()).toHaveLength(6);
    expect(screen.getByTestId('question-add-option')).toBeDisabled();

    await user.type(optionInputs()[0], 'Một');
    await user.click(screen.getByRole('button', { name: 'Xóa phương án A' }));
    expect(optionInputs()).toHaveLength(5);
    expect(optionInputs().map((input) => (input as HTMLInputElement).value)).not.toContain('Một');

    for (const letter of ['E', 'D', 'C'])
      await user.click(screen.getByRole('button', { name: `Xóa phương án ${letter}` }));
    expect(optionInputs()).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Xóa phương án B' })).toBeDisabled();
  });

  it('reorders options and switching to true/false fixes them', async () => {
    const { user } = openNewQuestion();
    await user.type(optionInputs()[0], 'Thứ nhất');
    await user.click(screen.getByRole('button', { name: 'Đưa phương án A xuống' }));
    expect(optionInputs()[1]).toHaveValue('Thứ nhất');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Loại câu hỏi' }), 'TRUE_FALSE');
    expect(optionInputs().map((input) => (input as HTMLInputElement).value)).toEqual(['Đúng', 'Sai']);
    expect(screen.queryByTestId('question-add-option')).not.toBeInTheDocument();
  });

  it('sends a valid question to the server', async () => {
    const mutation = vi.fn(() => ({ createQuestion: { __typename: 'Question', id: 'q1', status: 'DRAFT' } }));
    const { user } = openNewQuestion(mutation);
    await user.type(screen.getByRole('textbox', { name: /^Câu hỏi/ }), 'Đâu là thủ đô?');
    const [a, b, c, d] = optionInputs();
    await user.type(a, 'Hà Nội');
    await user.type(b, 'Huế');
    await user.type(c, 'Đà Nẵng');
    await user.type(d, 'Cần Thơ');
    await user.click(screen.getByRole('radio', { name: 'Phương án A là đáp án đúng' }));
    await waitFor(() => expect(screen.getByRole('option', { name: /II\.1/ })).toBeInTheDocument());
    const section = screen.getByRole('combobox', { name: /^Mục trích dẫn/ });
    await user.selectOptions(section, 's1');
    await user.type(screen.getByRole('textbox', { name: /^Giải thích/ }), 'Theo mục II.1.');
    await user.click(screen.getByRole('button', { name: 'Lưu câu hỏi (nháp)' }));

    expect(screen.queryByTestId('question-invalid')).not.toBeInTheDocument();
    expect(mutation).toHaveBeenCalledWith(
      'CreateQuestion',
      expect.objectContaining({
        input: expect.objectContaining({
          type: 'SINGLE_CHOICE',
          prompt: 'Đâu là thủ đô?',
          sectionId: 's1',
          options: [
            { text: 'Hà Nội', correct: true },
            { text: 'Huế', correct: false },
            { text: 'Đà Nẵng', correct: false },
            { text: 'Cần Thơ', correct: false },
          ],
        }) as unknown,
      }),
    );
    // The new question opens in its own editor.
    expect(await screen.findByTestId('location')).toHaveTextContent('/content/questions/q1');
  });

  it('ticks "keep option order" when an option becomes "Cả 3 đáp án trên", lets the author untick it, and saves it', async () => {
    const mutation = vi.fn(() => ({ createQuestion: { __typename: 'Question', id: 'q2', status: 'DRAFT' } }));
    const { user } = openNewQuestion(mutation);
    const keepOrder = screen.getByRole('checkbox', { name: /Giữ nguyên thứ tự phương án/ });
    expect(keepOrder).not.toBeChecked();
    await user.type(screen.getByRole('textbox', { name: /^Câu hỏi/ }), 'Nghị quyết đề ra những gì?');
    const [a, b, c, d] = optionInputs();
    await user.type(a, 'Mục tiêu');
    await user.type(b, 'Nhiệm vụ');
    await user.type(c, 'Giải pháp');
    expect(keepOrder).not.toBeChecked();
    await user.type(d, 'Cả 3 đáp án trên');
    expect(keepOrder).toBeChecked();

    await user.click(keepOrder);
    expect(keepOrder).not.toBeChecked();
    await user.type(d, ' '); // still "all of the above": the author's choice stands
    expect(keepOrder).not.toBeChecked();
    await user.click(keepOrder);

    await user.click(screen.getByRole('radio', { name: 'Phương án D là đáp án đúng' }));
    await waitFor(() => expect(screen.getByRole('option', { name: /II\.1/ })).toBeInTheDocument());
    await user.selectOptions(screen.getByRole('combobox', { name: /^Mục trích dẫn/ }), 's1');
    await user.click(screen.getByRole('button', { name: 'Lưu câu hỏi (nháp)' }));
    expect(mutation).toHaveBeenCalledWith(
      'CreateQuestion',
      expect.objectContaining({
        input: expect.objectContaining({ keepOrder: true, explanation: '' }) as unknown,
      }),
    );
  }, 15_000); // much typing: slow on a loaded machine

  it('offers no keep-order choice for ordering questions, whose options are always shuffled', async () => {
    const { user } = openNewQuestion();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Loại câu hỏi' }), 'ORDERING');
    expect(screen.queryByRole('checkbox', { name: /Giữ nguyên thứ tự phương án/ })).not.toBeInTheDocument();
  });
});
