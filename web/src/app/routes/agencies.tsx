import { Breadcrumb } from '../../components/breadcrumb';
import { AgencyDirectory } from '../../features/agencies/components/agency-directory';
import { usePageHead } from '../../lib/use-document-meta';

const TITLE = 'Các cơ quan thi hành án dân sự';

/** `/co-quan`: the directory of every agency, one page for the whole portal (linked from every header). */
export default function AgenciesRoute() {
  usePageHead({ kind: 'agencies' });
  return (
    <>
      <Breadcrumb items={[{ label: TITLE }]} />
      <h1 className="page-title">{TITLE}</h1>
      <p className="page-intro">
        Cổng thông tin của từng cơ quan: tin tức, phong trào thi đua và tra cứu. Tin bài của các cơ quan đã hợp nhất vẫn
        đọc được tại trang của cơ quan đó.
      </p>
      <AgencyDirectory />
    </>
  );
}
