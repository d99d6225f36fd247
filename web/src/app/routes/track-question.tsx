import { normalizeTrackingCode } from '@thads/content';
import { useSearch } from 'wouter';
import { Breadcrumb } from '../../components/breadcrumb';
import { paths } from '../../config/paths';
import { QuestionStatusResult, TrackingForm } from '../../features/questions/components/question-tracking';
import { useRenderStatus } from '../../lib/render-status';
import { usePageHead } from '../../lib/use-document-meta';

/** The code a tracking page's address names (`?ma=`), as typed and in its stored form (null if it is not one). */
export function trackingFromSearch(search: string) {
  const typed = (new URLSearchParams(search).get('ma') ?? '').trim().slice(0, 40);
  return { typed, code: typed ? normalizeTrackingCode(typed) : null };
}

export default function TrackQuestionRoute() {
  usePageHead({ kind: 'trackQuestion' });
  const { typed, code } = trackingFromSearch(useSearch());
  const invalid = typed !== '' && code === null;
  useRenderStatus(invalid ? 400 : 200);
  return (
    <>
      <Breadcrumb items={[{ label: 'Hỏi đáp', href: paths.questions.build() }, { label: 'Tra cứu câu hỏi' }]} />
      <h1 className="page-title">Tra cứu câu hỏi</h1>
      <TrackingForm key={`form ${typed}`} typed={typed} invalid={invalid} />
      {code ? <QuestionStatusResult key={`status ${code}`} code={code} /> : null}
    </>
  );
}
