import { useQuery } from '@tanstack/react-query';
import { formatVietnamDate } from '@thads/vietnamese';
import { useSearch } from 'wouter';
import { BlocksRenderer } from '../../components/blocks-renderer';
import { Breadcrumb } from '../../components/breadcrumb';
import { NotFoundState } from '../../components/not-found-state';
import { ErrorState, LoadingState } from '../../components/query-states';
import { pageFromSearch, paths } from '../../config/paths';
import { LIST_PAGE_SIZE } from '../../features/articles/api/get-articles';
import { ArticleList } from '../../features/articles/components/article-list';
import { campaignThemeQueryOptions } from '../../features/campaign-themes/api/get-campaign-theme';
import { campaignPeriod } from '../../features/campaign-themes/components/campaign-period';
import { useAgency } from '../../lib/agency';
import { usePageHead } from '../../lib/use-document-meta';

export default function CampaignThemeRoute({ slug }: { slug: string }) {
  const page = pageFromSearch(useSearch());
  const { scope } = useAgency();
  const query = useQuery(campaignThemeQueryOptions(scope, slug));
  const theme = query.data ?? null;
  usePageHead(theme ? { kind: 'campaignTheme', theme, page } : null);

  if (query.isPending) return <LoadingState label="Đang tải phong trào thi đua…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!theme) return <NotFoundState what="Phong trào thi đua bạn tìm" />;
  const period = campaignPeriod(theme);
  const milestones = [...(theme.milestones ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <>
      <Breadcrumb
        items={[{ label: 'Phong trào thi đua', href: paths.campaignThemes.build() }, { label: theme.name }]}
      />
      <article className="theme">
        <h1 className="page-title">{theme.name}</h1>
        {theme.slogan ? (
          <figure className="theme__slogan">
            <blockquote>
              <p>{theme.slogan}</p>
            </blockquote>
            <figcaption>Chủ đề thi đua</figcaption>
          </figure>
        ) : null}
        <dl className="facts">
          {period ? (
            <>
              <dt>Thời gian</dt>
              <dd>{period}</dd>
            </>
          ) : null}
          {theme.issuingBody ? (
            <>
              <dt>Cơ quan phát động</dt>
              <dd>{theme.issuingBody}</dd>
            </>
          ) : null}
        </dl>
        {theme.targets?.length ? (
          <section aria-labelledby="chi-tieu">
            <h2 id="chi-tieu">Chỉ tiêu</h2>
            <table className="targets">
              <thead>
                <tr>
                  <th scope="col">Nội dung</th>
                  <th scope="col">Chỉ tiêu</th>
                </tr>
              </thead>
              <tbody>
                {theme.targets.map((target) => (
                  <tr key={target.id}>
                    <td>{target.label}</td>
                    <td className="targets__value">{target.target}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
        {milestones.length ? (
          <section aria-labelledby="moc-ky-niem">
            <h2 id="moc-ky-niem">Mốc kỷ niệm</h2>
            <ol className="timeline">
              {milestones.map((milestone) => (
                <li key={milestone.id}>
                  <time dateTime={milestone.date} className="timeline__date">
                    {formatVietnamDate(milestone.date)}
                  </time>
                  <span>{milestone.label}</span>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {theme.description?.length ? (
          <section aria-labelledby="gioi-thieu" className="article__body">
            <h2 id="gioi-thieu">Giới thiệu</h2>
            <BlocksRenderer blocks={theme.description} />
          </section>
        ) : null}
        <section aria-labelledby="tin-phong-trao">
          <h2 id="tin-phong-trao">Tin về phong trào</h2>
          <ArticleList
            query={{ campaignThemeId: theme.documentId, pageSize: LIST_PAGE_SIZE }}
            page={page}
            hrefFor={(target) => paths.campaignTheme.build(theme.slug, target)}
            label="Tin về phong trào"
            emptyMessage="Chưa có tin bài nào về phong trào này."
            headingLevel={3}
          />
        </section>
      </article>
    </>
  );
}
