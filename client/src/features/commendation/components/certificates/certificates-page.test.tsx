import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { CertificatesPage } from './certificates-page';

const certificate = (id: string, recipientName: string) => ({
  proposalId: id,
  heading: 'GIẤY KHEN',
  formName: 'Giấy khen tập thể',
  recipientName,
  recipientDetail: '',
  unitName: 'UBND phường Hải An',
  achievements: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2026',
  decisionNumber: '12/QĐ-UBND',
  decisionDate: '2026-12-05',
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Minh' },
});

const settings = {
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
  certificate: { headingSize: 40, nameSize: 28, bodySize: 15, marginMm: 12, border: 'DOUBLE', color: '#b91c1c' },
};

function renderPage() {
  const stub = graphqlStub({
    CommendationCertificates: () => ({
      data: {
        commendationRound: { id: 'r1', name: 'Khen thưởng tổng kết năm 2026' },
        commendationCertificates: [certificate('p1', 'Phòng Văn hóa - Xã hội'), certificate('p2', 'Tổ dân phố số 3')],
      },
    }),
    DocumentSettings: () => ({ data: { documentSettings: settings } }),
    UpdateDocumentSettings: (v) => ({ data: { updateDocumentSettings: v.input as typeof settings } }),
  });
  return {
    ...renderUi(<CertificatesPage />, {
      client: stub.client,
      route: '/commendation/rounds/r1/certificates',
      path: '/commendation/rounds/:id/certificates',
    }),
    calls: stub.calls,
  };
}

describe('CertificatesPage', () => {
  it('prints each conferred title as a giấy khen with the Quốc hiệu, the recipient, the date line, the signer and the number', async () => {
    renderPage();
    const sheet = await screen.findByTestId('certificate-p1');
    const text = sheet.textContent ?? '';
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(within(sheet).getByText('ỦY BAN NHÂN DÂN')).toBeInTheDocument();
    expect(within(sheet).getByText('PHƯỜNG HẢI AN')).toBeInTheDocument();
    expect(within(sheet).getByText('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN')).toBeInTheDocument();
    expect(within(sheet).getByRole('heading', { name: 'GIẤY KHEN' })).toBeInTheDocument();
    expect(text).toContain('Tặng: Phòng Văn hóa - Xã hội');
    expect(text).toContain('Đã có thành tích xuất sắc');
    expect(text).toContain('Hải An, ngày 05 tháng 12 năm 2026');
    expect(text).toContain('KT. CHỦ TỊCH');
    expect(text).toContain('Lê Văn Minh');
    expect(text).toContain('Số: 12/QĐ-UBND');
    expect(screen.getAllByTestId(/^certificate-p/)).toHaveLength(2);
  });

  it('picks one certificate and saves the adjusted layout', async () => {
    const { user, calls } = renderPage();
    await user.selectOptions(await screen.findByLabelText('Giấy khen cần in'), 'Tổ dân phố số 3 — Giấy khen tập thể');
    expect(screen.getAllByTestId(/^certificate-p/)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'In 1 giấy khen' })).toBeEnabled();
    await user.selectOptions(screen.getByLabelText('Khung viền'), 'Viền đơn');
    expect(screen.getByTestId('certificate-p2').style.getPropertyValue('--cert-border')).toBe('solid');
    await user.click(screen.getByRole('button', { name: 'Lưu bố cục' }));
    const saved = calls.find((c) => c.name === 'UpdateDocumentSettings')?.variables.input as typeof settings;
    expect(saved.certificate).toEqual({ ...settings.certificate, border: 'SINGLE' });
    expect(saved.issuingBody).toBe('ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN');
  });
});
