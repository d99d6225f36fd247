import { QUESTION_TOPICS } from '@thads/content';
import { useId, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { QUESTION_KIND, searchParamsFromUrl, searchUrl, type SiteSearchParams } from '../search-url';

/**
 * Narrows a search of citizens' questions by topic (and on the national search by agency): a plain GET form to the
 * search page, so it works without JavaScript.
 */
export function QuestionFilters({
  params,
  agencies,
}: {
  params: SiteSearchParams;
  agencies?: Array<{ code: string; name: string; merged: boolean }>;
}) {
  const id = useId();
  const [, navigate] = useLocation();
  const { here } = useAgency();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget))
      if (typeof value === 'string') query.set(name, value.trim());
    navigate(searchUrl(searchParamsFromUrl(`?${query}`), 1));
  }

  return (
    <form
      className="search-filters"
      method="get"
      action={here(paths.search.build({}))}
      onSubmit={submit}
      aria-label="Lọc câu hỏi"
    >
      <input type="hidden" name="q" value={params.q} />
      <input type="hidden" name="loai" value={QUESTION_KIND} />
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
      <button type="submit" className="button">
        Lọc
      </button>
    </form>
  );
}
