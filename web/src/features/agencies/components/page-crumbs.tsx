import type { SiteLanguage } from '@thads/content';
import { Breadcrumb, type Crumb } from '../../../components/breadcrumb';
import { paths } from '../../../config/paths';

/** The breadcrumb of a page in its language: the site's, or its English twin (Home › …). */
export function PageCrumbs({ items, language }: { items: Crumb[]; language: SiteLanguage }) {
  return language === 'vi' ? (
    <Breadcrumb items={items} />
  ) : (
    <Breadcrumb items={items} home={{ label: 'Home', href: paths.englishHome.build() }} label="Breadcrumb" />
  );
}
