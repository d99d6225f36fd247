import { useQuery } from '@tanstack/react-query';
import { NotFoundState } from '../../components/not-found-state';
import { ErrorState, LoadingState } from '../../components/query-states';
import { questionQueryOptions } from '../../features/questions/api/get-question';
import { QuestionView } from '../../features/questions/components/question-view';
import { useAgency } from '../../lib/agency';
import { usePageHead } from '../../lib/use-document-meta';

export default function QuestionRoute({ slug }: { slug: string }) {
  const { code } = useAgency().scope;
  const query = useQuery(questionQueryOptions(code, slug));
  const question = query.data ?? null;
  usePageHead(question?.slug ? { kind: 'question', question: { ...question, slug: question.slug } } : null);
  if (query.isPending) return <LoadingState label="Đang tải câu hỏi…" lines={6} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!question) return <NotFoundState what="Câu hỏi bạn tìm" />;
  return <QuestionView question={question} />;
}
