import { describe, expect, it } from 'vitest';
import { communesOf, findWard, wardKey, wardQueryOf } from './ward-lookup';

const UNITS = [
  { id: 'kv1', communes: 'Phường Việt Trì\nPhường Nông Trang\nPhường Vân Phú' },
  { id: 'kv2', communes: 'Phường Vĩnh Phúc\nPhường Vĩnh Yên\nXã Tam Đảo' },
  { id: 'kv3', communes: 'Phường Hòa Bình; Phường Kỳ Sơn' },
  { id: 'head', communes: null },
];
const found = (query: string) => findWard(UNITS, query)?.map(({ unit, commune }) => `${unit.id}: ${commune}`) ?? null;

describe('the ward lookup', () => {
  it('finds the office serving a ward typed with or without diacritics, đ as d, any case, with or without its kind', () => {
    for (const query of ['Việt Trì', 'viet tri', 'VIET  TRI', 'phường việt trì', 'Phuong Viet Tri'])
      expect(found(query), query).toEqual(['kv1: Phường Việt Trì']);
    expect(found('tam dao')).toEqual(['kv2: Xã Tam Đảo']);
    expect(found('Tam Đảo')).toEqual(['kv2: Xã Tam Đảo']);
    // Tone marks placed the old way ("hoà") find the new spelling ("hòa").
    expect(found('hoà bình')).toEqual(['kv3: Phường Hòa Bình']);
  });

  it('lists every ward a part of a name matches, the exact name first', () => {
    expect(found('vinh')).toEqual(['kv2: Phường Vĩnh Phúc', 'kv2: Phường Vĩnh Yên']);
    expect(found('vinh yen')).toEqual(['kv2: Phường Vĩnh Yên']);
  });

  it('answers nothing found with an empty list, and makes no lookup of nothing typed', () => {
    expect(found('Hoàn Kiếm')).toEqual([]);
    expect(found('   ')).toBeNull();
    expect(found('')).toBeNull();
    expect(found('<script>alert(1)</script>')).toEqual([]);
  });

  it('reads the query of each language from its own parameter, bounded', () => {
    expect(wardQueryOf('xa=viet+tri', 'vi')).toBe('viet tri');
    expect(wardQueryOf('ward=Vi%E1%BB%87t%20Tr%C3%AC', 'en')).toBe('Việt Trì');
    expect(wardQueryOf('ward=x', 'vi')).toBe('');
    expect(wardQueryOf(`xa=${'a'.repeat(500)}`, 'vi')).toHaveLength(100);
    expect(wardKey('Thị trấn Phong Châu')).toBe('phong chau');
    expect(communesOf(' A \n\nB;C ')).toEqual(['A', 'B', 'C']);
  });
});
