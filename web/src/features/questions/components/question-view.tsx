import { questionTopicLabel, type Question } from '@thads/content';
import { Link } from 'wouter';
import { BlocksRenderer } from '../../../components/blocks-renderer';
import { Breadcrumb } from '../../../components/breadcrumb';
import { FormattedDate } from '../../../components/formatted-date';
import { paths } from '../../../config/paths';
import { CitizenText } from './citizen-text';

/**
 * A published question and the agency's answer: the citizen's text as plain text (as the Editor published it), the
 * answer as the agency's rich text. Never who asked.
 */
export function QuestionView({ question }: { question: Question }) {
  return (
    <article className="question">
      <Breadcrumb
        items={[
          { label: 'Hỏi đáp', href: paths.questions.build() },
          { label: questionTopicLabel(question.topic), href: paths.questions.build({ topic: question.topic }) },
          { label: question.title },
        ]}
      />
      <h1 className="page-title citizen-text">{question.title}</h1>
      <p className="article-card__meta">
        Chủ đề:{' '}
        <Link href={paths.questions.build({ topic: question.topic })}>{questionTopicLabel(question.topic)}</Link>
        {question.askedAt ? (
          <>
            {' · Hỏi ngày '}
            <FormattedDate value={question.askedAt} />
          </>
        ) : null}
        {question.isSample ? <span className="badge">Mẫu</span> : null}
      </p>
      <section aria-labelledby="cau-hoi" className="question__part">
        <h2 id="cau-hoi">Câu hỏi</h2>
        <CitizenText text={question.question} />
      </section>
      <section aria-labelledby="tra-loi" className="question__part question__answer">
        <h2 id="tra-loi">
          Trả lời
          {question.answeredAt ? (
            <span className="question__date">
              {' '}
              (ngày <FormattedDate value={question.answeredAt} />)
            </span>
          ) : null}
        </h2>
        <BlocksRenderer blocks={question.answer} />
      </section>
      <p>
        <Link href={paths.askQuestion.build()}>Gửi câu hỏi của bạn</Link>
        {' · '}
        <Link href={paths.questions.build()}>Các câu hỏi khác</Link>
      </p>
    </article>
  );
}
