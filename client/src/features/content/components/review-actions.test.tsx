import { Role } from '@thidua/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi, stubClient, testUser } from '../../../test/render';
import { ReviewActions } from './review-actions';

function renderActions(options: { role: Role; status: 'DRAFT' | 'IN_REVIEW'; dirty?: boolean; createdBy?: string }) {
  const mutation = vi.fn((name: string | undefined) =>
    name === 'ReturnQuestion'
      ? { returnQuestion: { __typename: 'Question', id: 'q1', status: 'DRAFT', returnReason: 'x' } }
      : undefined,
  );
  const onDone = vi.fn();
  const rendered = renderUi(
    <ReviewActions
      questionId="q1"
      status={options.status}
      createdBy={options.createdBy ?? 'someone-else'}
      dirty={options.dirty ?? false}
      onDone={onDone}
    />,
    { client: stubClient({ mutation }), user: testUser({ id: 'u1', role: options.role }) },
  );
  return { ...rendered, mutation, onDone };
}

describe('ReviewActions', () => {
  it('shows a reviewer publish and return for a question in review, and nothing to a host', () => {
    const { unmount } = renderActions({ role: Role.REVIEWER, status: 'IN_REVIEW' });
    expect(screen.getByRole('button', { name: /^✓ Duyệt$/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: /Trả lại/ })).toBeEnabled();
    unmount();
    renderActions({ role: Role.HOST, status: 'IN_REVIEW' });
    expect(screen.queryByRole('group', { name: 'Duyệt câu hỏi' })).not.toBeInTheDocument();
  });

  it('asks to save first while there are unsaved edits', () => {
    renderActions({ role: Role.HOST, status: 'DRAFT', createdBy: 'u1', dirty: true });
    expect(screen.getByText('Lưu thay đổi trước, rồi mới gửi duyệt hoặc duyệt câu hỏi.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gửi duyệt' })).toBeDisabled();
  });

  it('will not send a question back without a reason', async () => {
    const { user, mutation, onDone } = renderActions({ role: Role.REVIEWER, status: 'IN_REVIEW' });
    await user.click(screen.getByTestId('question-return'));
    const dialog = screen.getByTestId('return-dialog');
    await user.click(within(dialog).getByTestId('return-confirm'));
    expect(within(dialog).getByText('Vui lòng nhập lý do trả lại.')).toHaveClass('field__error');
    expect(mutation).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: /Lý do/ }), 'Thiếu trích dẫn');
    await user.click(within(dialog).getByTestId('return-confirm'));
    expect(mutation).toHaveBeenCalledWith('ReturnQuestion', { input: { id: 'q1', reason: 'Thiếu trích dẫn' } });
    expect(onDone).toHaveBeenCalledWith('Đã trả lại câu hỏi cho người soạn.');
  });
});
