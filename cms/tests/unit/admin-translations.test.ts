import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE_ONLY_KEYS, EDITOR_SCREEN_KEYS, VI } from '../../src/admin/translations/vi';

const fromCms = createRequire(import.meta.url);
const fromStrapi = createRequire(fromCms.resolve('@strapi/strapi/package.json'));

/** One package's translations for `locale`, keyed as the admin registers them (plugins' keys carry their id). */
function strapiTranslations(locale: string): Record<string, string> {
  const sources: Array<[string, string, string]> = [
    [fromStrapi.resolve('@strapi/admin/package.json'), 'dist/admin/admin/src/translations', ''],
    [fromStrapi.resolve('@strapi/content-manager/package.json'), 'dist/admin/translations', 'content-manager.'],
    [fromStrapi.resolve('@strapi/upload/package.json'), 'dist/admin/translations', 'upload.'],
    [fromCms.resolve('@strapi/plugin-users-permissions/package.json'), 'dist/admin/translations', 'users-permissions.'],
  ];
  const all: Record<string, string> = {};
  for (const [manifest, folder, prefix] of sources) {
    const root = path.dirname(manifest);
    let loaded: { default?: Record<string, string> } & Record<string, unknown> = {};
    try {
      loaded = createRequire(root + '/')(`./${folder}/${locale}.json.js`) as typeof loaded;
    } catch {
      // Some packages ship no file for a locale: then it has no translations.
    }
    for (const [key, value] of Object.entries(loaded.default ?? loaded))
      if (typeof value === 'string') all[`${prefix}${key}`] = value;
  }
  return all;
}

describe('the admin in Vietnamese', () => {
  const english = strapiTranslations('en');
  const vietnamese = { ...strapiTranslations('vi'), ...VI };

  it('has a Vietnamese text for every key of the screens editors use', () => {
    expect(EDITOR_SCREEN_KEYS.filter((key) => !vietnamese[key] || vietnamese[key] === english[key])).toEqual([]);
  });

  it('translates only keys Strapi has (a misspelt key would silently leave the English)', () => {
    expect(Object.keys(english).length).toBeGreaterThan(500);
    expect(
      Object.keys(VI).filter(
        (key) => !key.startsWith('thads.') && !(key in english) && !DEFAULT_MESSAGE_ONLY_KEYS[key],
      ),
    ).toEqual([]);
  });

  it('translates ids that Strapi uses with only an English default, where its code still uses them', () => {
    const unused = Object.entries(DEFAULT_MESSAGE_ONLY_KEYS).filter(([key, file]) => {
      const [scope = '', name = '', ...rest] = file.split('/');
      const code = readFileSync(
        path.join(path.dirname(fromStrapi.resolve(`${scope}/${name}/package.json`)), ...rest),
        'utf8',
      );
      // Plugins add their prefix at run time (getTranslation, getTrad).
      return !code.includes(key) && !code.includes(key.replace(/^(content-manager|upload)\./, ''));
    });
    expect(unused).toEqual([]);
  });
});
