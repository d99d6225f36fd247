import { useQuery } from '@tanstack/react-query';
import { useSearch } from 'wouter';
import { Breadcrumb } from '../../components/breadcrumb';
import { NotFoundState } from '../../components/not-found-state';
import { ErrorState, LoadingState } from '../../components/query-states';
import { pageFromSearch, paths } from '../../config/paths';
import { LIST_PAGE_SIZE } from '../../features/articles/api/get-articles';
import { ArticleList } from '../../features/articles/components/article-list';
import { categoriesQueryOptions } from '../../features/categories/api/get-categories';
import { usePageHead } from '../../lib/use-document-meta';

export default function CategoryRoute({ slug }: { slug: string }) {
  const page = pageFromSearch(useSearch());
  const categories = useQuery(categoriesQueryOptions());
  const category = categories.data?.find((item) => item.slug === slug) ?? null;
  usePageHead(category ? { kind: 'category', category, page } : null);

  if (categories.isPending) return <LoadingState label="Đang tải chuyên mục…" />;
  if (categories.isError) return <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />;
  if (!category) return <NotFoundState what="Chuyên mục bạn tìm" />;
  return (
    <>
      <Breadcrumb items={[{ label: category.name }]} />
      <h1 className="page-title">{category.name}</h1>
      {category.description ? <p className="page-intro">{category.description}</p> : null}
      <ArticleList
        query={{ categorySlug: category.slug, pageSize: LIST_PAGE_SIZE }}
        page={page}
        hrefFor={(target) => paths.category.build(category.slug, target)}
        label={category.name}
        emptyMessage="Chuyên mục này chưa có tin bài."
      />
    </>
  );
}
