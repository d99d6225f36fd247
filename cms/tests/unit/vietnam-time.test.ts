import { describe, expect, it } from 'vitest';
import { formatVietnamTime, parseVietnamTime, readSchedule } from '../../src/admin/schedule/vietnam-time';

const NOW = new Date('2026-11-30T08:00:00.000Z'); // 15:00 in Vietnam
const NONE = { publishAt: null, unpublishAt: null };

describe('Vietnam time as editors write it (dd/MM/yyyy HH:mm, UTC+7)', () => {
  it('reads a time as Vietnam time, whatever the machine time zone', () => {
    expect(parseVietnamTime('01/12/2026 07:00')?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    // Just after midnight in Vietnam is the previous day in UTC.
    expect(parseVietnamTime('1/1/2027 00:30')?.toISOString()).toBe('2026-12-31T17:30:00.000Z');
    expect(parseVietnamTime(' 29/02/2028 23:59 ')?.toISOString()).toBe('2028-02-29T16:59:00.000Z');
  });

  it('refuses what is not a real date and time', () => {
    for (const text of [
      '31/02/2027 07:00',
      '29/02/2027 07:00',
      '01/13/2026 07:00',
      '01/12/2026 24:00',
      '01/12/2026 07:60',
    ])
      expect(parseVietnamTime(text), text).toBeNull();
    for (const text of ['2026-12-01 07:00', '01/12/2026', '01/12/26 07:00', '01/12/2026 7h00', ''])
      expect(parseVietnamTime(text), text).toBeNull();
  });

  it('writes an instant in Vietnam time, and reads back what it wrote', () => {
    expect(formatVietnamTime('2026-12-01T00:00:00.000Z')).toBe('01/12/2026 07:00');
    expect(formatVietnamTime(new Date('2026-12-31T17:05:00.000Z'))).toBe('01/01/2027 00:05');
    expect(parseVietnamTime(formatVietnamTime('2027-06-15T02:45:00.000Z'))?.toISOString()).toBe(
      '2027-06-15T02:45:00.000Z',
    );
  });
});

describe('a schedule as the panel checks it', () => {
  it('gives the instants to save, empty for no time', () => {
    expect(readSchedule({ publishAt: '01/12/2026 07:00', unpublishAt: '' }, NONE, NOW)).toEqual({
      schedule: { publishAt: '2026-12-01T00:00:00.000Z', unpublishAt: null },
      problems: [],
    });
    expect(readSchedule({ publishAt: '', unpublishAt: '' }, NONE, NOW)).toEqual({ schedule: NONE, problems: [] });
  });

  it('says which time is wrong and why', () => {
    expect(readSchedule({ publishAt: '31/11/2026 07:00', unpublishAt: '' }, NONE, NOW).problems).toEqual([
      { field: 'publishAt', reason: 'invalid' },
    ]);
    expect(readSchedule({ publishAt: '30/11/2026 15:00', unpublishAt: '' }, NONE, NOW).problems).toEqual([
      { field: 'publishAt', reason: 'past' },
    ]);
    expect(
      readSchedule({ publishAt: '02/12/2026 07:00', unpublishAt: '01/12/2026 07:00' }, NONE, NOW).problems,
    ).toEqual([{ field: 'unpublishAt', reason: 'before-publish' }]);
    expect(
      readSchedule({ publishAt: '02/12/2026 07:00', unpublishAt: '02/12/2026 07:00' }, NONE, NOW).problems,
    ).toEqual([{ field: 'unpublishAt', reason: 'before-publish' }]);
  });

  it('keeps a saved time that has passed, but refuses a new one in the past', () => {
    const saved = { publishAt: '2026-11-30T01:00:00.000Z', unpublishAt: null };
    expect(readSchedule({ publishAt: '30/11/2026 08:00', unpublishAt: '' }, saved, NOW).problems).toEqual([]);
    expect(readSchedule({ publishAt: '30/11/2026 08:01', unpublishAt: '' }, saved, NOW).problems).toEqual([
      { field: 'publishAt', reason: 'past' },
    ]);
  });
});
