import { useQueryClient } from '@tanstack/react-query';
import type { QuestionFormOutcome } from '@thads/content';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { Breadcrumb } from '../../components/breadcrumb';
import { paths } from '../../config/paths';
import { questionKeys } from '../../features/questions/api/question-keys';
import { AskQuestionForm } from '../../features/questions/components/ask-question-form';
import { useAgency } from '../../lib/agency';
import { useRenderStatus } from '../../lib/render-status';
import { usePageHead } from '../../lib/use-document-meta';

/** The page's status for what became of a form the site server was sent (the page itself: 200). */
const statusOf = (outcome: QuestionFormOutcome | null) =>
  !outcome || outcome.kind === 'received' ? 200 : outcome.kind === 'invalid' ? 400 : outcome.status || 502;

export default function AskQuestionRoute() {
  usePageHead({ kind: 'askQuestion' });
  const { agency, successor, linkTo } = useAgency();
  // What became of the form sent without JavaScript, as the site server rendered it (and the browser hydrates it).
  const client = useQueryClient();
  const [initial] = useState(() => client.getQueryData<QuestionFormOutcome>(questionKeys.sent()) ?? null);
  // Read once: coming back to the form later shows an empty form, and the citizen's input is not kept in memory.
  useEffect(() => client.removeQueries({ queryKey: questionKeys.sent() }), [client]);
  useRenderStatus(statusOf(initial));
  return (
    <>
      <Breadcrumb items={[{ label: 'Hỏi đáp', href: paths.questions.build() }, { label: 'Gửi câu hỏi' }]} />
      <h1 className="page-title">Gửi câu hỏi</h1>
      {agency.kind === 'merged' ? (
        <p className="notice">
          {agency.name} đã hợp nhất{successor ? ` vào ${successor.name}` : ''}: câu hỏi mới gửi tới cơ quan đang hoạt
          động.{' '}
          {successor ? (
            <Link href={linkTo(successor.code, paths.askQuestion.build())}>Gửi câu hỏi tới {successor.name}</Link>
          ) : null}
        </p>
      ) : (
        <AskQuestionForm initial={initial} />
      )}
      <p>
        Đã gửi câu hỏi? <Link href={paths.trackQuestion.build()}>Tra cứu tình trạng bằng mã tra cứu</Link>.
      </p>
    </>
  );
}
