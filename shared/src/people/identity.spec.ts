import { formatPersonalCode, parsePersonalCode, PERSONAL_CODE_ALPHABET, personalCodeFromBytes } from './identity.js';

describe('personal codes', () => {
  it('round-trips through print and typing (lower case, spaces, dash)', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = personalCodeFromBytes(Uint8Array.from({ length: 7 }, () => Math.floor(Math.random() * 256)));
      expect(code).toHaveLength(8);
      expect([...code].every((c) => PERSONAL_CODE_ALPHABET.includes(c))).toBe(true);
      const printed = formatPersonalCode(code);
      expect(parsePersonalCode(printed)).toBe(code);
      expect(parsePersonalCode(` ${printed.toLowerCase().replace('-', ' ')} `)).toBe(code);
    }
  });

  it('catches one mistyped character and look-alikes', () => {
    const code = personalCodeFromBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7]));
    const swapped = code[0] === 'A' ? `C${code.slice(1)}` : `A${code.slice(1)}`;
    expect(parsePersonalCode(swapped)).toBeNull();
    expect(parsePersonalCode(code.replace(/./u, '0'))).toBeNull();
    expect(parsePersonalCode(code.slice(1))).toBeNull();
    expect(parsePersonalCode('')).toBeNull();
  });
});
