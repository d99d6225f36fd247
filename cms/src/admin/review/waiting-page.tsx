import { useEffect, useState } from 'react';
import { Box, EmptyStateLayout, Link, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { auditTime } from '../history/audit-details';
import { errorText, useText } from '../history/i18n';
import { TableHead } from '../table-head';

type Waiting = { documentId: string; title: string; author: string | null; updatedAt: string };

const ARTICLES = '/content-manager/collection-types/api::article.article';
/** The same queue in the content manager's own list (its filter on the review column). */
const LIST_FILTER = `${ARTICLES}?${new URLSearchParams({ 'filters[$and][0][reviewState][$eq]': 'submitted' })}`;

/** "Bài chờ duyệt": the drafts Authors submitted, for Editors to open and publish or send back. */
export default function WaitingPage() {
  const { get } = useFetchClient();
  const { text } = useText();
  const [waiting, setWaiting] = useState<Waiting[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<{ data: Waiting[] }>('/thads-review/waiting')
      .then(({ data }) => setWaiting(data.data))
      .catch((failure: unknown) => setError(errorText(failure)));
  }, [get]);

  return (
    <Page.Main>
      <Page.Title>{text('thads.review.menu')}</Page.Title>
      <Layouts.Header title={text('thads.review.menu')} subtitle={text('thads.review.waiting.subtitle')} />
      <Layouts.Content>
        {error && (
          <Typography tag="p" role="alert" textColor="danger700">
            {error}
          </Typography>
        )}
        {waiting && waiting.length === 0 && <EmptyStateLayout content={text('thads.review.waiting.empty')} />}
        {waiting && waiting.length > 0 && (
          <>
            <Box marginBottom={4}>
              <Link tag={NavLink} to={LIST_FILTER}>
                {text('thads.review.waiting.list-view')}
              </Link>
            </Box>
            <Table colCount={3} rowCount={waiting.length + 1}>
              <TableHead
                columns={['thads.review.waiting.article', 'thads.review.waiting.author', 'thads.review.waiting.saved']}
              />
              <Tbody>
                {waiting.map((article) => (
                  <Tr key={article.documentId}>
                    <Td style={{ whiteSpace: 'normal' }}>
                      <Link tag={NavLink} to={`${ARTICLES}/${article.documentId}`}>
                        {article.title}
                      </Link>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">{article.author}</Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">{auditTime(article.updatedAt)}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
