import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { Breadcrumb } from '../../components/breadcrumb';
import { ErrorState, LoadingState } from '../../components/query-states';
import { env } from '../../config/env';
import { paths } from '../../config/paths';
import { authorsQueryOptions } from '../../features/authors/api/get-authors';
import { campaignThemesQueryOptions } from '../../features/campaign-themes/api/get-campaign-themes';
import { categoriesQueryOptions } from '../../features/categories/api/get-categories';
import { useAgency } from '../../lib/agency';
import { usePageHead } from '../../lib/use-document-meta';

const TITLE = 'Sơ đồ cổng thông tin';

/** One titled list of links, with its own loading and error state so one failing list does not hide the others. */
function LinkGroup<T>({
  id,
  title,
  query,
  render,
}: {
  id: string;
  title: string;
  query: UseQueryResult<T[]>;
  render: (item: T) => ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="site-map__group">
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {query.isPending ? (
        <LoadingState label={`Đang tải ${title.toLowerCase()}…`} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ul className="site-map__list">{query.data.map(render)}</ul>
      )}
    </section>
  );
}

/**
 * "Sơ đồ cổng thông tin": every section of the agency's portal on one page, as Vietnamese state portals must have,
 * with its feeds and XML sitemap.
 */
export default function SiteMapRoute() {
  usePageHead({ kind: 'siteMap' });
  const { scope, here, linkTo, directory } = useAgency();
  const categories = useQuery(categoriesQueryOptions());
  const themes = useQuery(campaignThemesQueryOptions(scope));
  const authors = useQuery(authorsQueryOptions(scope.code));
  const feed = (format: 'rss' | 'atom', type?: 'notice') =>
    `${env.apiBaseUrl}/api/feeds/${format}?${new URLSearchParams({ ...(type ? { type } : {}), agency: scope.code }).toString()}`;
  return (
    <>
      <Breadcrumb items={[{ label: TITLE }]} />
      <h1 className="page-title">{TITLE}</h1>
      <div className="site-map">
        <section aria-labelledby="trang-chinh" className="site-map__group">
          <h2 id="trang-chinh" className="section-title">
            Trang chính
          </h2>
          <ul className="site-map__list">
            <li>
              <Link href={paths.home.build()}>Trang chủ</Link>
            </li>
            <li>
              <Link href={paths.campaignThemes.build()}>Phong trào thi đua</Link>
            </li>
            <li>
              <Link href={paths.legalDocuments.build()}>Văn bản</Link>
            </li>
            <li>
              <Link href={paths.notices.build()}>Thông báo</Link>
            </li>
            <li>
              <Link href={paths.register.build()}>Danh sách người phải thi hành án chưa có điều kiện thi hành</Link>
            </li>
            <li>
              <Link href={paths.search.build({})}>Tìm kiếm tin bài</Link>
            </li>
            <li>
              <Link href={paths.signIn.build()}>Đăng nhập dành cho cán bộ</Link>
            </li>
            <li>
              <Link href={linkTo(directory.home, paths.agencies.build())}>Các cơ quan thi hành án dân sự</Link>
            </li>
          </ul>
        </section>
        <LinkGroup
          id="chuyen-muc"
          title="Chuyên mục"
          query={categories}
          render={(category) => (
            <li key={category.documentId}>
              <Link href={paths.category.build(category.slug)}>{category.name}</Link>
            </li>
          )}
        />
        <LinkGroup
          id="phong-trao"
          title="Phong trào thi đua"
          query={themes}
          render={(theme) => (
            <li key={theme.documentId}>
              <Link href={paths.campaignTheme.build(theme.slug)}>{theme.name}</Link>
            </li>
          )}
        />
        <LinkGroup
          id="tac-gia"
          title="Tác giả"
          query={authors}
          render={(author) => (
            <li key={author.documentId}>
              <Link href={paths.author.build(author.slug)}>{author.name}</Link>
            </li>
          )}
        />
        <section aria-labelledby="cho-may" className="site-map__group">
          <h2 id="cho-may" className="section-title">
            Dành cho phần mềm đọc tin và máy tìm kiếm
          </h2>
          <ul className="site-map__list">
            <li>
              <a href={feed('rss')}>Tin tức dạng RSS</a>
            </li>
            <li>
              <a href={feed('atom')}>Tin tức dạng Atom</a>
            </li>
            <li>
              <a href={feed('rss', 'notice')}>Thông báo dạng RSS</a>
            </li>
            <li>
              <a href={feed('atom', 'notice')}>Thông báo dạng Atom</a>
            </li>
            <li>
              {/* The home agency's is the whole installation's index, which lists its files first. */}
              <a href={here('/sitemap.xml')}>Sơ đồ dạng XML (sitemap.xml)</a>
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
