import { describe, expect, it } from 'vitest';
import { auditQuery, EMPTY } from '../../src/admin/history/audit-query';

describe("the audit page's query", () => {
  it('makes "from" and "to" whole days in Vietnam, so the "to" day is included', () => {
    const query = new URLSearchParams(auditQuery({ ...EMPTY, from: '2026-11-30', to: '2026-11-30' }, 2, 50));
    expect(new Date(query.get('from') ?? '').toISOString()).toBe('2026-11-29T17:00:00.000Z');
    expect(new Date(query.get('to') ?? '').toISOString()).toBe('2026-11-30T16:59:59.999Z');
    expect(Object.fromEntries(query)).toEqual({
      from: '2026-11-30T00:00:00.000+07:00',
      to: '2026-11-30T23:59:59.999+07:00',
      page: '2',
      pageSize: '50',
    });
  });

  it('sends only the filters the editor set', () => {
    expect(auditQuery({ ...EMPTY, action: 'publish' }, 1, 50)).toBe('action=publish&page=1&pageSize=50');
  });
});
