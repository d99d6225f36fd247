import type { SiteLanguage } from '@thads/content';
import { formatVietnamDate } from '@thads/vietnamese';
import { Link } from 'wouter';
import { useAgency } from '../../../lib/agency';
import { TEXTS } from '../texts';

/**
 * On the introduction and contact pages (and in the footer) of an agency merged into another: its contacts are no
 * longer its own (never an address of a former agency), the agency that took over its work is named and linked (its
 * page `path`). `plain`: a paragraph of the footer rather than a notice in the page.
 */
export function MergedAway({
  language,
  path,
  plain = false,
}: {
  language: SiteLanguage;
  path: string;
  plain?: boolean;
}) {
  const { agency, successor, linkTo } = useAgency();
  if (agency.kind !== 'merged') return null;
  const texts = TEXTS[language];
  const date = agency.mergedOn ? formatVietnamDate(`${agency.mergedOn}T12:00:00+07:00`) : null;
  const since = date ? (language === 'vi' ? `Từ ${date}, ` : `Since ${date}, `) : '';
  const text = (
    <p>
      {texts.mergedInto(since, agency.name)}{' '}
      {successor ? (
        <Link href={linkTo(successor.code, path)} lang="vi">
          {successor.name}
        </Link>
      ) : null}
      . {texts.mergedContact}
    </p>
  );
  return plain ? text : <div className="notice">{text}</div>;
}
