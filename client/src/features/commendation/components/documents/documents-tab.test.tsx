import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { DocumentsTab } from './documents-tab';

const proposal = (id: string, unit: string, recipientKind = 'COLLECTIVE', status = 'PASSED') => ({
  id,
  recipientKind,
  status,
  unit: { id: unit, name: `Tổ dân phố ${unit}` },
});

function renderTab() {
  const stub = graphqlStub({
    RoundDocuments: () => ({
      data: {
        roundNarrative: { roundId: 'r1', results: 'Phong trào sôi nổi.', limitations: '', directions: '' },
        commendationRound: {
          id: 'r1',
          status: 'POSTED',
          proposals: [
            proposal('p1', 'A'),
            proposal('p2', 'A', 'INDIVIDUAL'),
            proposal('p3', 'B', 'COLLECTIVE', 'WITHDRAWN'),
            proposal('p4', 'C'),
          ],
        },
      },
    }),
    UpdateRoundNarrative: (v) => ({ data: { updateRoundNarrative: { roundId: 'r1', ...(v.input as object) } } }),
  });
  return {
    ...renderUi(<DocumentsTab roundId="r1" onChanged={() => {}} />, { client: stub.client }),
    calls: stub.calls,
  };
}

describe('DocumentsTab', () => {
  const fetchMock = vi.fn();
  beforeEach(() => {
    fetchMock.mockResolvedValue(
      new Response('docx', {
        status: 200,
        headers: { 'content-disposition': 'attachment; filename="bao-cao-thanh-tich-to-dan-pho-c.docx"' },
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
  });

  it('downloads each document, the achievement report for a collective proposal’s unit', async () => {
    const { user } = renderTab();
    await user.click(await screen.findByRole('button', { name: 'Tờ trình đề nghị khen thưởng' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(fetchMock.mock.calls[0][0]).toBe('/api/commendation/rounds/r1/documents/SUBMISSION');
    const select = screen.getByLabelText('Tập thể (báo cáo thành tích)');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Tổ dân phố A', 'Tổ dân phố C']);
    await user.selectOptions(select, 'C');
    await user.click(screen.getByTestId('document-download-ACHIEVEMENT_REPORT'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(fetchMock.mock.calls[1][0]).toBe('/api/commendation/rounds/r1/documents/ACHIEVEMENT_REPORT?unitId=C');
  });

  it('says so when a download fails', async () => {
    fetchMock.mockResolvedValue(new Response('', { status: 409 }));
    const { user } = renderTab();
    await user.click(await screen.findByRole('button', { name: 'Quyết định khen thưởng' }));
    expect(await screen.findByTestId('document-download-error')).toHaveTextContent(
      'Không tải được “Quyết định khen thưởng”',
    );
  });

  it('saves the three narrative sections', async () => {
    const { user, calls } = renderTab();
    const results = await screen.findByLabelText('I. Kết quả đạt được');
    await waitFor(() => expect(results).toHaveValue('Phong trào sôi nổi.'));
    await user.type(screen.getByLabelText('II. Hạn chế, nguyên nhân'), 'Còn chậm.');
    await user.click(screen.getByTestId('narrative-save'));
    expect(await screen.findByText('Đã lưu nội dung báo cáo.')).toBeInTheDocument();
    expect(calls.find((c) => c.name === 'UpdateRoundNarrative')?.variables).toEqual({
      input: { roundId: 'r1', results: 'Phong trào sôi nổi.', limitations: 'Còn chậm.', directions: '' },
    });
  });
});
