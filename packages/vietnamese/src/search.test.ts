import { describe, expect, it } from 'vitest';
import { highlight, isEmptyQuery, MAX_QUERY_TERMS, parseSearchQuery, searchTokens } from './search.js';

const marked = (segments: Array<{ text: string; match: boolean }>) =>
  segments.filter((segment) => segment.match).map((segment) => segment.text);

describe('parseSearchQuery', () => {
  it('folds words and keeps quoted phrases', () => {
    expect(parseSearchQuery('Thi Đua "Vĩnh Phúc"')).toEqual({ terms: ['thi', 'dua'], phrases: [['vinh', 'phuc']] });
    expect(parseSearchQuery('“thi đua” hoà')).toEqual({ terms: ['hoa'], phrases: [['thi', 'dua']] });
    expect(parseSearchQuery('THI ĐUA'.normalize('NFD'))).toEqual({ terms: ['thi', 'dua'], phrases: [] });
  });

  it('treats search syntax and SQL as plain separators', () => {
    expect(parseSearchQuery('thi* -dua OR (NEAR vinh) "')).toEqual({
      terms: ['thi', 'dua', 'or', 'near', 'vinh'],
      phrases: [],
    });
    expect(parseSearchQuery("'; DROP TABLE articles; --")).toEqual({
      terms: ['drop', 'table', 'articles'],
      phrases: [],
    });
    expect(isEmptyQuery(parseSearchQuery('  "" *** \u0000 \ud800 '))).toBe(true);
  });

  it('drops duplicates and caps the number of words', () => {
    expect(parseSearchQuery('thi thi Thi').terms).toEqual(['thi']);
    const many = Array.from({ length: 100 }, (_, index) => `tu${index}`).join(' ');
    expect(parseSearchQuery(many).terms).toHaveLength(MAX_QUERY_TERMS);
  });

  it('tokenizes like the index', () => {
    expect(searchTokens('Đỗ Hùng, 19/7/1946!')).toEqual(['do', 'hung', '19', '7', '1946']);
  });
});

describe('highlight', () => {
  it('marks matches in the original accented text, whatever the query was typed like', () => {
    const text = 'Các cơ quan THADS tỉnh Vĩnh Phúc phát động phong trào thi đua';
    expect(marked(highlight(text, parseSearchQuery('vinh phuc')))).toEqual(['Vĩnh', 'Phúc']);
    expect(marked(highlight(text, parseSearchQuery('"vinh phuc"')))).toEqual(['Vĩnh Phúc']);
    expect(marked(highlight(text, parseSearchQuery('THI ĐUA')))).toEqual(['thi', 'đua']);
    expect(
      highlight(text, parseSearchQuery('thads'))
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });

  it('matches whole words only, and phrases only with their words together', () => {
    expect(marked(highlight('Đồng Đa, đồng đội', parseSearchQuery('dong')))).toEqual(['Đồng', 'đồng']);
    // "an" is the folded "án", but not a part of "dân".
    expect(marked(highlight('thi hành án dân sự', parseSearchQuery('an')))).toEqual(['án']);
    expect(marked(highlight('thi công, đua xe', parseSearchQuery('"thi đua"')))).toEqual([]);
    expect(marked(highlight('phong trào thi  đua', parseSearchQuery('"thi đua"')))).toEqual(['thi  đua']);
  });

  it('treats tone placement and NFD alike', () => {
    expect(marked(highlight('Thanh Hoà', parseSearchQuery('hòa')))).toEqual(['Hoà']);
    expect(marked(highlight('Thanh Hoà'.normalize('NFD'), parseSearchQuery('hoa')))).toEqual(['Hoà']);
  });

  it('cuts a window around the first match', () => {
    const text = `${'Mở đầu dài dòng '.repeat(30)}giải quyết xong trên 97% đơn thư ${'kết thúc '.repeat(30)}`;
    const segments = highlight(text, parseSearchQuery('đơn thư'), 120);
    const joined = segments.map((segment) => segment.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(130);
    expect(marked(segments)).toEqual(['đơn', 'thư']);
  });

  it('chooses the window where most of the words occur together', () => {
    const text = `Các đơn vị đã họp. ${'Nội dung khác. '.repeat(30)}Giải quyết xong đơn thư khiếu nại.`;
    const words = highlight(text, parseSearchQuery('don thu khieu nai'), 100)
      .filter((segment) => segment.match)
      .map((segment) => segment.text);
    expect(words).toEqual(['đơn', 'thư', 'khiếu', 'nại']);
  });

  it('returns the text unmarked for an empty query', () => {
    expect(highlight('Vĩnh Phúc', { terms: [], phrases: [] })).toEqual([{ text: 'Vĩnh Phúc', match: false }]);
    expect(highlight('', parseSearchQuery('x'))).toEqual([]);
  });
});
