import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ContentApiError, type SearchParams } from '@thads/content';
import { highlight } from '@thads/vietnamese';
import { useId, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { FormattedDate } from '../../components/formatted-date';
import { HighlightedText } from '../../components/highlighted-text';
import { Pagination } from '../../components/pagination';
import { ErrorState, LoadingState } from '../../components/query-states';
import { pageFromSearch, paths } from '../../config/paths';
import { campaignThemesQueryOptions } from '../../features/campaign-themes/api/get-campaign-themes';
import { categoriesQueryOptions } from '../../features/categories/api/get-categories';
import { searchQueryOptions } from '../../features/search/api/search-articles';
import { SearchForm } from '../../components/search-form';
import { useDocumentMeta } from '../../lib/use-document-meta';
import { StaffBadge } from '../../features/articles/components/staff-badge';

const PAGE_SIZE = 10;

function paramsFromUrl(search: string): SearchParams {
  const url = new URLSearchParams(search);
  const value = (name: string) => url.get(name) || undefined;
  return {
    q: url.get('q') ?? '',
    page: pageFromSearch(search),
    pageSize: PAGE_SIZE,
    category: value('chuyen-muc'),
    theme: value('phong-trao'),
    author: value('tac-gia'),
    from: value('tu-ngay'),
    to: value('den-ngay'),
  };
}

const toUrl = (params: SearchParams, page = params.page ?? 1) =>
  paths.search.build({
    q: params.q,
    trang: page,
    'chuyen-muc': params.category,
    'phong-trao': params.theme,
    'tac-gia': params.author,
    'tu-ngay': params.from,
    'den-ngay': params.to,
  });

function Filters({ params }: { params: SearchParams }) {
  const id = useId();
  const [, navigate] = useLocation();
  const categories = useQuery(categoriesQueryOptions()).data ?? [];
  const themes = useQuery(campaignThemesQueryOptions()).data ?? [];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => (form.get(name) as string | null) || undefined;
    navigate(
      toUrl({ ...params, category: field('category'), theme: field('theme'), from: field('from'), to: field('to') }, 1),
    );
  }

  return (
    <form className="search-filters" onSubmit={submit} aria-label="Lọc kết quả">
      <div className="form__field">
        <label htmlFor={`${id}-category`}>Chuyên mục</label>
        <select id={`${id}-category`} name="category" defaultValue={params.category ?? ''}>
          <option value="">Tất cả chuyên mục</option>
          {categories.map((category) => (
            <option key={category.documentId} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-theme`}>Phong trào thi đua</label>
        <select id={`${id}-theme`} name="theme" defaultValue={params.theme ?? ''}>
          <option value="">Tất cả phong trào</option>
          {themes.map((theme) => (
            <option key={theme.documentId} value={theme.slug}>
              {theme.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-from`}>Từ ngày</label>
        <input id={`${id}-from`} type="date" name="from" defaultValue={params.from ?? ''} />
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-to`}>Đến ngày</label>
        <input id={`${id}-to`} type="date" name="to" defaultValue={params.to ?? ''} />
      </div>
      <button type="submit" className="button">
        Lọc
      </button>
    </form>
  );
}

export default function SearchRoute() {
  const search = useSearch();
  const params = paramsFromUrl(search);
  const queryClient = useQueryClient();
  const result = useQuery(searchQueryOptions(params));
  const hasQuery = params.q.trim().length > 0;
  useDocumentMeta(
    hasQuery ? `Tìm kiếm: ${params.q}` : 'Tìm kiếm',
    'Tìm kiếm tin bài trên cổng thông tin Cục THADS tỉnh Vĩnh Phúc.',
  );
  const filtered = Boolean(params.category || params.theme || params.author || params.from || params.to);

  let body;
  if (!hasQuery) {
    body = (
      <p className="notice">
        Nhập từ khóa để tìm tin bài. Có thể gõ không dấu (ví dụ “thi dua vinh phuc”); đặt cụm từ trong dấu ngoặc kép để
        tìm đúng cụm.
      </p>
    );
  } else if (result.isPending) {
    body = <LoadingState label="Đang tìm kiếm…" lines={6} />;
  } else if (result.isError) {
    body =
      result.error instanceof ContentApiError && result.error.status === 400 ? (
        <p className="notice notice--error" role="alert">
          {result.error.message}
        </p>
      ) : (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      );
  } else if (result.data.data.length === 0) {
    body = (
      <div className="notice" role="status">
        <p>
          Không tìm thấy kết quả nào cho “<strong>{params.q}</strong>”{filtered ? ' với bộ lọc đã chọn' : ''}.
        </p>
        <ul>
          <li>Kiểm tra lại chính tả, hoặc thử gõ không dấu.</li>
          <li>Dùng ít từ hơn, hoặc từ chung hơn.</li>
          {filtered ? (
            <li>
              <Link href={paths.search.build({ q: params.q })}>Bỏ bộ lọc và tìm lại</Link>
            </li>
          ) : null}
        </ul>
      </div>
    );
  } else {
    const { data, meta } = result.data;
    body = (
      <>
        <p role="status" className="list-count">
          Tìm thấy {meta.pagination.total.toLocaleString('vi-VN')} kết quả cho “{params.q}”
        </p>
        <ol className="search-results" start={(meta.pagination.page - 1) * meta.pagination.pageSize + 1}>
          {data.map((hit) => (
            <li key={hit.documentId} className="article-card">
              <h2 className="article-card__title">
                <Link href={paths.article.build(hit.slug)}>
                  <HighlightedText segments={highlight(hit.title, meta.query)} />
                </Link>
              </h2>
              <p className="article-card__meta">
                <FormattedDate value={hit.date} />
                {hit.category ? <span> · {hit.category.name}</span> : null}
                {hit.isSample ? <span className="badge">Bài mẫu</span> : null}
                <StaffBadge audience={hit.audience} />
              </p>
              <p className="search-results__snippet">
                <HighlightedText segments={hit.snippet} />
              </p>
            </li>
          ))}
        </ol>
        <Pagination
          page={meta.pagination.page}
          pageCount={meta.pagination.pageCount}
          hrefFor={(page) => toUrl(params, page)}
          label="Phân trang kết quả tìm kiếm"
          onPrefetch={(page) => void queryClient.prefetchQuery(searchQueryOptions({ ...params, page }))}
        />
      </>
    );
  }

  return (
    <>
      <h1 className="page-title">Tìm kiếm</h1>
      <SearchForm key={params.q} initialQuery={params.q} variant="page" />
      {hasQuery ? <Filters key={search} params={params} /> : null}
      <section aria-label="Kết quả tìm kiếm" className="search-section">
        {body}
      </section>
    </>
  );
}
