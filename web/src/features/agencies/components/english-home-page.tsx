import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { ServerHtml } from '../../../lib/server-html';
import { usePageHead } from '../../../lib/use-document-meta';
import { agencyQueryOptions } from '../api/get-agency';
import { shownText } from '../translation';
import { useAgencyName } from '../use-agency-name';
import { useAgencyProfile, useUnits } from '../use-agency-pages';
import { ContactFacts } from './contact-facts';
import { MergedAway } from './merged-away';
import { TranslatedText, UNTRANSLATED_NOTE } from './translated';

/**
 * `/en`: the agency's English home: who it is (its introduction's summary), how to reach its head office, and the way
 * to its news, which is in Vietnamese.
 */
export function EnglishHomePage() {
  const { agency } = useAgency();
  const name = useAgencyName('en');
  const record = useQuery(agencyQueryOptions(agency.code)).data;
  const profile = useAgencyProfile(agency.code, 'en');
  const units = useUnits(agency.code, 'en');
  const summary =
    profile.status === 'success'
      ? shownText('en', profile.data.translated?.summary, profile.data.vietnamese?.summary)
      : null;
  usePageHead(
    profile.status === 'pending'
      ? null
      : { kind: 'englishHome', name: name.value, summary: summary?.language === 'en' ? summary.value : null },
  );

  const body = (() => {
    for (const read of [profile, units]) {
      if (read.status === 'error') return <ErrorState error={read.error} onRetry={read.retry} />;
      if (read.status === 'pending') return <LoadingState label="Loading…" />;
    }
    if (units.status !== 'success') return null;
    const headOffice = units.data.find((unit) => unit.kind === 'head-office') ?? units.data[0];
    return (
      <ServerHtml of={[summary, units.data, record]}>
        <section aria-labelledby="who-we-are">
          <h2 id="who-we-are" className="section-title">
            Who we are
          </h2>
          {summary ? (
            summary.language === 'en' ? (
              <p className="page-intro">{summary.value}</p>
            ) : (
              <>
                <p className="untranslated-note">{UNTRANSLATED_NOTE}</p>
                <p className="page-intro" lang="vi">
                  {summary.value}
                </p>
              </>
            )
          ) : (
            <p>
              {name.language === 'en' ? name.value : 'This agency'} is a civil judgment enforcement agency of Viet Nam
              {agency.kind === 'central' ? ', under the Ministry of Justice' : ''}.
            </p>
          )}
          <p>
            <Link href={paths.englishAbout.build()}>About us: functions, duties, leadership and offices</Link>
          </p>
        </section>
        {agency.kind === 'merged' ? null : (
          <section aria-labelledby="contact-us">
            <h2 id="contact-us" className="section-title">
              Contact us
            </h2>
            {headOffice ? (
              <>
                <h3 className="unit-card__name">
                  <TranslatedText shown={headOffice.name} language="en" note={false} />
                </h3>
                <ContactFacts
                  language="en"
                  contacts={{
                    address: headOffice.address,
                    phone: headOffice.phone,
                    email: headOffice.email,
                    hours: headOffice.hours,
                  }}
                />
              </>
            ) : (
              <ContactFacts
                language="en"
                contacts={{ address: record?.address, phone: record?.phone, fax: record?.fax, email: record?.email }}
              />
            )}
            <p>
              <Link href={paths.englishContact.build()}>All our offices and how to reach them</Link>
            </p>
          </section>
        )}
        <section aria-labelledby="news">
          <h2 id="news" className="section-title">
            News
          </h2>
          <p>
            Our news is published in Vietnamese:{' '}
            <Link href={paths.home.build()} hrefLang="vi" lang="vi">
              Tin tức – {agency.name}
            </Link>
            .
          </p>
        </section>
      </ServerHtml>
    );
  })();

  return (
    <>
      <h1 className="page-title">
        <TranslatedText shown={name} language="en" note={false} />
      </h1>
      <MergedAway language="en" path={paths.englishContact.build()} />
      {body}
    </>
  );
}
