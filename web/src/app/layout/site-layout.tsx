import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { safeUrl } from '../../lib/safe-url';
import { paths } from '../../config/paths';
import { useAgency } from '../../lib/agency';
import { ServerHtml } from '../../lib/server-html';
import { clearSession, useSession } from '../../lib/session';
import { agencyQueryOptions } from '../../features/agencies/api/get-agency';
import { MergedAway } from '../../features/agencies/components/merged-away';
import { MergedNotice } from '../../features/agencies/components/merged-notice';
import { categoriesQueryOptions } from '../../features/categories/api/get-categories';
import { NOTICE_NEWS_CATEGORY } from '../../features/notices/notice-news';
import { SearchForm } from '../../components/search-form';
import { CitizenPortals } from '../../features/agencies/components/citizen-portals';
import { LanguageSwitch } from '../../features/agencies/components/language-switch';
import { useDocumentLanguage, usePageLanguage } from '../../lib/page-language';

// Loaded with the first English page: a Vietnamese page's app does not carry it.
const EnglishLayout = lazy(() =>
  import('../../features/agencies/components/english-layout').then((module) => ({ default: module.EnglishLayout })),
);

/** The pages of an agency, in the language of the page (decided from its path): English pages have their own. */
export function SiteLayout({ children }: { children: ReactNode }) {
  const language = usePageLanguage();
  useDocumentLanguage(language);
  return language === 'en' ? (
    <Suspense fallback={null}>
      <EnglishLayout>{children}</EnglishLayout>
    </Suspense>
  ) : (
    <VietnameseLayout>{children}</VietnameseLayout>
  );
}

/** The pages of an agency: its name, navigation and search in the header, its contacts in the footer. */
function VietnameseLayout({ children }: { children: ReactNode }) {
  const { agency, linkTo, directory } = useAgency();
  const settings = useQuery(agencyQueryOptions(agency.code)).data;
  const categories = useQuery(categoriesQueryOptions()).data ?? [];
  const session = useSession();
  const siteName = agency.name;
  const menu = useRef<HTMLDetailsElement>(null);
  const [location] = useLocation();
  const search = useSearch();
  // After a client-side navigation from the phone menu, the new page shows with the menu folded again (a new search
  // from the search page changes only the query). Not when the app takes over the page: a reader may have opened the
  // menu already, and be typing in its search box.
  const shown = useRef(`${location}?${search}`);
  useEffect(() => {
    if (shown.current === `${location}?${search}`) return;
    shown.current = `${location}?${search}`;
    if (menu.current) menu.current.open = false;
  }, [location, search]);

  return (
    <>
      <a className="skip-link" href="#noi-dung">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link href={paths.home.build()} className="site-brand">
            <span className="site-brand__emblem" aria-hidden="true">
              ★
            </span>
            <span>
              <span className="site-brand__kicker">{settings?.governingBody ?? 'Cổng thông tin điện tử'}</span>
              <span className="site-brand__name">{siteName}</span>
            </span>
          </Link>
          {/* The phone menu button: a native disclosure, so it opens without JavaScript; the search box, account
              link and navigation after it show on phones only while it is open (styles.css), always on wide screens. */}
          <details className="site-menu" ref={menu}>
            <summary className="site-menu__button">
              <span className="site-menu__icon" aria-hidden="true" />
              Menu
            </summary>
          </details>
          <SearchForm />
          <div className="site-header__account">
            {session ? (
              <>
                <span>
                  <span className="visually-hidden">Đang đăng nhập: </span>
                  {session.user.username}
                </span>
                <button type="button" className="link-button" onClick={clearSession}>
                  Đăng xuất
                </button>
              </>
            ) : (
              <Link href={paths.signIn.build()}>Đăng nhập</Link>
            )}
          </div>
          <LanguageSwitch />
        </div>
        <nav className="site-nav" aria-label="Điều hướng chính">
          <ul className="container site-nav__list">
            <li>
              <Link href={paths.home.build()}>Trang chủ</Link>
            </li>
            {/* One "Thông báo": the notices' page, which also links the category's news (its URLs keep working). */}
            {categories.map((category) =>
              category.slug === NOTICE_NEWS_CATEGORY ? (
                <li key={category.documentId}>
                  <Link href={paths.notices.build()}>{category.name}</Link>
                </li>
              ) : (
                <li key={category.documentId}>
                  <Link href={paths.category.build(category.slug)}>{category.name}</Link>
                </li>
              ),
            )}
            {categories.some((category) => category.slug === NOTICE_NEWS_CATEGORY) ? null : (
              <li>
                <Link href={paths.notices.build()}>Thông báo</Link>
              </li>
            )}
            <li>
              <Link href={paths.legalDocuments.build()}>Văn bản</Link>
            </li>
            <li>
              <Link href={paths.campaignThemes.build()}>Phong trào thi đua</Link>
            </li>
            <li>
              <Link href={paths.about.build()}>Giới thiệu</Link>
            </li>
            <li>
              <Link href={paths.questions.build()}>Hỏi đáp</Link>
            </li>
            <li>
              <Link href={paths.contact.build()}>Liên hệ</Link>
            </li>
            <li>
              <Link href={linkTo(directory.home, paths.agencies.build())}>Các cơ quan THADS</Link>
            </li>
          </ul>
        </nav>
        <MergedNotice />
      </header>
      <main id="noi-dung" className="container site-main" tabIndex={-1}>
        {children}
      </main>
      <ServerHtml of={settings}>
        <footer className="site-footer">
          <div className="container site-footer__grid">
            <div>
              <p className="site-footer__name">{siteName}</p>
              {/* A merged agency has no contacts of its own any more (agencyQueryOptions drops them): its successor's. */}
              <MergedAway language="vi" path={paths.contact.build()} plain />
              {settings?.address ? <p>Địa chỉ: {settings.address}</p> : null}
              {settings?.phone ? (
                <p>
                  Điện thoại: <a href={`tel:${settings.phone.replace(/[^\d+]/g, '')}`}>{settings.phone}</a>
                </p>
              ) : null}
              {settings?.fax ? <p>Fax: {settings.fax}</p> : null}
              {settings?.email ? (
                <p>
                  Email: <a href={`mailto:${settings.email}`}>{settings.email}</a>
                </p>
              ) : null}
              {settings?.responsiblePerson ? <p>Chịu trách nhiệm nội dung: {settings.responsiblePerson}</p> : null}
              <p>{settings?.copyright ?? `© ${siteName}`}</p>
              <p>
                <Link href={paths.siteMap.build()}>Sơ đồ cổng thông tin</Link>
              </p>
              <p>
                <Link href={paths.register.build()}>Danh sách người phải thi hành án chưa có điều kiện thi hành</Link>
              </p>
            </div>
            {settings && agency.kind !== 'merged' ? (
              <CitizenPortals
                agency={settings}
                headingId="dich-vu-cong"
                headingClassName="site-footer__heading"
                listClassName="site-footer__links"
              />
            ) : null}
            {settings?.relatedLinks?.length ? (
              <nav aria-labelledby="lien-ket">
                <h2 id="lien-ket" className="site-footer__heading">
                  Liên kết
                </h2>
                <ul className="site-footer__links">
                  {settings.relatedLinks.map((link) => (
                    <li key={link.id}>
                      <a href={safeUrl(link.url) ?? undefined} rel="noopener noreferrer">
                        {link.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
          </div>
        </footer>
      </ServerHtml>
    </>
  );
}
