/**
 * Strapi 5 validates which fields and operators a query names, but not the shape of their values: `filters[$or][0]=`,
 * `filters[$and]=x`, `filters[title][$eq][$ne]=1` or `pagination=1` pass its validation and then fail in the database
 * layer as a 500. This checks the shapes first, so such a request gets a 400 that says what is wrong.
 */
const LOGICAL = new Set(['$and', '$or']);
const LIST_OPERATORS = new Set(['$in', '$notIn']);
const SCALAR = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const MAX_DEPTH = 20;

/** qs turns `[0]`, `[1]`… into arrays, but into objects past its array limit: both are lists here. */
const asList = (value: unknown): unknown[] | null =>
  Array.isArray(value)
    ? value
    : isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key))
      ? Object.values(value)
      : null;

function filterProblem(node: unknown, path: string, depth: number): string | null {
  if (depth > MAX_DEPTH) return `${path}: lồng quá sâu (nested too deeply)`;
  if (!isPlainObject(node)) return `${path} phải là một đối tượng (must be an object), ví dụ filters[slug][$eq]=…`;
  for (const [key, value] of Object.entries(node)) {
    const here = `${path}[${key}]`;
    if (LOGICAL.has(key)) {
      const items = asList(value);
      if (!items || items.length === 0)
        return `${here} phải là một danh sách điều kiện (must be a list of conditions), ví dụ ${here}[0][slug][$eq]=…`;
      for (const [index, item] of items.entries()) {
        const problem = filterProblem(item, `${here}[${index}]`, depth + 1);
        if (problem) return problem;
      }
    } else if (key === '$not') {
      const problem = filterProblem(value, here, depth + 1);
      if (problem) return problem;
    } else if (LIST_OPERATORS.has(key)) {
      const items = asList(value) ?? [value];
      if (!items.every(SCALAR)) return `${here} phải là một danh sách giá trị (must be a list of values)`;
    } else if (key === '$between') {
      const items = asList(value);
      if (!items || items.length !== 2 || !items.every(SCALAR))
        return `${here} phải gồm đúng hai giá trị (must be two values): ${here}[0]=…&${here}[1]=…`;
    } else if (key.startsWith('$')) {
      const items = asList(value);
      if (!(SCALAR(value) || (items && items.every(SCALAR))))
        return `${here} phải là một giá trị (must be a value, not an object)`;
    } else if (!SCALAR(value)) {
      const problem = filterProblem(value, here, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

/** Whether any text in a parsed query holds a NUL character, which PostgreSQL cannot store or compare. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || holdsNul(item, depth + 1));
}

/** The first thing wrong with the shape of a query (its `filters` or `pagination`, or a NUL anywhere), or null. */
export function queryShapeProblem(query: Record<string, unknown>): string | null {
  if (holdsNul(query)) return 'Tham số chứa ký tự không hợp lệ (the query contains a NUL character)';
  if (query.pagination !== undefined && !isPlainObject(query.pagination)) {
    return 'Tham số "pagination" phải có dạng pagination[page]=…&pagination[pageSize]=… (pagination must be an object)';
  }
  if (query.filters !== undefined && query.filters !== '') return filterProblem(query.filters, 'filters', 0);
  return null;
}
