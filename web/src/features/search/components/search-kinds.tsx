import { Link } from 'wouter';
import { searchUrl, type SearchKind, type SiteSearchParams } from '../search-url';

/** Each kind of result the site search shows, one at a time. */
const KINDS: Array<[SearchKind, string]> = [
  ['article', 'Tin bài'],
  ['legal-document', 'Văn bản'],
  ['notice', 'Thông báo'],
  ['question', 'Hỏi đáp'],
];

/** The kinds of result, chosen by plain links (they work without JavaScript): the query and agency kept, not filters. */
export function SearchKinds({ params }: { params: SiteSearchParams }) {
  return (
    <nav aria-label="Loại kết quả" className="search-kinds">
      <ul>
        {KINDS.map(([kind, label]) => (
          <li key={kind}>
            <Link
              href={searchUrl({ q: params.q, kind, agency: params.agency }, 1)}
              aria-current={kind === params.kind ? 'page' : undefined}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
