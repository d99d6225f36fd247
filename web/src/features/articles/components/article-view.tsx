import type { Article, PreviewArticle } from '@thads/content';
import { formatVietnamDate, vietnamDay } from '@thads/vietnamese';
import { Link } from 'wouter';
import { BlocksRenderer } from '../../../components/blocks-renderer';
import { Breadcrumb } from '../../../components/breadcrumb';
import { FormattedDate } from '../../../components/formatted-date';
import { paths } from '../../../config/paths';
import { ARTICLE_IMAGE_SIZES, ResponsiveImage } from '../../../components/responsive-image';
import { SAFE_IMAGE, safeUrl } from '../../../lib/safe-url';
import { ServerHtml } from '../../../lib/server-html';
import { ArticleTools } from './article-tools';
import { RelatedArticles } from './related-articles';
import { StaffBadge } from './staff-badge';

const fileSize = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

export function ArticleView({ article }: { article: Article | PreviewArticle }) {
  const authors = article.authors ?? [];
  const themes = article.campaignThemes ?? [];
  const attachments = (article.attachments ?? []).filter((file) => safeUrl(file.url));
  const cover = article.cover && safeUrl(article.cover.url, SAFE_IMAGE) ? article.cover : null;
  return (
    <>
      <Breadcrumb
        items={[
          ...(article.category
            ? [{ label: article.category.name, href: paths.category.build(article.category.slug) }]
            : []),
          { label: article.title },
        ]}
      />
      <article className="article">
        <header className="article__header">
          {article.category ? (
            <p className="article__category">
              <Link href={paths.category.build(article.category.slug)}>{article.category.name}</Link>
            </p>
          ) : null}
          <h1 className="article__title">{article.title}</h1>
          <p className="article__meta">
            {article.date ? (
              <Link
                href={paths.day.build(vietnamDay(article.date))}
                aria-label={`Các tin đã đưa ngày ${formatVietnamDate(article.date)}`}
              >
                <FormattedDate value={article.date} />
              </Link>
            ) : (
              <span>Ngày đăng: ngày xuất bản</span>
            )}
            {article.isSample ? <span className="badge">Bài mẫu – không phải tin thật</span> : null}
            <StaffBadge audience={article.audience} long />
          </p>
          <ArticleTools title={article.title} />
          {article.lead ? <p className="article__lead">{article.lead}</p> : null}
        </header>
        {/* What is only read: left as the server sent it when the app takes over the page. */}
        <ServerHtml of={article}>
          {cover ? (
            <figure className="article__cover">
              {/* The page's largest image: fetched first. Without alternative text, say what it illustrates. */}
              <ResponsiveImage
                image={cover}
                alt={cover.alternativeText?.trim() || cover.caption?.trim() || `Ảnh minh họa: ${article.title}`}
                sizes={ARTICLE_IMAGE_SIZES}
                priority="high"
              />
              {cover.caption ? <figcaption>{cover.caption}</figcaption> : null}
            </figure>
          ) : null}
          <div className="article__body">
            <BlocksRenderer blocks={article.body} />
          </div>
          {authors.length > 0 ? (
            <p className="article__byline">
              <span className="visually-hidden">Tác giả: </span>
              {authors.map((author, index) => (
                <span key={author.documentId}>
                  {index > 0 ? ', ' : null}
                  <Link href={paths.author.build(author.slug)}>{author.name}</Link>
                </span>
              ))}
            </p>
          ) : null}
          {article.source ? <p className="article__source">Nguồn: {article.source}</p> : null}
          {themes.length > 0 ? (
            <section className="article__aside" aria-labelledby="phong-trao-lien-quan">
              <h2 id="phong-trao-lien-quan">Phong trào thi đua liên quan</h2>
              <ul>
                {themes.map((theme) => (
                  <li key={theme.documentId}>
                    <Link href={paths.campaignTheme.build(theme.slug)}>{theme.name}</Link>
                  </li>
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
                    <a href={safeUrl(file.url) ?? undefined} download>
                      {file.name}
                    </a>{' '}
                    <span className="muted">({fileSize.format(file.size)} KB)</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </ServerHtml>
      </article>
      <RelatedArticles article={article} />
    </>
  );
}
