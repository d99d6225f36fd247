import type { Core } from '@strapi/strapi';

/** The portal's languages: Vietnamese first (the default: what a document is written in), and English. */
export const DEFAULT_LOCALE = 'vi';
export const ENGLISH = 'en';
export const LOCALES = [
  { code: DEFAULT_LOCALE, name: 'Tiếng Việt (vi)' },
  { code: ENGLISH, name: 'English (en)' },
] as const;
export const LOCALE_CODES: readonly string[] = LOCALES.map((locale) => locale.code);

const LOCALE_UID = 'plugin::i18n.locale';
const DEFAULT_KEY = { type: 'plugin', name: 'i18n', key: 'default_locale' } as const;

type LocalesService = {
  findByCode(code: string): Promise<unknown>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string | null>;
  setDefaultLocale(locale: { code: string }): Promise<unknown>;
};

/** Whether a content type is translated (Strapi's i18n, enabled per type in its schema). */
export const isLocalized = (strapi: Core.Strapi, uid: string): boolean =>
  (strapi.getModel(uid as never) as { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined)?.pluginOptions
    ?.i18n?.localized === true;

/**
 * Vietnamese is the default language before Strapi's schema sync runs. When a type becomes translated, Strapi gives
 * its existing rows the default locale right after the sync, and Strapi's own default on a database made before is
 * English: the units of an installation of today would become English documents. So the default is made `vi` first
 * (its locale row included), whenever the database already has Strapi's tables.
 */
export function defaultToVietnameseBeforeSync(strapi: Core.Strapi): void {
  strapi.hook('strapi::content-types.beforeSync').register(async () => {
    const schema = strapi.db.getSchemaConnection();
    const localeTable = strapi.db.metadata.get(LOCALE_UID).tableName;
    if (!(await schema.hasTable(localeTable)) || !(await schema.hasTable('strapi_core_store_settings'))) return;
    if ((await strapi.store.get(DEFAULT_KEY)) === DEFAULT_LOCALE) return;
    if (!(await strapi.db.query(LOCALE_UID).findOne({ where: { code: DEFAULT_LOCALE } })))
      await strapi.db.query(LOCALE_UID).create({ data: LOCALES[0] });
    await strapi.store.set({ ...DEFAULT_KEY, value: DEFAULT_LOCALE });
  });
}

/** Both locales exist and Vietnamese is the default (a fresh database starts with Strapi's English only). */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales') as LocalesService;
  for (const locale of LOCALES) if (!(await locales.findByCode(locale.code))) await locales.create({ ...locale });
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}
