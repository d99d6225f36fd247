import type { SiteLanguage } from '@thads/content';
import { useId, type FormEvent, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { TEXTS } from '../texts';
import { WARD_PARAMS, WARD_QUERY_MAX_LENGTH, type WardMatch } from '../ward-lookup';

/**
 * "Which office serves my ward": a plain GET form (`?xa=…`, `?ward=…` in English) answered by the page itself, so it
 * works without JavaScript (the server renders the answer); with it, the app shows the answer without reloading.
 * `path`: the contact page's own path as the router knows it; `action` the same as a site path, for the form without
 * the app.
 */
export function WardLookupForm<U>({
  language,
  path,
  action,
  query,
  matches,
  renderUnit,
}: {
  language: SiteLanguage;
  path: string;
  action: string;
  query: string;
  matches: Array<WardMatch<U>> | null;
  renderUnit: (unit: U) => ReactNode;
}) {
  const texts = TEXTS[language];
  const id = useId();
  const [, navigate] = useLocation();
  const param = WARD_PARAMS[language];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get(param);
    const typed = typeof value === 'string' ? value.trim() : '';
    navigate(typed ? `${path}?${new URLSearchParams({ [param]: typed }).toString()}` : path);
  }

  return (
    <section className="ward-lookup" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {texts.wardTitle}
      </h2>
      <form
        role="search"
        aria-labelledby={`${id}-title`}
        action={action}
        method="get"
        className="search-form search-form--page"
        onSubmit={submit}
      >
        <label htmlFor={`${id}-q`}>{texts.wardLabel}</label>
        <input
          id={`${id}-q`}
          type="search"
          name={param}
          defaultValue={query}
          maxLength={WARD_QUERY_MAX_LENGTH}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
        />
        <button type="submit" className="button">
          {texts.wardSubmit}
        </button>
        <p id={`${id}-hint`} className="muted ward-lookup__hint">
          {texts.wardHint}
        </p>
      </form>
      {matches === null ? null : (
        <div className="ward-lookup__result" role="status">
          {matches.length === 0 ? (
            <p>{texts.wardNone(query)}</p>
          ) : (
            <>
              <p>{texts.wardFound(matches.length, query)}</p>
              <ul>
                {matches.map(({ unit, commune }, index) => (
                  <li key={index}>
                    <strong lang="vi">{commune}</strong> {texts.servedBy} {renderUnit(unit)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
