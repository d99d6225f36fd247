/** The audit page's filters as the server's query (`src/history/routes.ts`). */

export type Filters = { action: string; user: string; uid: string; from: string; to: string };
export const EMPTY: Filters = { action: '', user: '', uid: '', from: '', to: '' };

/**
 * The date inputs give days; the server compares instants. A day is the editor's day in Vietnam, whole: "Đến ngày
 * 30/11" includes what happened on the 30th (bare dates would be midnight UTC, 07:00 in Vietnam).
 */
export function auditQuery(filters: Filters, page: number, pageSize: number): string {
  const days = {
    from: filters.from && `${filters.from}T00:00:00.000+07:00`,
    to: filters.to && `${filters.to}T23:59:59.999+07:00`,
  };
  return new URLSearchParams({
    ...Object.fromEntries(Object.entries({ ...filters, ...days }).filter(([, value]) => value !== '')),
    page: String(page),
    pageSize: String(pageSize),
  }).toString();
}
