import { useQuery } from '@tanstack/react-query';
import {
  QUESTION_FIELDS,
  QUESTION_LIMITS,
  QUESTION_TOPICS,
  type QuestionFieldError,
  type QuestionFormOutcome,
  type QuestionFormValues,
} from '@thads/content';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'wouter';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { askQuestion } from '../api/ask-question';
import { privacyNoticeQueryOptions } from '../api/get-privacy-notice';

const F = QUESTION_FIELDS;
/** The id of a field's control and of its error message. */
const idOf = (field: string) => `hoi-dap-${field}`;
const errorIdOf = (field: string) => `${idOf(field)}-loi`;

/** The CMS words its messages "Vietnamese (English)": the citizen reads the Vietnamese. */
export const vietnameseOf = (message: string) => message.replace(/\s*\([^()]*\)\s*$/, '').trim() || message;

/** Why a question sent was refused as a whole, in words a citizen understands. */
export function refusalMessage(outcome: Extract<QuestionFormOutcome, { kind: 'refused' }>): string {
  if (outcome.status === 429) {
    const minutes = Math.max(1, Math.ceil((outcome.retryAfter ?? 60) / 60));
    return `Bạn đã gửi nhiều câu hỏi trong thời gian ngắn nên câu hỏi này chưa được nhận. Vui lòng gửi lại sau khoảng ${minutes.toLocaleString('vi-VN')} phút; nội dung bạn nhập vẫn còn trong biểu mẫu.`;
  }
  if (outcome.status === 413)
    return 'Nội dung gửi quá lớn nên chưa được nhận. Hãy rút gọn câu hỏi (tối đa 5.000 ký tự) rồi gửi lại.';
  return 'Máy chủ đang bận nên câu hỏi chưa được gửi. Vui lòng gửi lại sau ít phút; nội dung bạn nhập vẫn còn trong biểu mẫu.';
}

/** The form's fields as the browser holds them: text fields only (the form has no files). */
function valuesOf(form: HTMLFormElement): QuestionFormValues {
  const values: QuestionFormValues = {};
  const data = new FormData(form);
  for (const field of Object.values(F)) {
    const value = data.get(field);
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}

/** The question received: its tracking code and where to follow it. */
function Received({ code, focus }: { code: string; focus: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section className="notice question-received" aria-labelledby="da-nhan">
      <h2 id="da-nhan" tabIndex={-1} ref={heading}>
        Đã nhận câu hỏi của bạn
      </h2>
      <p>
        Mã tra cứu: <strong className="tracking-code">{code}</strong>
      </p>
      <p>
        Hãy ghi lại mã này: dùng nó để xem tình trạng câu hỏi (đã tiếp nhận, đang trả lời, đã trả lời hoặc không đăng và
        lý do). Câu hỏi được đăng cùng câu trả lời sau khi cơ quan biên tập; tên và thông tin liên hệ của bạn không bao
        giờ được đăng.
      </p>
      <p>
        <Link href={paths.trackQuestion.build(code)}>Xem tình trạng câu hỏi</Link>
        {' · '}
        <Link href={paths.questions.build()}>Các câu hỏi đã trả lời</Link>
      </p>
    </section>
  );
}

/** A field's label, control and error, tied together for assistive technologies. */
function Field({
  field,
  label,
  hint,
  error,
  children,
}: {
  field: string;
  label: ReactNode;
  hint?: string;
  error: string | undefined;
  children: (described: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const hintId = hint ? `${idOf(field)}-goi-y` : null;
  const described = [hintId, error ? errorIdOf(field) : null].filter(Boolean).join(' ');
  return (
    <div className={`form__field${error ? ' form__field--invalid' : ''}`}>
      <label htmlFor={idOf(field)}>{label}</label>
      {hint ? (
        <p id={hintId ?? undefined} className="form__hint">
          {hint}
        </p>
      ) : null}
      {children({
        id: idOf(field),
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {error ? (
        <p id={errorIdOf(field)} className="form-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const required = <span className="form__required"> (bắt buộc)</span>;

/**
 * The citizens' question form of the agency whose page it is (on the national site, the citizen chooses the agency). A
 * plain POST to the page itself, which the site server sends on to the CMS and answers with this page again (the code,
 * or the errors with the input kept); with JavaScript the same fields go by fetch, without a reload. `initial`: what
 * became of the form the site server was sent.
 */
export function AskQuestionForm({
  initial,
  onOutcome,
}: {
  initial: QuestionFormOutcome | null;
  onOutcome?: (outcome: QuestionFormOutcome) => void;
}) {
  const { agency, directory, scope, here } = useAgency();
  const notice = useQuery(privacyNoticeQueryOptions());
  const [outcome, setOutcome] = useState(initial);
  const [sentHere, setSentHere] = useState(false);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const values = outcome && outcome.kind !== 'received' ? outcome.values : {};
  const errors: QuestionFieldError[] = outcome?.kind === 'invalid' ? outcome.errors : [];
  const errorOf = (field: string) => {
    const messages = errors.filter((error) => error.field === field).map((error) => vietnameseOf(error.message));
    return messages.length > 0 ? messages.join(' ') : undefined;
  };
  // The missing contact is said at the email field and meant for both.
  const contactError = errorOf(F.email);

  useEffect(() => {
    if (sentHere && outcome && outcome.kind !== 'received') summary.current?.focus();
  }, [sentHere, outcome]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const sent = valuesOf(event.currentTarget);
    setBusy(true);
    let next: QuestionFormOutcome;
    try {
      next = await askQuestion(sent);
    } catch {
      next = { kind: 'refused', values: sent, status: 0, message: '' };
    }
    setBusy(false);
    setSentHere(true);
    setOutcome(next);
    onOutcome?.(next);
  }

  if (outcome?.kind === 'received') return <Received code={outcome.trackingCode} focus={sentHere} />;

  const choices = scope.national ? directory.agencies.filter((each) => each.kind !== 'merged') : null;
  const problems =
    outcome?.kind === 'refused'
      ? [{ field: '', message: refusalMessage(outcome) }]
      : errors.map((error) => ({ field: error.field, message: vietnameseOf(error.message) }));

  return (
    <form
      className="form question-form"
      method="post"
      action={here(paths.askQuestion.build())}
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-describedby="hoi-dap-huong-dan"
    >
      <p id="hoi-dap-huong-dan">
        Không cần tài khoản. Các ô có ghi “bắt buộc” phải điền; cần ít nhất một cách liên hệ (thư điện tử hoặc số điện
        thoại).
      </p>
      {problems.length > 0 ? (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={summary} aria-labelledby="hoi-dap-loi">
          <h2 id="hoi-dap-loi">Câu hỏi chưa được gửi</h2>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                {problem.field ? <a href={`#${idOf(problem.field)}`}>{problem.message}</a> : problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {choices ? (
        <Field field={F.agency} label={<>Cơ quan nhận câu hỏi{required}</>} error={errorOf(F.agency)}>
          {(props) => (
            <select {...props} name={F.agency} defaultValue={values.agency ?? ''} aria-required="true">
              <option value="">— Chọn cơ quan —</option>
              {choices.map((each) => (
                <option key={each.code} value={each.code}>
                  {each.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <>
          <input type="hidden" name={F.agency} value={agency.code} />
          {errorOf(F.agency) ? <p className="form-error">{errorOf(F.agency)}</p> : null}
        </>
      )}

      <Field field={F.name} label="Họ và tên" hint="Không bắt buộc." error={errorOf(F.name)}>
        {(props) => (
          <input
            {...props}
            name={F.name}
            autoComplete="name"
            maxLength={QUESTION_LIMITS.name}
            defaultValue={values.name ?? ''}
          />
        )}
      </Field>
      <fieldset className="form__group" aria-describedby={contactError ? errorIdOf(F.email) : undefined}>
        <legend>
          Cách liên hệ với bạn<span className="form__required"> (ít nhất một)</span>
        </legend>
        <Field field={F.email} label="Thư điện tử" error={contactError}>
          {(props) => (
            <input
              {...props}
              name={F.email}
              type="email"
              inputMode="email"
              autoComplete="email"
              maxLength={QUESTION_LIMITS.email}
              defaultValue={values.email ?? ''}
            />
          )}
        </Field>
        <Field field={F.phone} label="Số điện thoại" error={errorOf(F.phone)}>
          {(props) => (
            <input
              {...props}
              name={F.phone}
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              maxLength={QUESTION_LIMITS.phone}
              defaultValue={values.phone ?? ''}
            />
          )}
        </Field>
      </fieldset>
      <Field field={F.topic} label={<>Chủ đề{required}</>} error={errorOf(F.topic)}>
        {(props) => (
          <select {...props} name={F.topic} defaultValue={values.topic ?? ''} aria-required="true">
            <option value="">— Chọn chủ đề —</option>
            {QUESTION_TOPICS.map((topic) => (
              <option key={topic.value} value={topic.value}>
                {topic.vi}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        field={F.title}
        label={<>Tiêu đề{required}</>}
        hint={`Từ ${QUESTION_LIMITS.title.min} đến ${QUESTION_LIMITS.title.max} ký tự.`}
        error={errorOf(F.title)}
      >
        {(props) => (
          <input
            {...props}
            name={F.title}
            maxLength={QUESTION_LIMITS.title.max}
            aria-required="true"
            defaultValue={values.title ?? ''}
          />
        )}
      </Field>
      <Field
        field={F.question}
        label={<>Nội dung câu hỏi{required}</>}
        hint={`Từ ${QUESTION_LIMITS.question.min} đến ${QUESTION_LIMITS.question.max.toLocaleString('vi-VN')} ký tự. Đừng ghi số giấy tờ hay thông tin cá nhân không cần thiết: câu hỏi có thể được đăng công khai.`}
        error={errorOf(F.question)}
      >
        {(props) => (
          <textarea
            {...props}
            name={F.question}
            rows={8}
            maxLength={QUESTION_LIMITS.question.max}
            aria-required="true"
            defaultValue={values.question ?? ''}
          />
        )}
      </Field>

      <div className="question-form__trap" aria-hidden="true">
        <label htmlFor={idOf(F.honeypot)}>Để trống ô này</label>
        <input id={idOf(F.honeypot)} name={F.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div className={`form__field form__consent${errorOf(F.consent) ? ' form__field--invalid' : ''}`}>
        <p id="hoi-dap-thong-bao" className="form__hint">
          {notice.data?.text ??
            (notice.isError
              ? 'Chưa tải được thông báo về thông tin cá nhân; hãy tải lại trang trước khi gửi.'
              : 'Đang tải thông báo về thông tin cá nhân…')}
        </p>
        <div className="form__check">
          <input
            type="checkbox"
            id={idOf(F.consent)}
            name={F.consent}
            value="on"
            defaultChecked={values.consent === 'on'}
            aria-required="true"
            aria-invalid={errorOf(F.consent) ? true : undefined}
            aria-describedby={['hoi-dap-thong-bao', errorOf(F.consent) ? errorIdOf(F.consent) : null]
              .filter(Boolean)
              .join(' ')}
          />
          <label htmlFor={idOf(F.consent)}>
            Tôi đồng ý để cơ quan xử lý thông tin liên hệ tôi cung cấp, theo thông báo trên{required}
          </label>
        </div>
        {errorOf(F.consent) ? (
          <p id={errorIdOf(F.consent)} className="form-error">
            {errorOf(F.consent)}
          </p>
        ) : null}
      </div>

      <p>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Đang gửi…' : 'Gửi câu hỏi'}
        </button>
      </p>
    </form>
  );
}
