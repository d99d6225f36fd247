import { useEffect, useState } from 'react';
import { Layouts, useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { errorText, useText } from '../history/i18n';
import { TABLE, TABLE_CELL, TABLE_SCROLL } from '../styles';

type Waiting = { documentId: string; title: string; author: string | null; updatedAt: string };

const ARTICLES = '/content-manager/collection-types/api::article.article';
/** The same queue in the content manager's own list (its filter on the review column). */
const LIST_FILTER = `${ARTICLES}?${new URLSearchParams({ 'filters[$and][0][reviewState][$eq]': 'submitted' })}`;

/** "Bài chờ duyệt": the drafts Authors submitted, for Editors to open and publish or send back. */
export default function WaitingPage() {
  const { get } = useFetchClient();
  const { text, when } = useText();
  const [waiting, setWaiting] = useState<Waiting[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<{ data: Waiting[] }>('/thads-review/waiting')
      .then(({ data }) => setWaiting(data.data))
      .catch((failure: unknown) => setError(errorText(failure)));
  }, [get]);

  return (
    <Layouts.Root>
      <Layouts.Header title={text('thads.review.menu')} subtitle={text('thads.review.waiting.subtitle')} />
      <Layouts.Content>
        {error && <p role="alert">{error}</p>}
        {waiting && waiting.length === 0 && <p>{text('thads.review.waiting.empty')}</p>}
        {waiting && waiting.length > 0 && (
          <>
            <p>
              <Link to={LIST_FILTER}>{text('thads.review.waiting.list-view')}</Link>
            </p>
            <div style={TABLE_SCROLL}>
              <table style={TABLE}>
                <thead>
                  <tr>
                    <th style={TABLE_CELL}>{text('thads.review.waiting.article')}</th>
                    <th style={TABLE_CELL}>{text('thads.review.waiting.author')}</th>
                    <th style={TABLE_CELL}>{text('thads.review.waiting.saved')}</th>
                  </tr>
                </thead>
                <tbody>
                  {waiting.map((article) => (
                    <tr key={article.documentId}>
                      <td style={TABLE_CELL}>
                        <Link to={`${ARTICLES}/${article.documentId}`}>{article.title}</Link>
                      </td>
                      <td style={TABLE_CELL}>{article.author}</td>
                      <td style={TABLE_CELL}>{when(article.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Layouts.Content>
    </Layouts.Root>
  );
}
