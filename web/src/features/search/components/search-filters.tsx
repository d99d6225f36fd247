import { QUESTION_TOPICS, type CampaignTheme, type Category } from '@thads/content';
import { parseIsoDay } from '@thads/vietnamese';
import { useId, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import {
  filterDay,
  filterDayText,
  searchKindParam,
  searchParamsFromUrl,
  searchUrl,
  type SiteSearchParams,
} from '../search-url';

const DAY_SHAPE = String.raw`\d{1,2}/\d{1,2}/\d{4}`;

/**
 * Narrows a search of articles by category, campaign theme and period, or of citizens' questions by topic (and a
 * national search by agency); the lists to choose from are passed in. A plain GET form
 * to the search page under the address's own parameter names, so it works without JavaScript; days are typed
 * dd/mm/yyyy whatever the browser's language (its date picker would show mm/dd/yyyy in English).
 */
export function SearchFilters({
  params,
  categories,
  themes,
  agencies,
}: {
  params: SiteSearchParams;
  categories: Array<Pick<Category, 'documentId' | 'slug' | 'name'>>;
  themes: Array<Pick<CampaignTheme, 'documentId' | 'slug' | 'name'>>;
  /** The agencies to choose one of (a search of every agency), in the order to offer them. */
  agencies?: Array<{ code: string; name: string; merged: boolean }>;
}) {
  const id = useId();
  const [, navigate] = useLocation();
  const { here } = useAgency();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    // The shape is checked by the browser (pattern); a day that is not in the calendar (31/02) is refused here.
    for (const field of form.querySelectorAll<HTMLInputElement>('input[data-day]')) {
      const day = filterDay(field.value.trim());
      field.setCustomValidity(
        day && !parseIsoDay(day) ? `Ngày ${field.value.trim()} không có trong lịch: nhập dạng dd/mm/yyyy.` : '',
      );
    }
    if (!form.reportValidity()) return;
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') query.set(name, value.trim());
    navigate(searchUrl(searchParamsFromUrl(`?${query}`), 1));
  }

  const dayField = (name: 'tu-ngay' | 'den-ngay', label: string, value: string | undefined) => (
    <div className="form__field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        data-day=""
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        pattern={DAY_SHAPE}
        title="Ngày dạng dd/mm/yyyy, ví dụ 16/03/2021"
        aria-describedby={`${id}-day-hint`}
        defaultValue={filterDayText(value)}
        onInput={(event) => event.currentTarget.setCustomValidity('')}
      />
    </div>
  );

  return (
    <form
      className="search-filters"
      method="get"
      action={here(paths.search.build({}))}
      onSubmit={submit}
      aria-label="Lọc kết quả"
    >
      <input type="hidden" name="q" value={params.q} />
      {params.author ? <input type="hidden" name="tac-gia" value={params.author} /> : null}
      {agencies ? (
        <div className="form__field">
          <label htmlFor={`${id}-agency`}>Cơ quan</label>
          <select id={`${id}-agency`} name="co-quan" defaultValue={params.agency ?? ''}>
            <option value="">Tất cả các cơ quan</option>
            {agencies.map((agency) => (
              <option key={agency.code} value={agency.code}>
                {agency.merged ? `— ${agency.name} (đã hợp nhất)` : agency.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {params.kind === 'question' ? (
        <>
          <input type="hidden" name="loai" value={searchKindParam('question')} />
          <div className="form__field">
            <label htmlFor={`${id}-topic`}>Chủ đề</label>
            <select id={`${id}-topic`} name="chu-de" defaultValue={params.topic ?? ''}>
              <option value="">Tất cả chủ đề</option>
              {QUESTION_TOPICS.map((topic) => (
                <option key={topic.value} value={topic.value}>
                  {topic.vi}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : (
        <>
          <div className="form__field">
            <label htmlFor={`${id}-category`}>Chuyên mục</label>
            <select id={`${id}-category`} name="chuyen-muc" defaultValue={params.category ?? ''}>
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
            <select id={`${id}-theme`} name="phong-trao" defaultValue={params.theme ?? ''}>
              <option value="">Tất cả phong trào</option>
              {themes.map((theme) => (
                <option key={theme.documentId} value={theme.slug}>
                  {theme.name}
                </option>
              ))}
            </select>
          </div>
          {dayField('tu-ngay', 'Từ ngày', params.from)}
          {dayField('den-ngay', 'Đến ngày', params.to)}
          <p id={`${id}-day-hint`} className="search-filters__hint">
            Ngày dạng dd/mm/yyyy, ví dụ 16/03/2021.
          </p>
        </>
      )}
      <button type="submit" className="button">
        Lọc
      </button>
    </form>
  );
}
