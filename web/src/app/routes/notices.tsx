import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from 'wouter';
import { Breadcrumb } from '../../components/breadcrumb';
import { paths } from '../../config/paths';
import { articlesQueryOptions } from '../../features/articles/api/get-articles';
import { ArticleCard } from '../../features/articles/components/article-card';
import { categoriesQueryOptions } from '../../features/categories/api/get-categories';
import { NoticeFiltersForm } from '../../features/notices/components/notice-filters';
import { NoticeList } from '../../features/notices/components/notice-list';
import { NOTICE_NEWS_CATEGORY, NOTICE_NEWS_SIZE } from '../../features/notices/notice-news';
import {
  EXPIRED_NOTICES_PAGE_SIZE,
  noticeFiltersFromUrl,
  noticeListAgency,
  noticeSearch,
  OPEN_NOTICES_SIZE,
} from '../../features/notices/notice-url';
import { useAgency } from '../../lib/agency';
import { agencyOptions } from '../../features/agencies/agency-tree';
import { usePageHead } from '../../lib/use-document-meta';

/**
 * The news of the category "Thông báo" under the one menu word "Thông báo": its newest articles of the agency, and the
 * way to all of them at the category's own address (which keeps working).
 */
function NoticeNews() {
  const { scope } = useAgency();
  const category = useQuery(categoriesQueryOptions()).data?.find((each) => each.slug === NOTICE_NEWS_CATEGORY);
  const news = useQuery({
    ...articlesQueryOptions(scope.code, { categorySlug: NOTICE_NEWS_CATEGORY, pageSize: NOTICE_NEWS_SIZE }),
    enabled: Boolean(category),
  });
  if (!category || !news.data || news.data.data.length === 0) return null;
  return (
    <section aria-labelledby="tin-thong-bao">
      <h2 id="tin-thong-bao" className="section-title">
        <Link href={paths.category.build(category.slug)}>Tin thông báo</Link>
      </h2>
      <div className="article-list">
        {news.data.data.map((article) => (
          <ArticleCard key={article.documentId} article={article} headingLevel={3} showLead={false} />
        ))}
      </div>
      <p>
        <Link href={paths.category.build(category.slug)}>Xem tất cả tin trong chuyên mục {category.name}</Link>
      </p>
    </section>
  );
}

/**
 * "Thông báo": the open notices first, then those whose date passed ("Đã hết hạn", by themselves), and the news of the
 * category "Thông báo". On the national site, every agency's notices, filtered by agency and kind of asset.
 */
export default function NoticesRoute() {
  const search = useSearch();
  const filters = noticeFiltersFromUrl(search);
  const { scope, agency, directory } = useAgency();
  usePageHead({ kind: 'notices', page: filters.page });
  const listAgency = noticeListAgency(scope, filters);
  const query = { kind: filters.kind, assetKind: scope.national ? filters.assetKind : undefined };

  return (
    <>
      <Breadcrumb items={[{ label: 'Thông báo' }]} />
      <h1 className="page-title">Thông báo</h1>
      <p className="page-intro">
        {scope.national
          ? 'Thông báo đấu giá tài sản, lựa chọn tổ chức đấu giá, thẩm định giá và thông báo thi hành án của các cơ quan thi hành án dân sự.'
          : `Thông báo đấu giá tài sản, lựa chọn tổ chức đấu giá, thẩm định giá và thông báo thi hành án của ${agency.name}.`}
      </p>
      <NoticeFiltersForm
        key={search}
        filters={filters}
        agencies={scope.national ? agencyOptions(directory) : undefined}
      />
      <section aria-labelledby="con-han">
        <h2 id="con-han" className="section-title">
          Đang còn hạn
        </h2>
        <NoticeList
          agency={listAgency}
          query={{ ...query, state: 'open', page: 1, pageSize: OPEN_NOTICES_SIZE }}
          label="Thông báo đang còn hạn"
          emptyMessage="Hiện không có thông báo nào còn hạn."
        />
      </section>
      <section aria-labelledby="het-han">
        <h2 id="het-han" className="section-title">
          Đã hết hạn
        </h2>
        <NoticeList
          agency={listAgency}
          query={{ ...query, state: 'expired', page: filters.page, pageSize: EXPIRED_NOTICES_PAGE_SIZE }}
          hrefFor={(page) => paths.notices.build(noticeSearch(filters, page))}
          label="Thông báo đã hết hạn"
          emptyMessage="Chưa có thông báo nào hết hạn."
        />
      </section>
      <NoticeNews />
    </>
  );
}
