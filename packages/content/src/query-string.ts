/**
 * Serialises nested query objects the way Strapi's REST API parses them (qs bracket syntax):
 * { filters: { slug: { $eq: 'a' } } } → "filters[slug][$eq]=a".
 */
export type QueryValue = string | number | boolean | null | undefined | QueryValue[] | { [key: string]: QueryValue };

export function toQueryString(query: Record<string, QueryValue>): string {
  const pairs: string[] = [];
  const visit = (prefix: string, value: QueryValue): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(`${prefix}[${index}]`, item));
      return;
    }
    if (typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(`${prefix}[${key}]`, item);
      return;
    }
    pairs.push(`${encodeKey(prefix)}=${encodeURIComponent(String(value))}`);
  };
  for (const [key, value] of Object.entries(query)) visit(key, value);
  return pairs.join('&');
}

// Brackets and $ operators stay readable (Strapi accepts both); everything else is percent-encoded.
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/%24/g, '$');
}
