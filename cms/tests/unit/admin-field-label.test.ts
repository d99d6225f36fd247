import { describe, expect, it } from 'vitest';
import { fieldLabel, isInstant } from '../../src/admin/history/field-label';

describe('field names in the version diff', () => {
  it('are the edit view’s labels in the admin language, not API names', () => {
    expect(fieldLabel('api::article.article', 'title', 'vi')).toBe('Tiêu đề');
    expect(fieldLabel('api::article.article', 'title', 'en')).toBe('Title');
    expect(fieldLabel('api::article.article', 'campaignThemes', 'vi')).toBe('Phong trào thi đua');
    expect(fieldLabel('api::article.article', 'publishAt', 'vi')).toBe('Hẹn giờ xuất bản');
    expect(fieldLabel('api::campaign-theme.campaign-theme', 'unpublishAt', 'en')).toBe('Unpublish at');
    expect(fieldLabel('api::article.article', 'notAField', 'vi')).toBe('notAField');
  });

  it('tell a stored instant from ordinary text', () => {
    expect(isInstant('2026-12-01T10:13:00.000Z')).toBe(true);
    expect(isInstant('Hội nghị 2026-12-01T10:13:00.000Z')).toBe(false);
  });
});
