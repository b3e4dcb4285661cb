import { defaultDocumentSettings, documentSettingsProblems } from './document-settings.js';

describe('defaultDocumentSettings', () => {
  it('names the ward’s people’s committee in upper case and the place without "Phường"', () => {
    const s = defaultDocumentSettings('Phường Hải An');
    expect(s.issuingBody).toBe('ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN');
    expect(s.placeName).toBe('Hải An');
    expect(s.councilName).toBe('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
    expect(s.organiserName).toBe('Phòng Văn hóa - Xã hội');
    expect([s.signerAuthority, s.signerTitle]).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(documentSettingsProblems(s)).toEqual([]);
  });

  it('accepts a bare name', () => {
    expect(defaultDocumentSettings('Lê Chân').issuingBody).toBe('ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN');
  });
});

describe('documentSettingsProblems', () => {
  it('names long or missing texts, sizes out of range and a bad colour', () => {
    const s = defaultDocumentSettings('Hải An');
    const bad = {
      ...s,
      issuingBody: ' ',
      signerName: 'x'.repeat(101),
      certificate: { ...s.certificate, headingSize: 100, color: 'red' },
    };
    expect(documentSettingsProblems(bad)).toEqual([
      'signerName',
      'issuingBody',
      'certificate.headingSize',
      'certificate.color',
    ]);
  });
});
