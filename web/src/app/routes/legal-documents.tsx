import { useSearch } from 'wouter';
import { Breadcrumb } from '../../components/breadcrumb';
import { paths } from '../../config/paths';
import { LegalDocumentFiltersForm } from '../../features/legal-documents/components/legal-document-filters';
import { LegalDocumentList } from '../../features/legal-documents/components/legal-document-list';
import {
  centralPageFromSearch,
  legalDocumentFiltersFromUrl,
  legalDocumentSearch,
} from '../../features/legal-documents/legal-document-url';
import { useAgency } from '../../lib/agency';
import { usePageHead } from '../../lib/use-document-meta';

/**
 * "Văn bản": the agency's documents, newest issue date first, and on a province's page the central department's (the
 * laws, decrees and circulars the whole system applies) in a section of their own, read from the central department
 * (not copied). One set of filters narrows both; each list has its own page (`trang`, `trang-tw`).
 */
export default function LegalDocumentsRoute() {
  const search = useSearch();
  const filters = legalDocumentFiltersFromUrl(search);
  const centralPage = centralPageFromSearch(search);
  const { scope, agency } = useAgency();
  usePageHead({ kind: 'legalDocuments', page: filters.page });
  const withCentralPage = (query: string, page: number) =>
    page > 1 ? `${query ? `${query}&` : '?'}trang-tw=${page}` : query;

  return (
    <>
      <Breadcrumb items={[{ label: 'Văn bản' }]} />
      <h1 className="page-title">Văn bản</h1>
      <p className="page-intro">
        Văn bản do {agency.name} ban hành hoặc áp dụng
        {scope.national ? '' : ', và văn bản của Trung ương áp dụng trong toàn hệ thống thi hành án dân sự'}. Tìm văn
        bản theo số hiệu (ví dụ 42/2022/NĐ-CP) ở trang Tìm kiếm.
      </p>
      <LegalDocumentFiltersForm key={search} filters={filters} />
      <section aria-labelledby="van-ban-cua-co-quan">
        <h2 id="van-ban-cua-co-quan" className="section-title">
          {scope.national ? 'Văn bản' : `Văn bản của ${agency.name}`}
        </h2>
        <LegalDocumentList
          agency={scope.code}
          filters={filters}
          hrefFor={(page) =>
            paths.legalDocuments.build(withCentralPage(legalDocumentSearch(filters, page), centralPage))
          }
          label={scope.national ? 'Văn bản' : `Văn bản của ${agency.name}`}
          emptyMessage="Không có văn bản nào phù hợp."
        />
      </section>
      {!scope.national && scope.central ? (
        <section aria-labelledby="van-ban-trung-uong">
          <h2 id="van-ban-trung-uong" className="section-title">
            Văn bản của Trung ương
          </h2>
          <LegalDocumentList
            agency={scope.central}
            filters={{ ...filters, page: centralPage }}
            hrefFor={(page) => paths.legalDocuments.build(withCentralPage(legalDocumentSearch(filters), page))}
            label="Văn bản của Trung ương"
            emptyMessage="Không có văn bản nào của Trung ương phù hợp."
          />
        </section>
      ) : null}
    </>
  );
}
