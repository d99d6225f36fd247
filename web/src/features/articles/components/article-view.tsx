import type { Article } from '@thads/content';
import { BlocksRenderer, safeUrl } from '../../../components/blocks-renderer';
import { FormattedDate } from '../../../components/formatted-date';

const fileSize = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

export function ArticleView({ article }: { article: Article }) {
  const authors = article.authors ?? [];
  const themes = article.campaignThemes ?? [];
  const attachments = (article.attachments ?? []).filter((file) => safeUrl(file.url));
  return (
    <article className="article" lang="vi">
      <header className="article__header">
        {article.category ? <p className="article__category">{article.category.name}</p> : null}
        <h1 className="article__title">{article.title}</h1>
        <p className="article__meta">
          <FormattedDate value={article.date} />
          {article.isSample ? <span className="badge">Bài mẫu – không phải tin thật</span> : null}
        </p>
        {article.lead ? <p className="article__lead">{article.lead}</p> : null}
      </header>
      {article.cover && safeUrl(article.cover.url) ? (
        <figure className="article__cover">
          <img src={article.cover.url} alt={article.cover.alternativeText ?? ''} width={article.cover.width ?? undefined} height={article.cover.height ?? undefined} />
          {article.cover.caption ? <figcaption>{article.cover.caption}</figcaption> : null}
        </figure>
      ) : null}
      <div className="article__body">
        <BlocksRenderer blocks={article.body} />
      </div>
      {authors.length > 0 ? (
        <p className="article__byline">
          <span className="visually-hidden">Tác giả: </span>
          {authors.map((author) => author.name).join(', ')}
        </p>
      ) : null}
      {article.source ? <p className="article__source">Nguồn: {article.source}</p> : null}
      {themes.length > 0 ? (
        <section className="article__aside" aria-labelledby="phong-trao-lien-quan">
          <h2 id="phong-trao-lien-quan">Phong trào thi đua liên quan</h2>
          <ul>
            {themes.map((theme) => (
              <li key={theme.documentId}>{theme.name}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {attachments.length > 0 ? (
        <section className="article__aside" aria-labelledby="tai-lieu-dinh-kem">
          <h2 id="tai-lieu-dinh-kem">Tài liệu đính kèm</h2>
          <ul>
            {attachments.map((file) => (
              <li key={file.documentId}>
                <a href={file.url} download>
                  {file.name}
                </a>{' '}
                <span className="muted">({fileSize.format(file.size)} KB)</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
