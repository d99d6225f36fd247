import type { Agency, SiteLanguage } from '@thads/content';
import { safeUrl } from '../../../lib/safe-url';

/** The portals' names in each language (here, not in the pages' words: the footer of every page carries them). */
const PORTAL_TEXTS = {
  vi: {
    portals: 'Dịch vụ công, phản ánh và kiến nghị',
    nationalPortal: 'Cổng Dịch vụ công quốc gia',
    provincePortal: (place: string) => `Cổng dịch vụ công ${place}`,
    provinceFallback: 'của địa phương',
    feedbackPortal: 'Hệ thống tiếp nhận phản ánh, kiến nghị',
  },
  en: {
    portals: 'Public services, feedback and petitions',
    nationalPortal: 'National Public Service Portal',
    provincePortal: (place: string) => `Public Service Portal of ${place}`,
    provinceFallback: 'the province',
    feedbackPortal: 'National system for feedback and petitions',
  },
} as const;

/**
 * The public-service and feedback portals the law asks every agency's pages to point citizens to (Nghị định
 * 42/2022/NĐ-CP), from the agency's record; a link an editor mistyped as script is left out. In the footer and on the
 * contact page, in the page's language.
 */
export function citizenPortalLinks(agency: Agency, language: SiteLanguage): Array<{ label: string; href: string }> {
  const texts = PORTAL_TEXTS[language];
  const place = agency.area
    ? language === 'vi'
      ? `${agency.area.charAt(0).toLowerCase()}${agency.area.slice(1)}`
      : agency.area
    : texts.provinceFallback;
  return (
    [
      [texts.nationalPortal, agency.nationalServicePortal],
      [texts.provincePortal(place), agency.provinceServicePortal],
      [texts.feedbackPortal, agency.feedbackPortal],
    ] as const
  ).flatMap(([label, url]) => {
    const href = safeUrl(url);
    return href && /^https?:/i.test(href) ? [{ label, href }] : [];
  });
}

/** The portals as a navigation list with its heading (`headingId` for its label; class names for the footer's). */
export function CitizenPortals({
  agency,
  language = 'vi',
  headingId,
  headingClassName,
  listClassName,
}: {
  agency: Agency;
  language?: SiteLanguage;
  headingId: string;
  headingClassName: string;
  listClassName?: string;
}) {
  const links = citizenPortalLinks(agency, language);
  if (links.length === 0) return null;
  return (
    <nav aria-labelledby={headingId}>
      <h2 id={headingId} className={headingClassName}>
        {PORTAL_TEXTS[language].portals}
      </h2>
      <ul className={listClassName}>
        {links.map((link) => (
          <li key={link.label}>
            <a href={link.href} rel="noopener noreferrer">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
