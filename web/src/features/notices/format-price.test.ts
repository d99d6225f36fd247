import { describe, expect, it } from 'vitest';
import { formatPrice } from './format-price';

describe('formatPrice', () => {
  it('prints VND with Vietnamese digit groups and "đồng"', () => {
    expect(formatPrice('1250000000')).toBe('1.250.000.000 đồng');
    expect(formatPrice('500000')).toBe('500.000 đồng');
    expect(formatPrice('0')).toBe('0 đồng');
  });

  it('keeps every digit of amounts beyond a double', () => {
    expect(formatPrice('12345678901234567890')).toBe('12.345.678.901.234.567.890 đồng');
  });

  it('shows nothing for what is not a whole amount', () => {
    for (const amount of [null, undefined, '', ' ', '1,5', '-3', '1e9', 'abc']) expect(formatPrice(amount)).toBeNull();
  });
});
