import { useSearch } from 'wouter';
import { LatestArticles } from '../../features/articles/components/latest-articles';
import { useDocumentMeta } from '../../lib/use-document-title';

/** ?trang=N, defaulting to 1 for anything that is not a positive whole number. */
export function pageFromSearch(search: string): number {
  const page = Number(new URLSearchParams(search).get('trang'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

export default function HomeRoute() {
  const page = pageFromSearch(useSearch());
  useDocumentMeta(page > 1 ? `Tin mới – trang ${page}` : null, 'Tin tức, hoạt động và phong trào thi đua của Cục Thi hành án dân sự tỉnh Vĩnh Phúc.');
  return (
    <section aria-labelledby="tin-moi">
      <h1 id="tin-moi" className="page-title">
        Tin mới
      </h1>
      <LatestArticles page={page} />
    </section>
  );
}
