import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { DocumentSettingsPage } from './document-settings-page';

const settings = {
  __typename: 'DocumentSettings',
  parentBody: '',
  issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN',
  issuingSymbol: 'UBND',
  councilName: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
  organiserName: 'Phòng Văn hóa - Xã hội',
  placeName: 'Hải An',
  signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
  signerCapacity: '',
  signerTitle: 'CHỦ TỊCH',
  signerName: '',
  certificate: {
    __typename: 'CertificateLayout',
    headingSize: 40,
    nameSize: 28,
    bodySize: 15,
    marginMm: 12,
    border: 'DOUBLE',
    color: '#b91c1c',
  },
};

function renderPage() {
  const stub = graphqlStub({
    DocumentSettings: () => ({ data: { documentSettings: settings } }),
    UpdateDocumentSettings: (v) => ({ data: { updateDocumentSettings: v.input } }),
  });
  return { ...renderUi(<DocumentSettingsPage />, { client: stub.client }), calls: stub.calls };
}

describe('DocumentSettingsPage', () => {
  it('refuses a bad colour beside its field and sends nothing', async () => {
    const { user, calls } = renderPage();
    const color = await screen.findByLabelText('Màu tiêu đề và khung');
    await user.clear(color);
    await user.type(color, 'đỏ');
    await user.click(screen.getByTestId('document-settings-save'));
    expect(await screen.findByText('Vui lòng sửa các trường được đánh dấu.')).toBeInTheDocument();
    expect(screen.getByText('Giá trị chưa hợp lệ.')).toBeInTheDocument();
    expect(calls.some((c) => c.name === 'UpdateDocumentSettings')).toBe(false);
  });

  it('saves the settings with the signer and layout, without the cache’s type names', async () => {
    const { user, calls } = renderPage();
    await user.type(await screen.findByLabelText('Họ và tên người ký'), 'Trần Văn Bình');
    await user.selectOptions(screen.getByLabelText('Khung viền'), 'SINGLE');
    await user.click(screen.getByTestId('document-settings-save'));
    expect(await screen.findByText('Đã lưu thông tin văn bản.')).toBeInTheDocument();
    const { __typename: _s, certificate, ...texts } = settings;
    const { __typename: _c, ...layout } = certificate;
    expect(calls.find((c) => c.name === 'UpdateDocumentSettings')?.variables).toEqual({
      input: { ...texts, signerName: 'Trần Văn Bình', certificate: { ...layout, border: 'SINGLE' } },
    });
  });
});
