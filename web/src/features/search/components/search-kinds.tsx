import { Link } from 'wouter';
import { searchUrl, type SiteSearchParams } from '../search-url';

/** The kinds of result a search shows, one at a time: articles, or citizens' questions and answers (plain links). */
export function SearchKinds({ params }: { params: SiteSearchParams }) {
  const kind = (value: SiteSearchParams['kind'], label: string) => (
    <li>
      <Link
        href={searchUrl({ q: params.q, kind: value, agency: params.agency }, 1)}
        aria-current={params.kind === value ? 'page' : undefined}
      >
        {label}
      </Link>
    </li>
  );
  return (
    <nav className="topic-nav search-kinds" aria-label="Loại kết quả">
      <ul>
        {kind('article', 'Tin bài')}
        {kind('question', 'Hỏi đáp')}
      </ul>
    </nav>
  );
}
