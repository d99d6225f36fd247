import type { StrapiApp } from '@strapi/strapi/admin';

type Settings = { data?: { siteName?: string } };

/**
 * The admin's translations are merged before its first render, plugins' ones included (`registerTrads`, awaited): a
 * small plugin of the project's own reads the home agency's name from the public `/api/site-setting` there, so the
 * sign-in page, shown before anyone is known, names the agency whose portal this is (whatever the installation's
 * `SITE_HOME_AGENCY`), never a name fixed at build time.
 */
export function registerHomeAgencyName(app: StrapiApp): void {
  app.registerPlugin({
    id: 'thads-home-agency',
    name: 'thads-home-agency',
    async registerTrads({ locales }: { locales: string[] }) {
      const backend = (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';
      const name = await fetch(`${backend}/api/site-setting`, { headers: { Accept: 'application/json' } })
        .then((response) => (response.ok ? (response.json() as Promise<Settings>) : null))
        .then((settings) => settings?.data?.siteName ?? null)
        .catch(() => null);
      const title = name ? `Cổng thông tin ${name}` : 'Cổng thông tin thi hành án dân sự';
      return locales.map((locale) => ({ locale, data: { 'Auth.form.welcome.title': title } }));
    },
  } as never);
}
