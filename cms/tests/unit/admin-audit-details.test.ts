import { describe, expect, it } from 'vitest';
import { detailLines } from '../../src/admin/history/audit-details';

describe("an audit entry's details, as the audit page shows them", () => {
  it('labels the details it knows and leaves out the subject, already shown, and empty values', () => {
    expect(
      detailLines({ title: 'Phát động thi đua', comment: 'Sửa lại đoạn mở đầu', fromVersion: 12, reason: null }),
    ).toEqual([
      { label: { key: 'thads.audit.detail.comment' }, value: 'Sửa lại đoạn mở đầu' },
      { label: { key: 'thads.audit.detail.fromVersion' }, value: '12' },
    ]);
  });

  it('keeps a detail it has no label for under its own name, objects as JSON, so nothing recorded is hidden', () => {
    expect(detailLines({ name: 'Biên tập viên', extra: { a: 1 }, email: '' })).toEqual([
      { label: { raw: 'extra' }, value: '{"a":1}' },
    ]);
    expect(detailLines(null)).toEqual([]);
  });
});
