import { useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { FilterSelect, formSearch, YearField } from '../../../components/filter-fields';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { legalDocumentFacetsQueryOptions } from '../api/get-legal-document-facets';
import { LEGAL_DOCUMENT_KINDS, VALIDITIES } from '../labels';
import { legalDocumentFiltersFromUrl, legalDocumentSearch, type LegalDocumentFilters } from '../legal-document-url';

/** The distinct values of the agency's and the central department's documents, in Vietnamese order. */
function useFacets(codes: readonly string[]) {
  const [own, central] = [
    useQuery(legalDocumentFacetsQueryOptions(codes[0]!)).data,
    useQuery({ ...legalDocumentFacetsQueryOptions(codes[1] ?? codes[0]!), enabled: codes.length > 1 }).data,
  ];
  const merge = (lists: Array<string[] | undefined>) =>
    [...new Set(lists.flatMap((list) => list ?? []))].toSorted((a, b) => a.localeCompare(b, 'vi'));
  return {
    issuingBodies: merge([own?.issuingBodies, central?.issuingBodies]),
    fields: merge([own?.fields, central?.fields]),
  };
}

/**
 * Filters of the documents: type, issuing body, field, year, status. A plain GET form to the list, so it works without
 * JavaScript; with it, the app navigates to the same address.
 */
export function LegalDocumentFiltersForm({ filters }: { filters: LegalDocumentFilters }) {
  const id = useId();
  const [, navigate] = useLocation();
  const { here, scope } = useAgency();
  const facets = useFacets(scope.central && !scope.national ? [scope.code, scope.central] : [scope.code]);
  // A value from an older address stays offered, so the form shows what the list is filtered by.
  const withCurrent = (values: string[], current: string | undefined) =>
    current && !values.includes(current) ? [current, ...values] : values;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(
      paths.legalDocuments.build(legalDocumentSearch(legalDocumentFiltersFromUrl(formSearch(event.currentTarget)), 1)),
    );
  }

  const select = (
    name: string,
    label: string,
    all: string,
    options: Array<readonly [string, string]>,
    value?: string,
  ) => <FilterSelect id={id} name={name} label={label} all={all} options={options} value={value} />;

  return (
    <form
      className="search-filters"
      method="get"
      action={here(paths.legalDocuments.build())}
      onSubmit={submit}
      aria-label="Lọc văn bản"
    >
      {select('loai', 'Loại văn bản', 'Tất cả các loại', Object.entries(LEGAL_DOCUMENT_KINDS), filters.kind)}
      {select(
        'co-quan-ban-hanh',
        'Cơ quan ban hành',
        'Tất cả cơ quan ban hành',
        withCurrent(facets.issuingBodies, filters.issuingBody).map((body) => [body, body]),
        filters.issuingBody,
      )}
      {select(
        'linh-vuc',
        'Lĩnh vực',
        'Tất cả lĩnh vực',
        withCurrent(facets.fields, filters.field).map((field) => [field, field]),
        filters.field,
      )}
      <YearField id={id} label="Năm ban hành" example={2022} value={filters.year} />
      {select('hieu-luc', 'Tình trạng hiệu lực', 'Tất cả', Object.entries(VALIDITIES), filters.validity)}
      <button type="submit" className="button">
        Lọc
      </button>
    </form>
  );
}
