const VND = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/**
 * An amount in VND as the CMS gives it (a whole number as a decimal string, beyond what a double holds exactly) the way
 * notices print it: `1.250.000.000 đồng`. Null for anything that is not such a number.
 */
export function formatPrice(amount: string | null | undefined): string | null {
  const digits = amount?.trim();
  if (!digits || !/^\d{1,20}$/.test(digits)) return null;
  return `${VND.format(BigInt(digits))} đồng`;
}
