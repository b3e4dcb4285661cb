import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('formatDate and formatDateTime', () => {
  it('print dd/mm/yyyy (hh:mm) whatever the language', () => {
    const at = new Date(2026, 2, 8, 9, 30, 5);
    expect(formatDate(at)).toBe('08/03/2026');
    expect(formatDate(at.toISOString())).toBe('08/03/2026');
    expect(formatDateTime(at.toISOString())).toBe('08/03/2026 09:30');
    expect(formatDateTime(at, { seconds: true })).toBe('08/03/2026 09:30:05');
  });

  it('keep a calendar day as it is written, not shifted by the time zone', () => {
    expect(formatDate('2026-03-08')).toBe('08/03/2026');
  });

  it('print nothing for what is not a date', () => {
    expect(formatDate('')).toBe('');
    expect(formatDateTime('later')).toBe('');
  });
});
