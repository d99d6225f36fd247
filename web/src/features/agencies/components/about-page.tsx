import type { SiteLanguage } from '@thads/content';
import { Link } from 'wouter';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { ServerHtml } from '../../../lib/server-html';
import { usePageHead } from '../../../lib/use-document-meta';
import { TEXTS } from '../texts';
import { shownBlocks, shownText, type UnitView } from '../translation';
import { useAgencyName } from '../use-agency-name';
import { useAgencyProfile, useLeaders, useUnits } from '../use-agency-pages';
import { LeaderList } from './leader-list';
import { MergedAway } from './merged-away';
import { PageCrumbs } from './page-crumbs';
import { TranslatedBlocks, TranslatedText } from './translated';

/** The units as the introduction names them: the head office first, then the regional offices, with their areas. */
function UnitSummary({ units, language }: { units: UnitView[]; language: SiteLanguage }) {
  const texts = TEXTS[language];
  if (units.length === 0) return <p className="notice">{texts.noUnits}</p>;
  return (
    <ul className="unit-summary">
      {units.map((unit) => (
        <li key={unit.documentId}>
          <TranslatedText shown={unit.name} language={language} note={false} />
          {unit.area ? (
            <>
              {' – '}
              <TranslatedText shown={unit.area} language={language} />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * `/gioi-thieu` and `/en/about`: who the agency is (its introduction's summary, functions, duties and history), its
 * leadership and its units. On the English page a section not translated yet shows its Vietnamese text, marked as
 * such; an agency with no introduction yet says so, with its leadership and units (never an empty page).
 */
export function AboutPage({ language }: { language: SiteLanguage }) {
  const texts = TEXTS[language];
  const { agency } = useAgency();
  const name = useAgencyName(language);
  const profile = useAgencyProfile(agency.code, language);
  const leaders = useLeaders(agency.code, language);
  const units = useUnits(agency.code, language);
  const summary =
    profile.status === 'success'
      ? shownText(language, profile.data.translated?.summary, profile.data.vietnamese?.summary)
      : null;
  usePageHead(
    profile.status === 'pending'
      ? null
      : language === 'vi'
        ? { kind: 'about', summary: summary?.value }
        : { kind: 'englishAbout', name: name.value, summary: summary?.language === 'en' ? summary.value : null },
  );

  const body = (() => {
    for (const read of [profile, leaders, units]) {
      if (read.status === 'error') return <ErrorState error={read.error} onRetry={read.retry} />;
      if (read.status === 'pending') return <LoadingState label={language === 'vi' ? 'Đang tải…' : 'Loading…'} />;
    }
    if (profile.status !== 'success' || leaders.status !== 'success' || units.status !== 'success') return null;
    const { translated, vietnamese } = profile.data;
    const sections = [
      {
        id: 'chuc-nang',
        title: texts.functions,
        shown: shownBlocks(language, translated?.functions, vietnamese?.functions),
      },
      { id: 'nhiem-vu', title: texts.duties, shown: shownBlocks(language, translated?.duties, vietnamese?.duties) },
      { id: 'lich-su', title: texts.history, shown: shownBlocks(language, translated?.history, vietnamese?.history) },
    ];
    return (
      <ServerHtml of={[profile.data, leaders.data, units.data]}>
        {summary ? (
          summary.language === language ? (
            <p className="page-intro">{summary.value}</p>
          ) : (
            <TranslatedBlocks
              language={language}
              shown={{
                value: [{ type: 'paragraph', children: [{ type: 'text', text: summary.value }] }],
                language: 'vi',
              }}
            />
          )
        ) : (
          <p className="notice">{texts.noProfile}</p>
        )}
        {sections.map((section) =>
          section.shown ? (
            <section key={section.id} aria-labelledby={section.id}>
              <h2 id={section.id} className="section-title">
                {section.title}
              </h2>
              <TranslatedBlocks shown={section.shown} language={language} />
            </section>
          ) : null,
        )}
        <section aria-labelledby="lanh-dao">
          <h2 id="lanh-dao" className="section-title">
            {texts.leadership}
          </h2>
          <LeaderList leaders={leaders.data} language={language} />
        </section>
        <section aria-labelledby="don-vi">
          <h2 id="don-vi" className="section-title">
            {texts.units}
          </h2>
          <UnitSummary units={units.data} language={language} />
          <ul className="page-links">
            {language === 'vi' ? (
              <li>
                <Link href={paths.organisation.build()}>{texts.seeOrganisation}</Link>
              </li>
            ) : null}
            <li>
              <Link href={language === 'vi' ? paths.contact.build() : paths.englishContact.build()}>
                {texts.seeContacts}
              </Link>
            </li>
          </ul>
        </section>
      </ServerHtml>
    );
  })();

  return (
    <>
      <PageCrumbs items={[{ label: texts.about }]} language={language} />
      <h1 className="page-title">
        {texts.about}
        <span className="page-title__sub">
          {' '}
          – <TranslatedText shown={name} language={language} note={false} />
        </span>
      </h1>
      <MergedAway language={language} path={language === 'vi' ? paths.about.build() : paths.englishAbout.build()} />
      {body}
    </>
  );
}
