import { useQuery } from '@tanstack/react-query';
import { ServerHtml } from '../../../lib/server-html';
import { relatedArticlesQueryOptions, type RelatedTo } from '../api/get-related-articles';
import { ArticleCard } from './article-card';

/** "Các tin khác": same campaign theme or category, never this article. Quietly absent when there are none. */
export function RelatedArticles({ article }: { article: RelatedTo }) {
  const related = useQuery(relatedArticlesQueryOptions(article));
  if (!related.data?.length) return null;
  return (
    <section className="related" aria-labelledby="cac-tin-khac">
      <h2 id="cac-tin-khac">Các tin khác</h2>
      <div className="article-list article-list--compact">
        <ServerHtml of={related.data}>
          {related.data.map((item) => (
            <ArticleCard key={item.documentId} article={item} headingLevel={3} showLead={false} />
          ))}
        </ServerHtml>
      </div>
    </section>
  );
}
