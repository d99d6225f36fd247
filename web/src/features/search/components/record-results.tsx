import { useQuery, useQueryClient } from '@tanstack/react-query';
import { highlight } from '@thads/vietnamese';
import { Link } from 'wouter';
import { FormattedDate } from '../../../components/formatted-date';
import { HighlightedText } from '../../../components/highlighted-text';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { searchRecordsQueryOptions } from '../api/search-articles';
import type { RecordKind, SiteSearchParams } from '../search-url';
import { SearchOutcome } from './search-results';

/**
 * Documents or notices the site search found, their own kind of result: a document by its number however it is typed
 * (the exact number first), or by the words of its summary; each on its agency's pages (the central department's
 * documents on this agency's).
 */
export function RecordResults({
  params,
  kind,
  kindLabel,
}: {
  params: SiteSearchParams;
  kind: RecordKind;
  /** How readers name a document's or notice's kind (`decree` → "Nghị định"). */
  kindLabel: (kind: string) => string;
}) {
  const queryClient = useQueryClient();
  const { scope, agencyOf, linkTo, agency: current } = useAgency();
  const result = useQuery(searchRecordsQueryOptions(scope, kind, params));
  const documents = kind === 'legal-document';
  return (
    <SearchOutcome
      params={params}
      result={result}
      filtered={false}
      noun={documents ? 'văn bản' : 'thông báo'}
      hint={
        documents
          ? 'Nhập số hiệu (ví dụ 42/2022/NĐ-CP, hoặc “42 2022 nd cp”) hoặc từ trong trích yếu văn bản.'
          : 'Nhập từ trong tiêu đề hoặc nội dung thông báo.'
      }
      onPrefetch={(page) => void queryClient.prefetchQuery(searchRecordsQueryOptions(scope, kind, { ...params, page }))}
      hits={({ data, meta }) =>
        data.map((hit) => (
          <li key={hit.documentId} className="article-card">
            <h2 className="article-card__title">
              <Link
                href={
                  hit.type === 'legal-document'
                    ? linkTo(
                        hit.agency === scope.central ? current.code : hit.agency,
                        paths.legalDocument.build(hit.slug),
                      )
                    : linkTo(hit.agency, paths.notice.build(hit.slug))
                }
              >
                <HighlightedText
                  segments={highlight(hit.number ? `${kindLabel(hit.kind)} số ${hit.number}` : hit.title, meta.query)}
                />
              </Link>
            </h2>
            <p className="article-card__meta">
              <span className="article-card__agency">{agencyOf(hit.agency)?.name ?? hit.agency} · </span>
              {hit.number ? null : <span>{kindLabel(hit.kind)} · </span>}
              <FormattedDate value={hit.date} />
              {hit.expired ? <span className="status status--expired">Đã hết hạn</span> : null}
            </p>
            <p className="search-results__snippet">
              <HighlightedText segments={hit.snippet} />
            </p>
          </li>
        ))
      }
    />
  );
}
