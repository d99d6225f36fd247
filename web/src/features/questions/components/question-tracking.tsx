import { useQuery } from '@tanstack/react-query';
import { questionStatusLabel, questionTopicLabel, type QuestionTracking } from '@thads/content';
import type { FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { FormattedDate } from '../../../components/formatted-date';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { useRenderStatus } from '../../../lib/render-status';
import { questionStatusQueryOptions } from '../api/get-question-status';
import { CitizenText } from './citizen-text';

/** The tracking form: a GET to the page itself (`?ma=`), so it works without JavaScript. */
export function TrackingForm({ typed, invalid }: { typed: string; invalid: boolean }) {
  const [, navigate] = useLocation();
  const { here } = useAgency();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('ma') ?? '').trim();
    navigate(paths.trackQuestion.build(code || undefined));
  }
  return (
    <form className="form" method="get" action={here(paths.trackQuestion.build())} onSubmit={submit}>
      <div className={`form__field${invalid ? ' form__field--invalid' : ''}`}>
        <label htmlFor="ma-tra-cuu">Mã tra cứu</label>
        <p id="ma-tra-cuu-goi-y" className="form__hint">
          Dạng HD-XXXXX-XXXXX, như trong thông báo khi bạn gửi câu hỏi.
        </p>
        <input
          id="ma-tra-cuu"
          name="ma"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          defaultValue={typed}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? 'ma-tra-cuu-goi-y ma-tra-cuu-loi' : 'ma-tra-cuu-goi-y'}
        />
        {invalid ? (
          <p id="ma-tra-cuu-loi" className="form-error">
            Mã “{typed}” không đúng dạng: mã tra cứu có dạng HD-XXXXX-XXXXX.
          </p>
        ) : null}
      </div>
      <p>
        <button type="submit" className="button">
          Tra cứu
        </button>
      </p>
    </form>
  );
}

function Tracked({ tracked }: { tracked: QuestionTracking }) {
  const { linkTo, agencyOf } = useAgency();
  return (
    <section className="notice question-status" aria-labelledby="tinh-trang" role="status">
      <h2 id="tinh-trang">
        Tình trạng: <span className="question-status__value">{questionStatusLabel(tracked.status)}</span>
      </h2>
      <dl className="question-status__facts">
        <dt>Mã tra cứu</dt>
        <dd className="tracking-code">{tracked.code}</dd>
        <dt>Tiêu đề</dt>
        <dd>
          <CitizenText text={tracked.title} />
        </dd>
        <dt>Chủ đề</dt>
        <dd>{questionTopicLabel(tracked.topic)}</dd>
        <dt>Cơ quan nhận</dt>
        <dd>{agencyOf(tracked.agency)?.name ?? tracked.agency}</dd>
        {tracked.askedAt ? (
          <>
            <dt>Ngày gửi</dt>
            <dd>
              <FormattedDate value={tracked.askedAt} />
            </dd>
          </>
        ) : null}
        {tracked.answeredAt ? (
          <>
            <dt>Ngày trả lời</dt>
            <dd>
              <FormattedDate value={tracked.answeredAt} />
            </dd>
          </>
        ) : null}
      </dl>
      {tracked.status === 'declined' ? (
        <>
          <h3>Lý do không đăng</h3>
          {tracked.declineReason ? <CitizenText text={tracked.declineReason} /> : <p>Cơ quan không nêu lý do.</p>}
        </>
      ) : null}
      {tracked.status === 'answered' && tracked.slug ? (
        <p>
          <Link href={linkTo(tracked.agency, paths.question.build(tracked.slug))}>Đọc câu trả lời</Link>
        </p>
      ) : null}
      {tracked.status === 'received' || tracked.status === 'answering' ? (
        <p>Cơ quan sẽ trả lời và đăng câu hỏi cùng câu trả lời; nếu bạn cho thư điện tử, bạn sẽ được báo qua thư.</p>
      ) : null}
    </section>
  );
}

/** Where the question with that (well-formed) code stands, or why it cannot be said. */
export function QuestionStatusResult({ code }: { code: string }) {
  const query = useQuery(questionStatusQueryOptions(code));
  const missing = query.isSuccess && query.data === null;
  useRenderStatus(missing ? 404 : 200);
  if (query.isPending) return <LoadingState label="Đang tra cứu…" lines={3} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data)
    return (
      <p className="notice notice--error" role="alert">
        Không có câu hỏi nào với mã {code}. Hãy kiểm tra lại mã trong thông báo khi bạn gửi câu hỏi.
      </p>
    );
  return <Tracked tracked={query.data} />;
}
