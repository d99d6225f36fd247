import { useQuery } from '@tanstack/react-query';
import type { LegalDocument } from '@thads/content';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { Breadcrumb } from '../../components/breadcrumb';
import { FileList } from '../../components/file-list';
import { FormattedDate } from '../../components/formatted-date';
import { NotFoundState } from '../../components/not-found-state';
import { ErrorState, LoadingState } from '../../components/query-states';
import { paths } from '../../config/paths';
import { legalDocumentQueryOptions } from '../../features/legal-documents/api/get-legal-document';
import { LEGAL_DOCUMENT_KINDS, VALIDITIES } from '../../features/legal-documents/labels';
import { useAgency } from '../../lib/agency';
import { usePageHead } from '../../lib/use-document-meta';

type Related = NonNullable<LegalDocument['replaces']>[number];

/** The relations of a document both ways, as readers name them. */
const RELATIONS = [
  ['replaces', 'Thay thế văn bản'],
  ['replacedBy', 'Được thay thế bởi'],
  ['amends', 'Sửa đổi, bổ sung văn bản'],
  ['amendedBy', 'Được sửa đổi, bổ sung bởi'],
  ['guides', 'Hướng dẫn văn bản'],
  ['guidedBy', 'Được hướng dẫn bởi'],
] as const satisfies ReadonlyArray<readonly [keyof LegalDocument, string]>;

/** One document: every field, its files, the documents it relates to (the central department's too) and articles. */
export default function LegalDocumentRoute({ slug }: { slug: string }) {
  const { scope, linkTo, agency: current } = useAgency();
  const query = useQuery(legalDocumentQueryOptions(scope, slug));
  const document = query.data ?? null;
  usePageHead(document ? { kind: 'legalDocument', document } : null);

  if (query.isPending) return <LoadingState label="Đang tải văn bản…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!document) return <NotFoundState what="Văn bản bạn tìm" />;
  // A related document of the central department is read on this agency's pages too; another agency's on its own.
  const relatedHref = (related: Related) =>
    linkTo(related.agency === scope.central ? current.code : related.agency, paths.legalDocument.build(related.slug));
  const relations = RELATIONS.flatMap(([key, label]) => {
    const list = document[key];
    return list && list.length > 0 ? [{ key, label, list }] : [];
  });
  const articles = document.relatedArticles ?? [];
  const rows: Array<[string, ReactNode]> = [
    ['Số hiệu', document.number],
    ['Loại văn bản', LEGAL_DOCUMENT_KINDS[document.kind]],
    ['Cơ quan ban hành', document.issuingBody],
    ...(document.signer ? [['Người ký', document.signer] as [string, ReactNode]] : []),
    ['Ngày ban hành', <FormattedDate key="issued" value={document.issuedOn} />],
    ...(document.effectiveOn
      ? [['Ngày có hiệu lực', <FormattedDate key="effective" value={document.effectiveOn} />] as [string, ReactNode]]
      : []),
    [
      'Tình trạng hiệu lực',
      <>
        <span className={`status status--${document.validity}`}>{VALIDITIES[document.validity]}</span>
        {document.validityChangedOn ? (
          <>
            {' '}
            (từ ngày <FormattedDate value={document.validityChangedOn} />)
          </>
        ) : null}
      </>,
    ],
    ...(document.field ? [['Lĩnh vực', document.field] as [string, ReactNode]] : []),
  ];

  return (
    <>
      <Breadcrumb items={[{ label: 'Văn bản', href: paths.legalDocuments.build() }, { label: document.number }]} />
      <article className="record">
        <h1 className="page-title">
          {LEGAL_DOCUMENT_KINDS[document.kind]} số {document.number}
        </h1>
        <p className="record__summary">{document.summary}</p>
        {document.isSample ? <p className="badge">Văn bản mẫu</p> : null}
        <dl className="record__fields">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <FileList files={document.attachments} headingId="tep-dinh-kem" />
        {relations.length > 0 ? (
          <section aria-labelledby="van-ban-lien-quan">
            <h2 id="van-ban-lien-quan" className="section-title">
              Văn bản liên quan
            </h2>
            {relations.map(({ key, label, list }) => (
              <div key={key}>
                <h3 className="record__relation">{label}</h3>
                <ul className="record__links">
                  {list.map((related) => (
                    <li key={related.documentId}>
                      <Link href={relatedHref(related)}>
                        {LEGAL_DOCUMENT_KINDS[related.kind]} số {related.number}
                      </Link>
                      : {related.summary} ({VALIDITIES[related.validity].toLowerCase()})
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ) : null}
        {articles.length > 0 ? (
          <section aria-labelledby="tin-lien-quan">
            <h2 id="tin-lien-quan" className="section-title">
              Tin bài liên quan
            </h2>
            <ul className="record__links">
              {articles.map((article) => (
                <li key={article.documentId}>
                  <Link href={linkTo(article.agency, paths.article.build(article.slug))}>{article.title}</Link>
                  {article.date ? (
                    <>
                      {' '}
                      (<FormattedDate value={article.date} />)
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </>
  );
}
