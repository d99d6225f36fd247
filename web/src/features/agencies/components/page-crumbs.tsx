import type { SiteLanguage } from '@thads/content';
import { Link } from 'wouter';
import { Breadcrumb, type Crumb } from '../../../components/breadcrumb';
import { paths } from '../../../config/paths';

/** The breadcrumb of a page in its language: the Vietnamese one of the site, or its English twin (Home › …). */
export function PageCrumbs({ items, language }: { items: Crumb[]; language: SiteLanguage }) {
  if (language === 'vi') return <Breadcrumb items={items} />;
  const all: Crumb[] = [{ label: 'Home', href: paths.englishHome.build() }, ...items];
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <ol>
        {all.map((item, index) =>
          item.href && index < all.length - 1 ? (
            <li key={index}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ) : (
            <li key={index} aria-current="page">
              {item.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
