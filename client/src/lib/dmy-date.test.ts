import { describe, expect, it } from 'vitest';
import { formatDmy, formatDmyInstant, formatDmyTime, parseDmy, parseDmyTime } from './dmy-date';

describe('dd/mm/yyyy dates', () => {
  it('shows a local date-time as dd/mm/yyyy hh:mm', () => {
    expect(formatDmyTime('2026-12-07T08:05')).toBe('07/12/2026 08:05');
    expect(formatDmyTime('')).toBe('');
    expect(formatDmyTime('07/12/2026')).toBe('');
  });

  it('reads day first, with the usual separators, the time optional', () => {
    expect(parseDmyTime('07/12/2026 08:05')).toBe('2026-12-07T08:05');
    expect(parseDmyTime(' 7/12/2026 8:05 ')).toBe('2026-12-07T08:05');
    expect(parseDmyTime('7-2-2026 17h30')).toBe('2026-02-07T17:30');
    expect(parseDmyTime('07.12.2026')).toBe('2026-12-07T00:00');
    expect(parseDmyTime('07/12/2026 8h')).toBe('2026-12-07T08:00');
    expect(parseDmyTime('071220260805')).toBe('2026-12-07T08:05');
    expect(parseDmyTime('07122026')).toBe('2026-12-07T00:00');
  });

  it('refuses what is not a real day and time', () => {
    for (const text of [
      '31/02/2026',
      '29/02/2026',
      '00/01/2026',
      '12/13/2026',
      '07/12/26',
      '07/12/2026 24:00',
      '2026-12-07',
      '0712202608',
      '31022026',
      'mai',
    ]) {
      expect(parseDmyTime(text), text).toBeNull();
    }
    expect(parseDmyTime('29/02/2028')).toBe('2028-02-29T00:00');
  });

  it('round-trips what it shows', () => {
    expect(parseDmyTime(formatDmyTime('2026-01-31T23:59'))).toBe('2026-01-31T23:59');
  });

  it('shows an instant as dd/mm/yyyy hh:mm in local time', () => {
    expect(formatDmyInstant(new Date(2026, 11, 7, 8, 5).toISOString())).toBe('07/12/2026 08:05');
    expect(formatDmyInstant('not a date')).toBe('');
  });

  it('shows and reads a calendar date alone', () => {
    expect(formatDmy('2026-03-08')).toBe('08/03/2026');
    expect(formatDmy('2026-03-08T00:00:00.000Z')).toBe('08/03/2026');
    expect(formatDmy('')).toBe('');
    expect(parseDmy(' 8/3/2026 ')).toBe('2026-03-08');
    expect(parseDmy('08.03.2026')).toBe('2026-03-08');
    expect(parseDmy('08032026')).toBe('2026-03-08');
    for (const text of ['31/04/2026', '08/03/2026 09:00', '080320260900', '2026-03-08', ''])
      expect(parseDmy(text), text).toBeNull();
  });
});
