import { describe, expect, it } from 'vitest';
import { compareVietnamese, fold, normalizeDeep, slugify, toNfc } from './text.js';

const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323']; // none, huyền, sắc, ngã, hỏi, nặng
const VOWELS: Array<[string, string]> = [
  ['a', 'a'],
  ['ă', 'a'],
  ['â', 'a'],
  ['e', 'e'],
  ['ê', 'e'],
  ['i', 'i'],
  ['o', 'o'],
  ['ô', 'o'],
  ['ơ', 'o'],
  ['u', 'u'],
  ['ư', 'u'],
  ['y', 'y'],
];

describe('fold', () => {
  it('folds every Vietnamese vowel with every tone, in both cases and both normal forms', () => {
    for (const [vowel, base] of VOWELS) {
      for (const tone of TONES) {
        const nfc = (vowel + tone).normalize('NFC');
        expect(fold(nfc)).toBe(base);
        expect(fold(nfc.toUpperCase())).toBe(base);
        expect(fold(nfc.normalize('NFD'))).toBe(base);
      }
    }
  });

  it('maps đ and Đ to d', () => {
    expect(fold('Đỗ Hùng')).toBe('do hung');
    expect(fold('đoàn kết')).toBe('doan ket');
  });

  it('makes tone placement irrelevant (hoà = hòa)', () => {
    expect(fold('hoà')).toBe(fold('hòa'));
    expect(fold('Thuỷ')).toBe(fold('Thủy'));
  });

  it('gives the same key for typed, capitalised and NFD text', () => {
    const key = fold('thi đua');
    expect(fold('THI ĐUA')).toBe(key);
    expect(fold('Thi Đua'.normalize('NFD'))).toBe(key);
    expect(fold('thi dua')).toBe(key);
  });

  it('collapses white space and keeps other scripts and emoji', () => {
    expect(fold('  Vĩnh   Phúc \n')).toBe('vinh phuc');
    expect(fold('Ωmega 東京 🎉')).toBe('ωmega 東京 🎉');
    expect(fold('')).toBe('');
  });
});

describe('slugify', () => {
  it('transliterates Vietnamese', () => {
    expect(slugify('Đỗ Hùng')).toBe('do-hung');
    expect(slugify('Các cơ quan THADS tỉnh Vĩnh Phúc phát động phong trào thi đua')).toBe(
      'cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua',
    );
  });

  it('gives the same slug for NFD input', () => {
    expect(slugify('Thi đua – Khen thưởng'.normalize('NFD'))).toBe('thi-dua-khen-thuong');
  });

  it('drops punctuation and cuts long titles at a word boundary', () => {
    expect(slugify('  “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”  ')).toBe(
      'ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau',
    );
    const long = slugify('Thi đua '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(96);
    expect(long.endsWith('-')).toBe(false);
    expect(long.startsWith('thi-dua-thi-dua')).toBe(true);
  });

  it('is empty for text with no letters or digits', () => {
    expect(slugify('!!! ---')).toBe('');
    expect(slugify('🎉')).toBe('');
  });
});

describe('NFC', () => {
  it('normalises strings', () => {
    const nfd = 'Vĩnh Phúc'.normalize('NFD');
    expect(nfd).not.toBe('Vĩnh Phúc');
    expect(toNfc(nfd)).toBe('Vĩnh Phúc');
  });

  it('normalises every string inside rich-text blocks and keeps the reference when nothing changes', () => {
    const blocks = [{ type: 'paragraph', children: [{ type: 'text', text: 'Đỗ Hùng'.normalize('NFD'), bold: true }] }];
    const normalized = normalizeDeep(blocks);
    expect(normalized).not.toBe(blocks);
    expect(normalized[0]?.children[0]?.text).toBe('Đỗ Hùng');
    expect(normalized[0]?.children[0]?.bold).toBe(true);
    expect(normalizeDeep(normalized)).toBe(normalized);
    const date = new Date(0);
    expect(normalizeDeep({ date }).date).toBe(date);
  });
});

describe('Vietnamese collation', () => {
  it('orders names by the Vietnamese alphabet', () => {
    const names = ['Đỗ Hùng', 'Dương An', 'Ánh', 'Bình', 'Ân', 'Ấn'];
    expect([...names].sort(compareVietnamese)).toEqual(['Ánh', 'Ân', 'Ấn', 'Bình', 'Dương An', 'Đỗ Hùng']);
  });
});
