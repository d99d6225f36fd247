import { useQuery, useQueryClient } from '@tanstack/react-query';
import { isQuestionTopic, questionTopicLabel, type QuestionTopic } from '@thads/content';
import { Link, useSearch } from 'wouter';
import { Breadcrumb } from '../../components/breadcrumb';
import { NotFoundState } from '../../components/not-found-state';
import { Pagination } from '../../components/pagination';
import { PastLastPage } from '../../components/past-last-page';
import { EmptyState, ErrorState, LoadingState } from '../../components/query-states';
import { pageFromSearch, paths } from '../../config/paths';
import { questionsQueryOptions } from '../../features/questions/api/get-questions';
import { QuestionCard } from '../../features/questions/components/question-card';
import { TopicNav } from '../../features/questions/components/topic-nav';
import { useAgency } from '../../lib/agency';
import { usePageHead } from '../../lib/use-document-meta';

/** The topic a list's address names (`?chu-de=`): null for every topic, undefined for one that does not exist. */
export function topicFromSearch(search: string) {
  const topic = new URLSearchParams(search).get('chu-de');
  if (!topic) return null;
  return isQuestionTopic(topic) ? topic : undefined;
}

function QuestionList({ topic, page }: { topic: QuestionTopic | null; page: number }) {
  const client = useQueryClient();
  const { scope } = useAgency();
  const query = useQuery(questionsQueryOptions(scope.code, topic, page));
  if (query.isPending) return <LoadingState label="Đang tải các câu hỏi…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { data, meta } = query.data;
  const href = (target: number) => paths.questions.build({ topic: topic ?? undefined, page: target });
  if (data.length === 0 && page > 1) return <PastLastPage page={page} firstPageHref={href(1)} label="Hỏi đáp" />;
  if (data.length === 0)
    return (
      <EmptyState>
        {topic
          ? `Chưa có câu hỏi nào về ${questionTopicLabel(topic).toLowerCase()} được trả lời.`
          : 'Chưa có câu hỏi nào được trả lời.'}
      </EmptyState>
    );
  return (
    <>
      <p className="list-count">{`${meta.pagination.total.toLocaleString('vi-VN')} câu hỏi đã trả lời`}</p>
      <ol className="question-list" start={(meta.pagination.page - 1) * meta.pagination.pageSize + 1}>
        {data.map((question) => (
          <QuestionCard key={question.documentId} question={question} />
        ))}
      </ol>
      <Pagination
        page={meta.pagination.page}
        pageCount={meta.pagination.pageCount}
        hrefFor={href}
        label="Phân trang hỏi đáp"
        onPrefetch={(target) => void client.prefetchQuery(questionsQueryOptions(scope.code, topic, target))}
      />
    </>
  );
}

/** "Hỏi đáp": the agency's published questions and answers, by topic, with the way to ask and to follow a question. */
export default function QuestionsRoute() {
  const search = useSearch();
  const topic = topicFromSearch(search);
  const page = pageFromSearch(search);
  usePageHead(
    topic === undefined
      ? null
      : { kind: 'questions', topic: topic ? { value: topic, label: questionTopicLabel(topic) } : null, page },
  );
  if (topic === undefined) return <NotFoundState what="Chủ đề hỏi đáp bạn tìm" />;
  return (
    <>
      <Breadcrumb
        items={
          topic
            ? [{ label: 'Hỏi đáp', href: paths.questions.build() }, { label: questionTopicLabel(topic) }]
            : [{ label: 'Hỏi đáp' }]
        }
      />
      <h1 className="page-title">{topic ? `Hỏi đáp: ${questionTopicLabel(topic)}` : 'Hỏi đáp'}</h1>
      <p className="question-actions">
        <Link href={paths.askQuestion.build()} className="button">
          Gửi câu hỏi
        </Link>{' '}
        <Link href={paths.trackQuestion.build()}>Tra cứu câu hỏi đã gửi</Link>
      </p>
      <TopicNav current={topic} />
      <QuestionList topic={topic} page={page} />
    </>
  );
}
