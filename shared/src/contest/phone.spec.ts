import { maskPhone, normalizePhone } from './phone.js';
import { isImplausiblyFast } from './timing.js';

describe('phone numbers', () => {
  it('normalizes the usual ways of writing a Vietnamese mobile number', () => {
    for (const input of ['0912345678', '0912 345 678', '0912.345.678', '+84 912 345 678', '84912345678'])
      expect(normalizePhone(input)).toBe('0912345678');
  });
  it('refuses what is not a 10-digit number', () => {
    for (const input of ['', '12345', '091234567', '09123456789', '09x2345678'])
      expect(normalizePhone(input)).toBeNull();
  });
  it('masks all but the first two and last three digits', () => {
    expect(maskPhone('0912345123')).toBe('09•••••123');
  });
});

describe('isImplausiblyFast', () => {
  it('flags attempts faster than 2 s per answered question', () => {
    expect(isImplausiblyFast(19_999, 10)).toBe(true);
    expect(isImplausiblyFast(20_000, 10)).toBe(false);
    expect(isImplausiblyFast(100, 0)).toBe(false);
  });
});
