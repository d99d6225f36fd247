import { Link } from 'wouter';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { ServerHtml } from '../../../lib/server-html';
import { usePageHead } from '../../../lib/use-document-meta';
import { agencyTree } from '../agency-tree';
import { TEXTS } from '../texts';
import { useLeaders, useUnits } from '../use-agency-pages';
import { PageCrumbs } from './page-crumbs';

const texts = TEXTS.vi;

/**
 * `/gioi-thieu/co-cau-to-chuc`: the agency's organisation as a nested list (read by screen readers level by level,
 * never an image): its leadership, its head office, its regional offices; the central department's also the agencies
 * of the provinces and cities, each with the agencies merged into it.
 */
export function OrganisationPage() {
  const { agency, scope, directory, linkTo } = useAgency();
  const leaders = useLeaders(agency.code, 'vi');
  const units = useUnits(agency.code, 'vi');
  usePageHead({ kind: 'organisation' });

  const body = (() => {
    for (const read of [leaders, units]) {
      if (read.status === 'error') return <ErrorState error={read.error} onRetry={read.retry} />;
      if (read.status === 'pending') return <LoadingState label="Đang tải cơ cấu tổ chức…" />;
    }
    if (leaders.status !== 'success' || units.status !== 'success') return null;
    const headOffices = units.data.filter((unit) => unit.kind === 'head-office');
    const regional = units.data.filter((unit) => unit.kind !== 'head-office');
    const branches = scope.national ? agencyTree(directory).filter((branch) => branch.agency.code !== agency.code) : [];
    return (
      <ServerHtml of={[leaders.data, units.data, directory]}>
        <ul className="org-tree" aria-label={`Cơ cấu tổ chức của ${agency.name}`}>
          <li>
            <span className="org-tree__node org-tree__node--root">{agency.name}</span>
            <ul>
              <li>
                <span className="org-tree__node">{texts.leadership}</span>
                {leaders.data.length > 0 ? (
                  <ul>
                    {leaders.data.map((leader) => (
                      <li key={leader.documentId}>
                        {leader.position ? `${leader.position.value}: ` : ''}
                        {leader.name}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">{texts.noLeaders}</p>
                )}
              </li>
              {headOffices.length > 0 ? (
                <li>
                  <span className="org-tree__node">{texts.headOffice}</span>
                  <ul>
                    {headOffices.map((unit) => (
                      <li key={unit.documentId}>{unit.name.value}</li>
                    ))}
                  </ul>
                </li>
              ) : null}
              {regional.length > 0 ? (
                <li>
                  <span className="org-tree__node">{texts.regionalOffices}</span>
                  <ul>
                    {regional.map((unit) => (
                      <li key={unit.documentId}>
                        {unit.name.value}
                        {unit.area ? <span className="muted"> – {unit.area.value}</span> : null}
                      </li>
                    ))}
                  </ul>
                </li>
              ) : null}
              {branches.length > 0 ? (
                <li>
                  <span className="org-tree__node">{texts.agencies}</span>
                  <ul>
                    {branches.map(({ agency: branch, merged }) => (
                      <li key={branch.code}>
                        <Link href={linkTo(branch.code, paths.organisation.build())}>{branch.name}</Link>
                        {merged.length > 0 ? (
                          <ul aria-label={`Các cơ quan đã hợp nhất vào ${branch.name}`}>
                            {merged.map((each) => (
                              <li key={each.code}>
                                {each.name} <span className="muted">(đã hợp nhất)</span>
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </li>
              ) : null}
            </ul>
          </li>
        </ul>
        <p>
          <Link href={paths.contact.build()}>{texts.seeContacts}</Link>
        </p>
      </ServerHtml>
    );
  })();

  return (
    <>
      <PageCrumbs
        items={[{ label: texts.about, href: paths.about.build() }, { label: texts.organisation }]}
        language="vi"
      />
      <h1 className="page-title">{texts.organisation}</h1>
      {body}
    </>
  );
}
