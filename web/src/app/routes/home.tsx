import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from 'wouter';
import { pageFromSearch, paths } from '../../config/paths';
import { DayPicker } from '../../features/archive/components/day-picker';
import { AGENCIES_NEWS_SIZE, articlesQueryOptions, LIST_PAGE_SIZE } from '../../features/articles/api/get-articles';
import { ArticleCard } from '../../features/articles/components/article-card';
import { ArticleList } from '../../features/articles/components/article-list';
import { campaignThemesQueryOptions } from '../../features/campaign-themes/api/get-campaign-themes';
import { isActiveCampaign } from '../../features/campaign-themes/components/campaign-period';
import { CampaignThemeCard } from '../../features/campaign-themes/components/campaign-theme-card';
import { categoriesQueryOptions } from '../../features/categories/api/get-categories';
import { useAgency } from '../../lib/agency';
import { ServerHtml } from '../../lib/server-html';
import { usePageHead } from '../../lib/use-document-meta';
import type { Category } from '@thads/content';

const PREVIEW_SIZE = 3;

// The cards of each section are only read: left as the server sent them when the app takes over the page.

function FeaturedArticles() {
  const { code } = useAgency().scope;
  const data = useQuery(articlesQueryOptions(code, { featured: true, pageSize: PREVIEW_SIZE })).data;
  const featured = data?.data ?? [];
  if (featured.length === 0) return null;
  return (
    <section className="home-section home-section--featured" aria-labelledby="tin-noi-bat">
      <h2 id="tin-noi-bat" className="section-title">
        Tin nổi bật
      </h2>
      <div className="article-list">
        <ServerHtml of={data}>
          {featured.map((article) => (
            <ArticleCard key={article.documentId} article={article} headingLevel={3} imageLoading="eager" />
          ))}
        </ServerHtml>
      </div>
    </section>
  );
}

/**
 * On the central department's home page: the newest articles of every agency, each card naming its agency and linking
 * to its page there. Not the category "Tin từ địa phương" (a province's news from its districts): named apart.
 */
function AgenciesNews() {
  const { linkTo, directory } = useAgency();
  const data = useQuery(articlesQueryOptions(null, { pageSize: AGENCIES_NEWS_SIZE })).data;
  const articles = data?.data ?? [];
  if (articles.length === 0) return null;
  return (
    <section className="home-section" aria-labelledby="tin-cac-co-quan">
      <h2 id="tin-cac-co-quan" className="section-title">
        Tin mới từ các cơ quan thi hành án dân sự
      </h2>
      <div className="article-list article-list--compact">
        <ServerHtml of={data}>
          {articles.map((article) => (
            <ArticleCard key={article.documentId} article={article} headingLevel={3} showLead={false} showAgency />
          ))}
        </ServerHtml>
      </div>
      <p>
        <Link href={linkTo(directory.home, paths.agencies.build())}>Các cơ quan thi hành án dân sự</Link>
      </p>
    </section>
  );
}

function CategoryPreview({ category }: { category: Category }) {
  const { code } = useAgency().scope;
  const data = useQuery(articlesQueryOptions(code, { categorySlug: category.slug, pageSize: PREVIEW_SIZE })).data;
  const articles = data?.data ?? [];
  if (articles.length === 0) return null;
  const headingId = `chuyen-muc-${category.slug}`;
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        <Link href={paths.category.build(category.slug)}>{category.name}</Link>
      </h2>
      <div className="article-list article-list--compact">
        <ServerHtml of={data}>
          {articles.map((article) => (
            <ArticleCard key={article.documentId} article={article} headingLevel={3} showLead={false} />
          ))}
        </ServerHtml>
      </div>
      <p>
        <Link href={paths.category.build(category.slug)}>Xem tất cả tin mục {category.name}</Link>
      </p>
    </section>
  );
}

function ActiveCampaigns() {
  const { scope } = useAgency();
  const data = useQuery(campaignThemesQueryOptions(scope)).data;
  const themes = (data ?? []).filter((theme) => isActiveCampaign(theme));
  if (themes.length === 0) return null;
  return (
    <section className="home-section" aria-labelledby="phong-trao-dang-dien-ra">
      <h2 id="phong-trao-dang-dien-ra" className="section-title">
        Phong trào thi đua đang diễn ra
      </h2>
      <ServerHtml of={data}>
        {themes.map((theme) => (
          <CampaignThemeCard key={theme.documentId} theme={theme} headingLevel={3} />
        ))}
      </ServerHtml>
      <p>
        <Link href={paths.campaignThemes.build()}>Tất cả phong trào thi đua</Link>
      </p>
    </section>
  );
}

export default function HomeRoute() {
  const page = pageFromSearch(useSearch());
  const { agency, scope } = useAgency();
  const categories = useQuery(categoriesQueryOptions()).data ?? [];
  usePageHead({ kind: 'home', page });
  return (
    <>
      <h1 className="visually-hidden">Cổng thông tin điện tử {agency.name}</h1>
      <div className="home-grid">
        <div className="home-grid__main">
          {page === 1 ? <FeaturedArticles /> : null}
          <section className="home-section" aria-labelledby="tin-moi">
            <h2 id="tin-moi" className="section-title">
              Tin mới
            </h2>
            <ArticleList
              query={{ pageSize: LIST_PAGE_SIZE }}
              page={page}
              hrefFor={paths.home.build}
              label="Tin mới"
              emptyMessage="Chưa có tin bài nào được đăng."
              headingLevel={3}
            />
          </section>
          {page === 1 && scope.national ? <AgenciesNews /> : null}
          {page === 1
            ? categories.map((category) => <CategoryPreview key={category.documentId} category={category} />)
            : null}
        </div>
        <aside className="home-grid__aside" aria-label="Phong trào thi đua và lưu trữ tin">
          <ActiveCampaigns />
          <DayPicker />
        </aside>
      </div>
    </>
  );
}
