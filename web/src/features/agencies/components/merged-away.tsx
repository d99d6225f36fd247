import type { SiteLanguage } from '@thads/content';
import { formatVietnamDate } from '@thads/vietnamese';
import { Link } from 'wouter';
import { useAgency } from '../../../lib/agency';
import { TEXTS } from '../texts';

/**
 * On the introduction and contact pages of an agency merged into another: its contacts are no longer its own (never
 * an address of a former agency), the agency that took over its work is named and linked (its page `path`).
 */
export function MergedAway({ language, path }: { language: SiteLanguage; path: string }) {
  const { agency, successor, linkTo } = useAgency();
  if (agency.kind !== 'merged') return null;
  const texts = TEXTS[language];
  const date = agency.mergedOn ? formatVietnamDate(`${agency.mergedOn}T12:00:00+07:00`) : null;
  const since = date ? (language === 'vi' ? `Từ ${date}, ` : `Since ${date}, `) : '';
  return (
    <div className="notice">
      <p>
        {texts.mergedInto(since, agency.name)}{' '}
        {successor ? (
          <Link href={linkTo(successor.code, path)} lang="vi">
            {successor.name}
          </Link>
        ) : null}
        . {texts.mergedContact}
      </p>
    </div>
  );
}
