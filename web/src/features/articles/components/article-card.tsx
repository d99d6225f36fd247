import type { ArticleSummary } from '@thads/content';
import { Link } from 'wouter';
import { FormattedDate } from '../../../components/formatted-date';
import { paths } from '../../../config/paths';

export function ArticleCard({ article }: { article: ArticleSummary }) {
  return (
    <article className="article-card">
      <h2 className="article-card__title">
        <Link href={paths.article.build(article.slug)}>{article.title}</Link>
      </h2>
      <p className="article-card__meta">
        <FormattedDate value={article.date} />
        {article.category ? <span> · {article.category.name}</span> : null}
        {article.isSample ? <span className="badge">Bài mẫu</span> : null}
      </p>
      {article.lead ? <p className="article-card__lead">{article.lead}</p> : null}
    </article>
  );
}
