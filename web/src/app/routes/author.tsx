import { useQuery } from '@tanstack/react-query';
import { useSearch } from 'wouter';
import { Breadcrumb } from '../../components/breadcrumb';
import { NotFoundState } from '../../components/not-found-state';
import { ErrorState, LoadingState } from '../../components/query-states';
import { pageFromSearch, paths } from '../../config/paths';
import { LIST_PAGE_SIZE } from '../../features/articles/api/get-articles';
import { ArticleList } from '../../features/articles/components/article-list';
import { authorQueryOptions } from '../../features/authors/api/get-author';
import { useAgency } from '../../lib/agency';
import { safeUrl } from '../../lib/safe-url';
import { usePageHead } from '../../lib/use-document-meta';

export default function AuthorRoute({ slug }: { slug: string }) {
  const page = pageFromSearch(useSearch());
  const { scope } = useAgency();
  const query = useQuery(authorQueryOptions(scope, slug));
  const author = query.data ?? null;
  usePageHead(author ? { kind: 'author', author, page } : null);

  if (query.isPending) return <LoadingState label="Đang tải thông tin tác giả…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!author) return <NotFoundState what="Tác giả bạn tìm" />;
  const photo = author.photo && safeUrl(author.photo.url) ? author.photo : null;
  const role = [author.position, author.unit].filter(Boolean).join(', ');
  return (
    <>
      <Breadcrumb items={[{ label: `Tác giả ${author.name}` }]} />
      <section className="author" aria-labelledby="tac-gia">
        {photo ? (
          <img
            className="author__photo"
            src={photo.url}
            alt={photo.alternativeText || `Ảnh ${author.name}`}
            width={120}
            height={120}
          />
        ) : null}
        <div>
          <h1 id="tac-gia" className="page-title">
            {author.name}
          </h1>
          {role ? <p className="author__role">{role}</p> : null}
          {author.bio ? <p>{author.bio}</p> : null}
        </div>
      </section>
      <section aria-labelledby="bai-viet-cua-tac-gia">
        <h2 id="bai-viet-cua-tac-gia" className="section-title">
          Bài viết của tác giả
        </h2>
        <ArticleList
          query={{ authorId: author.documentId, pageSize: LIST_PAGE_SIZE }}
          page={page}
          hrefFor={(target) => paths.author.build(author.slug, target)}
          label="Bài viết của tác giả"
          emptyMessage="Tác giả chưa có bài viết nào được đăng."
          headingLevel={3}
        />
      </section>
    </>
  );
}
