import type { ArticleSummary } from '@thads/content';
import { Link } from 'wouter';
import { FormattedDate } from '../../../components/formatted-date';
import { paths } from '../../../config/paths';
import { StaffBadge } from './staff-badge';

export function ArticleCard({
  article,
  headingLevel = 2,
  showLead = true,
}: {
  article: ArticleSummary;
  headingLevel?: 2 | 3;
  showLead?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="article-card">
      <Heading className="article-card__title">
        <Link href={paths.article.build(article.slug)}>{article.title}</Link>
      </Heading>
      <p className="article-card__meta">
        <FormattedDate value={article.date} />
        {article.category ? <span> · {article.category.name}</span> : null}
        {article.isSample ? <span className="badge">Bài mẫu</span> : null}
        <StaffBadge audience={article.audience} />
      </p>
      {showLead && article.lead ? <p className="article-card__lead">{article.lead}</p> : null}
    </article>
  );
}
