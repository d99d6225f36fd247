import type { CampaignTheme, Category, SearchParams } from '@thads/content';
import { useId, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { searchUrl } from '../search-url';

/** Narrows a search by category, campaign theme and period; the lists to choose from are passed in. */
export function SearchFilters({
  params,
  categories,
  themes,
}: {
  params: SearchParams;
  categories: Array<Pick<Category, 'documentId' | 'slug' | 'name'>>;
  themes: Array<Pick<CampaignTheme, 'documentId' | 'slug' | 'name'>>;
}) {
  const id = useId();
  const [, navigate] = useLocation();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => (form.get(name) as string | null) || undefined;
    navigate(
      searchUrl(
        { ...params, category: field('category'), theme: field('theme'), from: field('from'), to: field('to') },
        1,
      ),
    );
  }

  return (
    <form className="search-filters" onSubmit={submit} aria-label="Lọc kết quả">
      <div className="form__field">
        <label htmlFor={`${id}-category`}>Chuyên mục</label>
        <select id={`${id}-category`} name="category" defaultValue={params.category ?? ''}>
          <option value="">Tất cả chuyên mục</option>
          {categories.map((category) => (
            <option key={category.documentId} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-theme`}>Phong trào thi đua</label>
        <select id={`${id}-theme`} name="theme" defaultValue={params.theme ?? ''}>
          <option value="">Tất cả phong trào</option>
          {themes.map((theme) => (
            <option key={theme.documentId} value={theme.slug}>
              {theme.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-from`}>Từ ngày</label>
        <input id={`${id}-from`} type="date" name="from" defaultValue={params.from ?? ''} />
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-to`}>Đến ngày</label>
        <input id={`${id}-to`} type="date" name="to" defaultValue={params.to ?? ''} />
      </div>
      <button type="submit" className="button">
        Lọc
      </button>
    </form>
  );
}
