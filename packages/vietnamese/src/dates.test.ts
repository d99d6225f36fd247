import { describe, expect, it } from 'vitest';
import {
  formatRfc822Vietnam,
  formatVietnamDate,
  formatVietnamDateTime,
  parseIsoDay,
  vietnamDay,
  vietnamDayRange,
  vietnameseDayToIso,
  vietnamInstant,
  toVietnamIso,
} from './dates.js';

describe('Vietnam dates', () => {
  it('formats dd/MM/yyyy in Vietnam time', () => {
    expect(formatVietnamDate('2021-03-16T01:00:00Z')).toBe('16/03/2021');
    // 23:30 UTC on the 15th is already 06:30 on the 16th in Hà Nội.
    expect(formatVietnamDate('2021-03-15T23:30:00Z')).toBe('16/03/2021');
    expect(formatVietnamDateTime('2021-03-15T17:30:00Z')).toBe('16/03/2021 00:30');
  });

  it('puts 00:30 in Hà Nội on that day, not the one before', () => {
    expect(vietnamDay('2021-03-16T00:30:00+07:00')).toBe('2021-03-16');
    expect(vietnamDay(vietnamInstant('2021-03-16', '00:30'))).toBe('2021-03-16');
  });

  it('gives the UTC range of a Vietnam day', () => {
    expect(vietnamDayRange('2021-03-16')).toEqual({
      start: '2021-03-15T17:00:00.000Z',
      end: '2021-03-16T17:00:00.000Z',
    });
    expect(() => vietnamDayRange('2021-02-30')).toThrow(RangeError);
  });

  it('parses only real days', () => {
    expect(parseIsoDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('2021-3-16')).toBeNull();
    expect(vietnameseDayToIso('16/03/2021')).toBe('2021-03-16');
    expect(vietnameseDayToIso('19/7/1946')).toBe('1946-07-19');
    expect(vietnameseDayToIso('31/04/2021')).toBeNull();
  });

  it('writes feed and metadata dates with the +07:00 offset', () => {
    expect(formatRfc822Vietnam('2021-03-15T17:00:00Z')).toBe('Tue, 16 Mar 2021 00:00:00 +0700');
    expect(formatRfc822Vietnam('2021-12-31T20:30:05Z')).toBe('Sat, 01 Jan 2022 03:30:05 +0700');
    expect(toVietnamIso('2021-03-15T17:00:00Z')).toBe('2021-03-16T00:00:00+07:00');
    expect(Date.parse(toVietnamIso('2024-02-29T23:59:59Z'))).toBe(Date.parse('2024-02-29T23:59:59Z'));
  });

  it('rejects invalid input clearly', () => {
    expect(() => formatVietnamDate('not a date')).toThrow(RangeError);
    expect(() => vietnamInstant('2021-03-16', '25h')).toThrow(RangeError);
  });
});
