import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { env } from '../../config/env';
import { paths } from '../../config/paths';

export function SiteLayout({ children }: { children: ReactNode }) {
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
              <span className="site-brand__kicker">Cổng thông tin điện tử</span>
              <span className="site-brand__name">{env.siteName}</span>
            </span>
          </Link>
        </div>
        <nav className="site-nav" aria-label="Điều hướng chính">
          <ul className="container site-nav__list">
            <li>
              <Link href={paths.home.build()}>Trang chủ</Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="noi-dung" className="container site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p className="site-footer__name">{env.siteName}</p>
          <p>© {new Date().getFullYear()} {env.siteName}. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p>
        </div>
      </footer>
    </>
  );
}
