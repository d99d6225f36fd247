/**
 * How the address of a page of the portal that came before (the national portal's
 * `/<code>/noidung/tintuc/lists/…/view_detail.aspx?itemid=…`, whatever its letter case) is stored on an article
 * (`legacyPath`) and looked up: the path in lower case, with only its `itemid` parameter. Null for what is no path.
 */
export function normalizeLegacyPath(address: string): string | null {
  const trimmed = address.trim();
  const withoutOrigin = trimmed.replace(/^https?:\/\/[^/]+/i, '');
  if (!withoutOrigin.startsWith('/')) return null;
  const [pathname = '', search = ''] = withoutOrigin.split('?');
  const itemId = new URLSearchParams(search.toLowerCase()).get('itemid');
  return `${pathname.toLowerCase()}${itemId && /^\d{1,12}$/.test(itemId) ? `?itemid=${itemId}` : ''}`;
}
