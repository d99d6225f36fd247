import { useQuery } from '@tanstack/react-query';
import { formatVietnamDate } from '@thads/vietnamese';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { ServerHtml } from '../../../lib/server-html';
import { agencyQueryOptions } from '../api/get-agency';
import { TEXTS } from '../texts';
import { useAgencyName } from '../use-agency-name';
import { CitizenPortals } from './citizen-portals';
import { ContactFacts } from './contact-facts';
import { LanguageSwitch } from './language-switch';
import { MergedAway } from './merged-away';
import { TranslatedText } from './translated';

/** On every English page of an agency merged into another: since when, and into which (linked to its English home). */
function EnglishMergedNotice() {
  const { agency, successor, linkTo } = useAgency();
  if (agency.kind !== 'merged') return null;
  const since = agency.mergedOn ? `Since ${formatVietnamDate(`${agency.mergedOn}T12:00:00+07:00`)}, ` : '';
  return (
    <div className="merged-notice" role="note">
      <p className="container">
        {since}
        <span lang="vi">{agency.shortName ?? agency.name}</span> has been merged into{' '}
        {successor ? (
          <Link href={linkTo(successor.code, paths.englishHome.build())} lang="vi">
            {successor.name}
          </Link>
        ) : (
          'another agency'
        )}
        .
      </p>
    </div>
  );
}

/**
 * The English pages of an agency (`/en`, `/en/about`, `/en/contact`): its English name, an English navigation, the
 * switch to the Vietnamese page, and its contacts and the citizens' portals in the footer, in English.
 */
export function EnglishLayout({ children }: { children: ReactNode }) {
  const { agency } = useAgency();
  const settings = useQuery(agencyQueryOptions(agency.code)).data;
  const name = useAgencyName('en');
  return (
    <>
      <a className="skip-link" href="#noi-dung">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link href={paths.englishHome.build()} className="site-brand">
            <span className="site-brand__emblem" aria-hidden="true">
              ★
            </span>
            <span>
              <span className="site-brand__kicker">Civil judgment enforcement · Viet Nam</span>
              <span className="site-brand__name">
                <TranslatedText shown={name} language="en" note={false} />
              </span>
            </span>
          </Link>
          <LanguageSwitch />
        </div>
        <nav className="site-nav" aria-label="Main navigation">
          <ul className="container site-nav__list">
            <li>
              <Link href={paths.englishHome.build()}>Home</Link>
            </li>
            <li>
              <Link href={paths.englishAbout.build()}>About us</Link>
            </li>
            <li>
              <Link href={paths.englishContact.build()}>Contact</Link>
            </li>
            <li>
              <Link href={paths.home.build()} hrefLang="vi">
                News <span lang="vi">(tiếng Việt)</span>
              </Link>
            </li>
          </ul>
        </nav>
        <EnglishMergedNotice />
      </header>
      <main id="noi-dung" className="container site-main" tabIndex={-1}>
        {children}
      </main>
      <ServerHtml of={settings}>
        <footer className="site-footer">
          <div className="container site-footer__grid">
            <div>
              <p className="site-footer__name">
                <TranslatedText shown={name} language="en" note={false} />
              </p>
              <MergedAway language="en" path={paths.englishContact.build()} plain />
              {agency.kind === 'merged' ? null : (
                <ContactFacts
                  language="en"
                  contacts={{
                    address: settings?.address,
                    phone: settings?.phone,
                    fax: settings?.fax,
                    email: settings?.email,
                  }}
                />
              )}
              <p>
                © <TranslatedText shown={name} language="en" note={false} />
              </p>
            </div>
            {settings && agency.kind !== 'merged' ? (
              <CitizenPortals
                agency={settings}
                labels={TEXTS.en.portalLabels}
                headingId="public-services"
                headingClassName="site-footer__heading"
                listClassName="site-footer__links"
              />
            ) : null}
          </div>
        </footer>
      </ServerHtml>
    </>
  );
}
