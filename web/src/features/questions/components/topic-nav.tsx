import { QUESTION_TOPICS, type QuestionTopic } from '@thads/content';
import { Link } from 'wouter';
import { paths } from '../../../config/paths';

/** The topics of the agency's questions as links (plain links: they work without JavaScript), the current one marked. */
export function TopicNav({ current }: { current: QuestionTopic | null }) {
  const item = (topic: QuestionTopic | null, label: string) => (
    <li key={topic ?? ''}>
      <Link
        href={paths.questions.build({ topic: topic ?? undefined })}
        aria-current={topic === current ? 'page' : undefined}
      >
        {label}
      </Link>
    </li>
  );
  return (
    <nav className="topic-nav" aria-label="Chủ đề hỏi đáp">
      <ul>
        {item(null, 'Tất cả chủ đề')}
        {QUESTION_TOPICS.map((topic) => item(topic.value, topic.vi))}
      </ul>
    </nav>
  );
}
