import { useEffect, useState } from 'react';
import { Layouts, useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { errorText, useText } from '../history/i18n';
import { TABLE, TABLE_CELL, TABLE_SCROLL } from '../styles';

type Waiting = {
  documentId: string;
  title: string;
  topic: string;
  state: string;
  agency: string;
  askedAt: string | null;
};

const QUESTIONS = '/content-manager/collection-types/api::question.question';

/** "Câu hỏi của công dân": the agency's questions not answered yet, oldest first, each opening in the edit view. */
export default function QueuePage() {
  const { get } = useFetchClient();
  const { text, when } = useText();
  const { formatMessage } = useIntl();
  const [waiting, setWaiting] = useState<Waiting[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<{ data: Waiting[] }>('/thads-questions/queue')
      .then(({ data }) => setWaiting(data.data))
      .catch((failure: unknown) => setError(errorText(failure)));
  }, [get]);

  // Topics and statuses are enumeration values, named in the admin's translations (enumeration-labels).
  const label = (value: string) => formatMessage({ id: value, defaultMessage: value });
  return (
    <Layouts.Root>
      <Layouts.Header title={text('thads.questions.menu')} subtitle={text('thads.questions.subtitle')} />
      <Layouts.Content>
        {error && <p role="alert">{error}</p>}
        <p>
          <Link to={QUESTIONS}>{text('thads.questions.list-view')}</Link>
        </p>
        {waiting && waiting.length === 0 && <p>{text('thads.questions.empty')}</p>}
        {waiting && waiting.length > 0 && (
          <div style={TABLE_SCROLL}>
            <table style={TABLE}>
              <thead>
                <tr>
                  <th style={TABLE_CELL}>{text('thads.questions.asked')}</th>
                  <th style={TABLE_CELL}>{text('thads.questions.question')}</th>
                  <th style={TABLE_CELL}>{text('thads.questions.topic')}</th>
                  <th style={TABLE_CELL}>{text('thads.questions.status')}</th>
                </tr>
              </thead>
              <tbody>
                {waiting.map((question) => (
                  <tr key={question.documentId}>
                    <td style={TABLE_CELL}>{question.askedAt ? when(question.askedAt) : ''}</td>
                    <td style={TABLE_CELL}>
                      <Link to={`${QUESTIONS}/${question.documentId}`}>{question.title}</Link>
                    </td>
                    <td style={TABLE_CELL}>{label(question.topic)}</td>
                    <td style={TABLE_CELL}>{label(question.state)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Layouts.Content>
    </Layouts.Root>
  );
}
