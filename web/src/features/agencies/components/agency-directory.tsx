import type { AgencySummary } from '@thads/content';
import { formatVietnamDate } from '@thads/vietnamese';
import { Link } from 'wouter';
import { useAgency } from '../../../lib/agency';
import { agencyTree } from '../agency-tree';

const mergedSince = (agency: AgencySummary) =>
  agency.mergedOn ? `hợp nhất từ ${formatVietnamDate(`${agency.mergedOn}T12:00:00+07:00`)}` : 'đã hợp nhất';

/**
 * Every agency in the order of agencies.json, each linked to its pages, with the agencies merged into it beneath it
 * (their news stays readable at their own pages).
 */
export function AgencyDirectory() {
  const { directory, linkTo } = useAgency();
  return (
    <ul className="agency-directory">
      {agencyTree(directory).map(({ agency, merged }) => (
        <li key={agency.code}>
          <Link href={linkTo(agency.code, '/')}>{agency.name}</Link>
          {agency.area && agency.area !== agency.name ? <span className="muted"> – {agency.area}</span> : null}
          {merged.length > 0 ? (
            <ul aria-label={`Các cơ quan đã hợp nhất vào ${agency.name}`}>
              {merged.map((each) => (
                <li key={each.code}>
                  <Link href={linkTo(each.code, '/')}>{each.name}</Link>{' '}
                  <span className="muted">({mergedSince(each)})</span>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
