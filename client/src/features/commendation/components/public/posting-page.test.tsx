import { screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { graphqlStub, type StubAnswer } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { PostingPage } from './posting-page';

const entry = (
  id: string,
  formName: string,
  recipientName: string,
  status = 'PASSED',
  revocationReason: string | null = null,
) => ({
  proposalId: id,
  formName,
  recipientName,
  unitName: 'Phòng Văn hóa - Xã hội',
  recipientDetail: '',
  achievements: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2026',
  status,
  revocationReason,
  revokedAt: revocationReason ? '2026-12-20T02:00:00.000Z' : null,
});

function posting(overrides: Record<string, unknown> = {}) {
  return {
    roundId: 'r1',
    wardName: 'Phường Hải An',
    roundName: 'Khen thưởng tổng kết năm 2026',
    status: 'POSTED',
    postingStartsAt: '2026-12-11T01:00:00.000Z',
    postingEndsAt: '2026-12-16T01:00:00.000Z',
    places: 'Trụ sở UBND phường',
    commentsOpen: true,
    decisionNumber: null,
    decisionDate: null,
    entries: [
      entry('p1', 'Giấy khen tập thể', 'Phòng Văn hóa - Xã hội'),
      entry('p2', 'Giấy khen cá nhân', 'Nguyễn Thị Lan'),
      entry('p3', 'Giấy khen cá nhân', 'Trần Văn Bình', 'REVOKED', 'Thành tích kê khai không đúng sự thật'),
    ],
    ...overrides,
  };
}

const refusal = (reason: string, details: Record<string, unknown> = {}) =>
  new CombinedError({
    graphQLErrors: [{ message: 'refused', extensions: { code: 'BAD_USER_INPUT', reason, details } }],
  });

function renderPage(
  data = posting(),
  submit: () => StubAnswer = () => ({
    data: { submitPostingComment: { id: 'c1', createdAt: '2026-12-12T00:00:00.000Z' } },
  }),
) {
  const stub = graphqlStub({
    PublicPosting: () => ({ data: { publicPosting: data } }),
    SubmitPostingComment: submit,
  });
  return {
    ...renderUi(<PostingPage />, { client: stub.client, route: '/posting/r1', path: '/posting/:roundId', user: null }),
    calls: stub.calls,
  };
}

describe('PostingPage (public)', () => {
  it('shows the window, the list by form and a revoked row with its reason', async () => {
    renderPage();
    expect(await screen.findByTestId('public-window')).toHaveTextContent(
      /Niêm yết từ ngày \d\d\/12\/2026 đến ngày \d\d\/12\/2026/,
    );
    expect(screen.getByRole('region', { name: 'Giấy khen cá nhân' })).toHaveTextContent('Nguyễn Thị Lan');
    expect(screen.getByTestId('public-entry-p3')).toHaveTextContent(
      'Đã thu hồi: Thành tích kê khai không đúng sự thật',
    );
  });

  it('sends a comment about a proposal with the optional contact, then thanks', async () => {
    const { user, calls } = renderPage();
    await user.selectOptions(
      await screen.findByLabelText('Ý kiến về (không bắt buộc)'),
      'Nguyễn Thị Lan — Giấy khen cá nhân',
    );
    expect(screen.getByTestId('public-privacy')).toHaveTextContent('chỉ dùng để liên hệ');
    await user.type(screen.getByLabelText(/Nội dung ý kiến/), 'Chị Lan xứng đáng được khen');
    await user.type(screen.getByLabelText('Số điện thoại hoặc email (không bắt buộc)'), '0912 345 678');
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    expect(await screen.findByTestId('comment-thanks')).toHaveTextContent('Cảm ơn bạn đã gửi ý kiến');
    expect(calls.find((c) => c.name === 'SubmitPostingComment')?.variables).toEqual({
      input: {
        roundId: 'r1',
        proposalId: 'p2',
        body: 'Chị Lan xứng đáng được khen',
        authorName: null,
        contact: '0912 345 678',
      },
    });
  });

  it('does not send a comment under 5 characters', async () => {
    const { user, calls } = renderPage();
    await user.type(await screen.findByLabelText(/Nội dung ý kiến/), 'ok');
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    expect(screen.getByText('Ý kiến cần ít nhất 5 ký tự.')).toBeInTheDocument();
    expect(calls.some((c) => c.name === 'SubmitPostingComment')).toBe(false);
  });

  it('says when to try again after too many comments', async () => {
    const { user } = renderPage(posting(), () => ({ error: refusal('RATE_LIMITED', { retryAfterSeconds: 240 }) }));
    await user.type(await screen.findByLabelText(/Nội dung ý kiến/), 'Một ý kiến nữa');
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vui lòng thử lại sau 4 phút.');
  });

  it('says the posting is not open when the server refuses so', async () => {
    const { user } = renderPage(posting(), () => ({ error: refusal('POSTING_NOT_OPEN') }));
    await user.type(await screen.findByLabelText(/Nội dung ý kiến/), 'Một ý kiến muộn');
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Danh sách không trong thời gian niêm yết công khai.');
  });

  it('hides the form when comments are closed and shows the decision', async () => {
    renderPage(
      posting({ status: 'DECIDED', commentsOpen: false, decisionNumber: '12/QĐ-UBND', decisionDate: '2026-12-18' }),
    );
    expect(await screen.findByTestId('public-comments-closed')).toBeInTheDocument();
    expect(screen.queryByTestId('public-comment-form')).toBeNull();
    expect(screen.getByTestId('public-decision')).toHaveTextContent('số 12/QĐ-UBND ngày 18/12/2026');
  });
});
