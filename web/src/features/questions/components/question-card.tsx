import { questionTopicLabel, type Question } from '@thads/content';
import { Link } from 'wouter';
import { FormattedDate } from '../../../components/formatted-date';
import { paths } from '../../../config/paths';

const EXCERPT_LENGTH = 220;

/** The start of a citizen's question, as plain text, cut at a word. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return clean;
  const cut = clean.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${space > length - 40 ? cut.slice(0, space) : cut}…`;
}

/** A published question in a list: its title (a link to it and its answer), topic, date of the answer, its start. */
export function QuestionCard({
  question,
}: {
  question: Pick<Question, 'title' | 'slug' | 'topic' | 'question' | 'answeredAt' | 'isSample'>;
}) {
  return (
    <li className="question-card">
      <h2 className="question-card__title">
        {question.slug ? <Link href={paths.question.build(question.slug)}>{question.title}</Link> : question.title}
      </h2>
      <p className="article-card__meta">
        {questionTopicLabel(question.topic)}
        {question.answeredAt ? (
          <>
            {' · Trả lời ngày '}
            <FormattedDate value={question.answeredAt} />
          </>
        ) : null}
        {question.isSample ? <span className="badge">Mẫu</span> : null}
      </p>
      {question.question ? <p className="question-card__excerpt citizen-text">{excerpt(question.question)}</p> : null}
    </li>
  );
}
