import type { Leader, Unit } from '@thads/content';
import { describe, expect, it } from 'vitest';
import { leaderViews, shownBlocks, shownText, unitViews } from './translation';

const unit = (documentId: string, locale: 'vi' | 'en', fields: Partial<Unit>): Unit =>
  ({
    id: 1,
    documentId,
    locale,
    kind: 'regional',
    order: 1,
    agency: 'phutho',
    address: 'Khu vực Việt Trì',
    phone: '0210 000 0001',
    email: 'kv1@example.gov.vn',
    communes: 'Phường Việt Trì',
    headName: 'Nguyễn Văn A',
    mapUrl: null,
    isSample: true,
    name: '',
    area: null,
    hours: null,
    headTitle: null,
    createdAt: '',
    updatedAt: '',
    publishedAt: '',
    ...fields,
  }) as Unit;

describe('a text of a translated document', () => {
  it('is shown in English where written, else in Vietnamese marked as such, else not at all', () => {
    expect(shownText('en', 'Head office', 'Trụ sở')).toEqual({ value: 'Head office', language: 'en' });
    expect(shownText('en', '  ', 'Trụ sở')).toEqual({ value: 'Trụ sở', language: 'vi' });
    expect(shownText('en', null, null)).toBeNull();
    expect(shownText('vi', 'Head office', 'Trụ sở')).toEqual({ value: 'Trụ sở', language: 'vi' });
    const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
    expect(shownBlocks('en', paragraph(''), paragraph('Lịch sử'))).toEqual({
      value: paragraph('Lịch sử'),
      language: 'vi',
    });
    expect(shownBlocks('en', null, paragraph(''))).toBeNull();
  });
});

describe('units and leaders of a page', () => {
  const vi = [
    unit('b', 'vi', { name: 'Phòng khu vực 2', order: 2, hours: 'Sáng 7:30' }),
    unit('a', 'vi', { name: 'Phòng khu vực 1', order: 1, hours: 'Sáng 7:30' }),
  ];
  const en = [unit('a', 'en', { name: 'Regional Office 1', order: 1, hours: 'Mornings 7:30' })];

  it('come in the agency order, in English with the untranslated fields in Vietnamese', () => {
    const views = unitViews('en', vi, en);
    expect(views.map((view) => view.name)).toEqual([
      { value: 'Regional Office 1', language: 'en' },
      { value: 'Phòng khu vực 2', language: 'vi' },
    ]);
    expect(views.map((view) => view.hours?.language)).toEqual(['en', 'vi']);
    // What is the same in both languages is the same.
    expect(views[0]).toMatchObject({ phone: '0210 000 0001', communes: 'Phường Việt Trì' });
  });

  it('come in Vietnamese only on a Vietnamese page', () => {
    expect(unitViews('vi', vi, en).map((view) => view.name.value)).toEqual(['Phòng khu vực 2', 'Phòng khu vực 1']);
  });

  it('carry the leader’s position in English where written', () => {
    const leader = (locale: 'vi' | 'en', position: string) =>
      ({ id: 1, documentId: 'l1', locale, name: 'Lãnh đạo', position, order: 1, photo: null }) as unknown as Leader;
    expect(leaderViews('en', [leader('vi', 'Cục trưởng')], [leader('en', 'Director General')])[0]).toMatchObject({
      name: 'Lãnh đạo',
      position: { value: 'Director General', language: 'en' },
    });
  });
});
