import { defaultDocumentSettings } from '@thidua/shared';
import { bodyName, clockText, dayText, numberLine, symbolOf, vnNumber } from './document-parts.js';

describe('document parts', () => {
  it('writes decimals with a comma and leaves a missing figure empty', () => {
    expect(vnNumber(82.3333)).toBe('82,33');
    expect(vnNumber(95)).toBe('95');
    expect(vnNumber(null)).toBe('');
  });

  it('prints the number as issued, or dots to fill before the symbol', () => {
    expect(numberLine('12/QĐ-UBND', 'QĐ-UBND')).toBe('Số: 12/QĐ-UBND');
    expect(numberLine('  ', 'QĐ-UBND')).toBe('Số: …/QĐ-UBND');
  });

  it('names the body in running text with the place’s capitals, and abbreviates the organiser', () => {
    expect(bodyName(defaultDocumentSettings('Phường Hải An'))).toBe('Ủy ban nhân dân phường Hải An');
    expect(symbolOf('Phòng Văn hóa - Xã hội')).toBe('VHXH');
    expect(symbolOf('Phòng Kinh tế, Hạ tầng và Đô thị')).toBe('KTHTĐT');
  });

  it('gives days and times in Vietnam', () => {
    expect(dayText(new Date('2026-12-04T18:00:00Z'))).toBe('05/12/2026');
    expect(clockText(new Date('2026-12-05T07:30:00Z'))).toBe('14 giờ 30 phút');
  });
});
