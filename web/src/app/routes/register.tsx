import { REGISTER_TITLE } from '@thads/content';
import { useSearch } from 'wouter';
import { Breadcrumb } from '../../components/breadcrumb';
import { RegisterList } from '../../features/register/components/register-list';
import { RegisterSearchForm } from '../../features/register/components/register-search-form';
import { registerAgency, registerFiltersFromUrl } from '../../features/register/register-url';
import { useAgency } from '../../lib/agency';
import { agencyOptions } from '../../features/agencies/agency-tree';
import { usePageHead } from '../../lib/use-document-meta';

/**
 * The register of judgment debtors without conditions to pay (Luật Thi hành án dân sự, Điều 44a): of the agency and
 * the agencies merged into it, or nationally. Personal data: never indexed (the head and the site server say so), no
 * share tags, searched only here.
 */
export default function RegisterRoute() {
  const search = useSearch();
  const filters = registerFiltersFromUrl(search);
  const { scope, agency, directory } = useAgency();
  usePageHead({ kind: 'register' });
  return (
    <>
      <Breadcrumb items={[{ label: 'Danh sách chưa có điều kiện thi hành' }]} />
      <h1 className="page-title">{REGISTER_TITLE}</h1>
      <p className="page-intro">
        Công khai theo Điều 44a Luật Thi hành án dân sự
        {scope.national ? ', của các cơ quan thi hành án dân sự' : ` — ${agency.name}`}. Người có tên trong danh sách
        được đưa ra khỏi danh sách khi có điều kiện thi hành hoặc đã thi hành xong.
      </p>
      <RegisterSearchForm
        key={search}
        filters={filters}
        agencies={scope.national ? agencyOptions(directory) : undefined}
      />
      <section aria-label="Kết quả">
        <RegisterList agency={registerAgency(scope, filters)} filters={filters} />
      </section>
    </>
  );
}
