import type { ArticleSummary } from '@thads/content';
import { Link } from 'wouter';
import { FormattedDate } from '../../../components/formatted-date';
import { CardThumbnail } from '../../../components/responsive-image';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { StaffBadge } from './staff-badge';

export function ArticleCard({
  article,
  headingLevel = 2,
  showLead = true,
  showAgency = false,
  imageLoading = 'lazy',
}: {
  article: ArticleSummary;
  headingLevel?: 2 | 3;
  showLead?: boolean;
  /** Names the article's agency (a list of several agencies' articles). */
  showAgency?: boolean;
  /** `eager` for the first cards of a page, which are on screen at once. */
  imageLoading?: 'eager' | 'lazy';
}) {
  const { agency: current, agencyOf, linkTo } = useAgency();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // Each article is read on its own agency's pages.
  const agency = agencyOf(article.agency) ?? current;
  return (
    <article className="article-card">
      <CardThumbnail image={article.cover} loading={imageLoading} />
      <Heading className="article-card__title">
        <Link href={linkTo(agency.code, paths.article.build(article.slug))}>{article.title}</Link>
      </Heading>
      <p className="article-card__meta">
        {showAgency ? <span className="article-card__agency">{agency.name} · </span> : null}
        <FormattedDate value={article.date} />
        {article.category ? <span> · {article.category.name}</span> : null}
        {article.isSample ? <span className="badge">Bài mẫu</span> : null}
        <StaffBadge audience={article.audience} />
      </p>
      {showLead && article.lead ? <p className="article-card__lead">{article.lead}</p> : null}
    </article>
  );
}
