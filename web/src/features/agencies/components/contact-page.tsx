import { useQuery } from '@tanstack/react-query';
import type { SiteLanguage } from '@thads/content';
import { Link, useSearch } from 'wouter';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { usePageHead } from '../../../lib/use-document-meta';
import { agencyQueryOptions } from '../api/get-agency';
import { agencyContactsQueryOptions } from '../api/get-agency-contacts';
import { headOfficesQueryOptions } from '../api/get-head-offices';
import { unitAreasQueryOptions } from '../api/get-unit-areas';
import { headOffices } from '../head-offices';
import { TEXTS } from '../texts';
import { unitViews, type UnitView } from '../translation';
import { useAgencyName } from '../use-agency-name';
import { combine, useUnits } from '../use-agency-pages';
import { findWard, wardQueryOf } from '../ward-lookup';
import { CitizenPortals } from './citizen-portals';
import { ContactFacts } from './contact-facts';
import { MergedAway } from './merged-away';
import { PageCrumbs } from './page-crumbs';
import { TranslatedText } from './translated';
import { UnitCard, unitAnchor } from './unit-card';
import { WardLookupForm } from './ward-lookup-form';

/** Every other agency's head office (the national contact page): its unit, or what its record says. */
function NationalHeadOffices({ language }: { language: SiteLanguage }) {
  const texts = TEXTS[language];
  const { directory, linkTo, agency: current } = useAgency();
  const vietnamese = useQuery(headOfficesQueryOptions('vi'));
  const english = useQuery({ ...headOfficesQueryOptions('en'), enabled: language === 'en' });
  const records = useQuery(agencyContactsQueryOptions());
  const read = combine(language === 'en' ? [vietnamese, english, records] : [vietnamese, records], () =>
    headOffices(directory, unitViews(language, vietnamese.data ?? [], english.data ?? []), records.data ?? []).filter(
      // The central department's own offices are the page's first section.
      (office) => office.agency.code !== current.code,
    ),
  );
  if (read.status === 'error') return <ErrorState error={read.error} onRetry={read.retry} />;
  if (read.status === 'pending') return <LoadingState />;
  return (
    <section aria-labelledby="tru-so-cac-co-quan">
      <h2 id="tru-so-cac-co-quan" className="section-title">
        {texts.headOffices}
      </h2>
      <ul className="unit-list">
        {read.data.map(({ agency, unit, record }) => (
          <li key={agency.code}>
            <article className="unit-card" aria-labelledby={`tru-so-${agency.code}`}>
              <h3 id={`tru-so-${agency.code}`} className="unit-card__name">
                <Link
                  href={linkTo(agency.code, language === 'vi' ? paths.contact.build() : paths.englishContact.build())}
                  lang={unit?.name.language ?? 'vi'}
                >
                  {unit ? unit.name.value : agency.name}
                </Link>
                {unit?.isSample ? <span className="badge unit-card__sample">{texts.sample}</span> : null}
              </h3>
              <ContactFacts
                language={language}
                contacts={
                  unit
                    ? {
                        address: unit.address,
                        phone: unit.phone,
                        email: unit.email,
                        hours: unit.hours,
                        head: unit.headName ? { name: unit.headName, title: unit.headTitle } : null,
                      }
                    : (record ?? {})
                }
              />
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The agency's own offices: its head office, then its regional offices; its record's contacts while it has none. */
function AgencyUnits({ units, language }: { units: UnitView[]; language: SiteLanguage }) {
  const texts = TEXTS[language];
  const { agency } = useAgency();
  const record = useQuery(agencyQueryOptions(agency.code)).data;
  const name = useAgencyName(language);
  if (units.length === 0)
    return (
      <>
        <p className="notice">{texts.noUnits}</p>
        <article className="unit-card" aria-labelledby="tru-so">
          <h2 id="tru-so" className="unit-card__name">
            <TranslatedText shown={name} language={language} note={false} />
          </h2>
          <ContactFacts
            language={language}
            contacts={{ address: record?.address, phone: record?.phone, fax: record?.fax, email: record?.email }}
          />
        </article>
      </>
    );
  const headOffice = units.filter((unit) => unit.kind === 'head-office');
  const regional = units.filter((unit) => unit.kind !== 'head-office');
  return (
    <>
      {headOffice.length > 0 ? (
        <section aria-labelledby="tru-so-chinh">
          <h2 id="tru-so-chinh" className="section-title">
            {texts.headOffice}
          </h2>
          {headOffice.map((unit) => (
            <UnitCard key={unit.documentId} unit={unit} language={language} />
          ))}
        </section>
      ) : null}
      {regional.length > 0 ? (
        <section aria-labelledby="phong-khu-vuc">
          <h2 id="phong-khu-vuc" className="section-title">
            {texts.regionalOffices}
          </h2>
          <ul className="unit-list">
            {regional.map((unit) => (
              <li key={unit.documentId}>
                <UnitCard unit={unit} language={language} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** The ward lookup of the national contact page: every unit of the installation, each linked on its agency's page. */
function NationalWardLookup({ language, query }: { language: SiteLanguage; query: string }) {
  const { here, linkTo, directory } = useAgency();
  const areas = useQuery({ ...unitAreasQueryOptions(), enabled: query !== '' });
  const path = language === 'vi' ? paths.contact.build() : paths.englishContact.build();
  if (areas.isError) return <ErrorState error={areas.error} onRetry={() => void areas.refetch()} />;
  if (query !== '' && areas.isPending) return <LoadingState />;
  const current = new Set(directory.agencies.filter((each) => each.kind !== 'merged').map((each) => each.code));
  // Only offices of agencies of today: a merged agency serves nobody any more.
  const units = (areas.data ?? []).filter((unit) => current.has(unit.agency));
  return (
    <WardLookupForm
      language={language}
      path={path}
      action={here(path)}
      query={query}
      matches={query ? findWard(units, query) : null}
      renderUnit={(unit) => (
        <Link href={`${linkTo(unit.agency, path)}#${unitAnchor(unit.documentId)}`} lang="vi">
          {unit.name}
        </Link>
      )}
    />
  );
}

/**
 * `/lien-he` and `/en/contact`: every office of the agency (address, phone and email as links, hours, head, the
 * communes and wards it serves, its place on OpenStreetMap), "which office serves my ward" (a GET form, answered by the
 * server render without JavaScript), and the portals the law asks for. The national site's lists every agency's head
 * office.
 */
export function ContactPage({ language }: { language: SiteLanguage }) {
  const texts = TEXTS[language];
  const { agency, scope, here } = useAgency();
  const name = useAgencyName(language);
  const record = useQuery(agencyQueryOptions(agency.code)).data;
  const units = useUnits(agency.code, language);
  const query = wardQueryOf(useSearch(), language);
  const merged = agency.kind === 'merged';
  const path = language === 'vi' ? paths.contact.build() : paths.englishContact.build();
  usePageHead(language === 'vi' ? { kind: 'contact' } : { kind: 'englishContact', name: name.value });

  const body = (() => {
    if (merged) return null;
    if (units.status === 'error') return <ErrorState error={units.error} onRetry={units.retry} />;
    if (units.status === 'pending') return <LoadingState />;
    const served = units.data.some((unit) => unit.communes?.trim());
    return (
      <>
        {scope.national ? (
          <NationalWardLookup language={language} query={query} />
        ) : served ? (
          <WardLookupForm
            language={language}
            path={path}
            action={here(path)}
            query={query}
            matches={query ? findWard(units.data, query) : null}
            renderUnit={(unit) => (
              <a href={`#${unitAnchor(unit.documentId)}`}>
                <TranslatedText shown={unit.name} language={language} note={false} />
              </a>
            )}
          />
        ) : null}
        <AgencyUnits units={units.data} language={language} />
        {scope.national ? <NationalHeadOffices language={language} /> : null}
      </>
    );
  })();

  return (
    <>
      <PageCrumbs items={[{ label: texts.contact }]} language={language} />
      <h1 className="page-title">
        {texts.contact}
        <span className="page-title__sub">
          {' '}
          – <TranslatedText shown={name} language={language} note={false} />
        </span>
      </h1>
      <MergedAway language={language} path={path} />
      {body}
      {record && !merged ? (
        <CitizenPortals
          agency={record}
          labels={texts.portalLabels}
          headingId="cong-dich-vu-cong"
          headingClassName="section-title"
        />
      ) : null}
    </>
  );
}
