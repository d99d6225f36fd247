import type { LegalDocumentSummary } from '@thads/content';
import { Link } from 'wouter';
import { FormattedDate } from '../../../components/formatted-date';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { LEGAL_DOCUMENT_KINDS, VALIDITIES } from '../labels';

/** A document of a list: its number (the link), kind, summary, issuing body, issue date and validity. */
export function LegalDocumentCard({
  document,
  headingLevel = 3,
}: {
  document: LegalDocumentSummary;
  headingLevel?: 2 | 3;
}) {
  const { linkTo, agency: current, agencyOf, scope } = useAgency();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // A central document is read on the page of the agency whose list shows it (its slug is looked for there, then at
  // the central department's); another agency's on its own pages.
  const owner = document.agency === scope.central ? current : (agencyOf(document.agency) ?? current);
  return (
    <li className="record-card">
      <Heading className="record-card__title">
        <Link href={linkTo(owner.code, paths.legalDocument.build(document.slug))}>
          {LEGAL_DOCUMENT_KINDS[document.kind]} số {document.number}
        </Link>
      </Heading>
      <p className="record-card__summary">{document.summary}</p>
      <p className="record-card__meta">
        <span>{document.issuingBody}</span>
        <span>
          Ban hành: <FormattedDate value={document.issuedOn} />
        </span>
        <span className={`status status--${document.validity}`}>{VALIDITIES[document.validity]}</span>
      </p>
    </li>
  );
}
