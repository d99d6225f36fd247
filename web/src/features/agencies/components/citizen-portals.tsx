import type { Agency } from '@thads/content';
import { safeUrl } from '../../../lib/safe-url';

/** The portals' names, in Vietnamese (the English pages give theirs: `TEXTS.en.portalLabels`). */
export type PortalLabels = {
  portals: string;
  nationalPortal: string;
  provincePortal: (place: string) => string;
  provinceFallback: string;
  feedbackPortal: string;
  /** Whether the province's name keeps its capital (`Tỉnh Phú Thọ` in English, `tỉnh Phú Thọ` in a Vietnamese phrase). */
  keepsCapital?: boolean;
};

const VIETNAMESE_LABELS: PortalLabels = {
  portals: 'Dịch vụ công, phản ánh và kiến nghị',
  nationalPortal: 'Cổng Dịch vụ công quốc gia',
  provincePortal: (place) => `Cổng dịch vụ công ${place}`,
  provinceFallback: 'của địa phương',
  feedbackPortal: 'Hệ thống tiếp nhận phản ánh, kiến nghị',
};

/**
 * The public-service and feedback portals the law asks every agency's pages to point citizens to (Nghị định
 * 42/2022/NĐ-CP), from the agency's record; a link an editor mistyped as script is left out. In the footer and on the
 * contact page, in the page's language.
 */
export function citizenPortalLinks(
  agency: Agency,
  texts: PortalLabels = VIETNAMESE_LABELS,
): Array<{ label: string; href: string }> {
  const place = agency.area
    ? texts.keepsCapital
      ? agency.area
      : `${agency.area.charAt(0).toLowerCase()}${agency.area.slice(1)}`
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
  labels = VIETNAMESE_LABELS,
  headingId,
  headingClassName,
  listClassName,
}: {
  agency: Agency;
  labels?: PortalLabels;
  headingId: string;
  headingClassName: string;
  listClassName?: string;
}) {
  const links = citizenPortalLinks(agency, labels);
  if (links.length === 0) return null;
  return (
    <nav aria-labelledby={headingId}>
      <h2 id={headingId} className={headingClassName}>
        {labels.portals}
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
