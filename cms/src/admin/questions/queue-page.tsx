import { useEffect, useState } from 'react';
import { Box, EmptyStateLayout, Link, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { errorText, useText } from '../history/i18n';
import { TableHead } from '../table-head';

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
    <Page.Main>
      <Page.Title>{text('thads.questions.menu')}</Page.Title>
      <Layouts.Header title={text('thads.questions.menu')} subtitle={text('thads.questions.subtitle')} />
      <Layouts.Content>
        {error && (
          <Typography tag="p" role="alert" textColor="danger700">
            {error}
          </Typography>
        )}
        <Box marginBottom={4}>
          <Link tag={NavLink} to={QUESTIONS}>
            {text('thads.questions.list-view')}
          </Link>
        </Box>
        {waiting && waiting.length === 0 && <EmptyStateLayout content={text('thads.questions.empty')} />}
        {waiting && waiting.length > 0 && (
          <Table colCount={4} rowCount={waiting.length + 1}>
            <TableHead
              columns={[
                'thads.questions.asked',
                'thads.questions.question',
                'thads.questions.topic',
                'thads.questions.status',
              ]}
            />
            <Tbody>
              {waiting.map((question) => (
                <Tr key={question.documentId}>
                  <Td>
                    <Typography textColor="neutral800">{question.askedAt ? when(question.askedAt) : ''}</Typography>
                  </Td>
                  <Td style={{ whiteSpace: 'normal' }}>
                    <Link tag={NavLink} to={`${QUESTIONS}/${question.documentId}`}>
                      {question.title}
                    </Link>
                  </Td>
                  <Td>
                    <Typography textColor="neutral800">{label(question.topic)}</Typography>
                  </Td>
                  <Td>
                    <Typography textColor="neutral800">{label(question.state)}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
