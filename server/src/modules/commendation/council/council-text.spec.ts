import { cleanBlock, cleanLine } from './council-text.js';

describe('council texts', () => {
  it('keeps one line in NFC, spaces collapsed, without control characters', () => {
    expect(cleanLine('  Nguyễn\u0000  Văn\tAn '.normalize('NFD'))).toBe('Nguyễn Văn An'.normalize('NFC'));
  });

  it('keeps the line breaks of a block', () => {
    expect(cleanBlock(' Dòng một\r\nDòng\u0007 hai\u0000 ')).toBe('Dòng một\nDòng hai');
  });
});
