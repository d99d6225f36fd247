import type { Core } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequest, signedInAdmin } from './support/admin';
import { startSeededCms, type TestCms } from './support/strapi';

// Issue 21 §1 (the CMS's part): an agency's introduction, leadership and units in Vietnamese (default) and English
// with Strapi's i18n; fields the same in both languages entered once; a unit published only with its English name;
// one introduction per agency; the portals citizens are pointed to; the seed of the central department and Phú Thọ;
// units of an installation of today becoming Vietnamese documents when the type is translated.

const UNIT = 'api::unit.unit';
const UNITS = `/content-manager/collection-types/${UNIT}`;
const PROFILES = '/content-manager/collection-types/api::agency-profile.agency-profile';

type Row = Record<string, unknown>;
type Listing = { data: Row[] };

let cms: TestCms;
let strapi: Core.Strapi;
const tokens: Record<string, string> = {};

const api = async (path: string): Promise<Listing> => {
  const response = await fetch(`${cms.baseUrl}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as Listing;
};
const admin = (who: string, method: string, path: string, body?: unknown) =>
  adminRequest(cms, tokens[who]!, method, path, body);

beforeAll(async () => {
  process.env.RATE_LIMIT_ENABLED = 'false';
  cms = await startSeededCms(0);
  strapi = cms.strapi;
  tokens.editorPT = await signedInAdmin(cms, 'strapi-editor', 'bien-tap@phutho.example.gov.vn', { agency: 'phutho' });
  tokens.authorPT = await signedInAdmin(cms, 'strapi-author', 'tac-gia@phutho.example.gov.vn', { agency: 'phutho' });
});
afterAll(async () => {
  await cms?.stop();
  delete process.env.RATE_LIMIT_ENABLED;
});

describe('languages', () => {
  it('are Vietnamese, the default, and English', async () => {
    const locales = strapi.plugin('i18n').service('locales') as {
      find(): Promise<Array<{ code: string }>>;
      getDefaultLocale(): Promise<string>;
    };
    expect(await locales.getDefaultLocale()).toBe('vi');
    expect((await locales.find()).map((locale) => locale.code).sort()).toEqual(['en', 'vi']);
  });
});

describe('the seeded pages of the central department and Phú Thọ', () => {
  it("give Phú Thọ's units in both languages, with contacts entered once and samples marked", async () => {
    const vi = (await api('/api/units?agency=phutho&sort=order:asc')).data;
    const en = (await api('/api/units?agency=phutho&sort=order:asc&locale=en')).data;
    expect(vi.map((unit) => unit.name)).toEqual([
      'Thi hành án dân sự tỉnh Phú Thọ – Trụ sở chính',
      'Phòng Thi hành án dân sự khu vực 1 – Phú Thọ',
      'Phòng Thi hành án dân sự khu vực 2 – Phú Thọ',
      'Phòng Thi hành án dân sự khu vực 3 – Phú Thọ',
    ]);
    expect(en.map((unit) => unit.name)).toEqual([
      'Civil Judgment Enforcement Agency of Phú Thọ Province – Head office',
      'Regional Civil Judgment Enforcement Office No. 1 – Phú Thọ',
      'Regional Civil Judgment Enforcement Office No. 2 – Phú Thọ',
      'Regional Civil Judgment Enforcement Office No. 3 – Phú Thọ',
    ]);
    expect(en.map((unit) => unit.locale)).toEqual(['en', 'en', 'en', 'en']);
    for (const [index, unit] of vi.entries()) {
      expect(unit.isSample).toBe(true);
      expect(en[index]).toMatchObject({
        documentId: unit.documentId,
        phone: unit.phone,
        email: unit.email,
        address: unit.address,
        communes: unit.communes,
        mapUrl: unit.mapUrl,
      });
      expect(String(unit.mapUrl)).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
    }
    expect(String(vi[1]!.communes).split('\n')).toContain('Phường Việt Trì');
  });

  it("never gives Phú Thọ's head office an address of an agency merged into it", async () => {
    const [headOffice] = (await api('/api/units?agency=phutho&filters[kind][$eq]=head-office')).data;
    const merged = (await api('/api/agencies?filters[successor][code][$eq]=phutho&fields[0]=address')).data;
    expect(merged.length).toBe(2);
    const vinhphuc = (await api('/api/agencies?filters[code][$eq]=vinhphuc')).data[0]!;
    expect(vinhphuc.address).toBe('Thành phố Vĩnh Yên, tỉnh Vĩnh Phúc');
    expect(headOffice!.address).not.toBe(vinhphuc.address);
    expect(String(headOffice!.address)).not.toMatch(/Vĩnh Yên|Vĩnh Phúc|Hòa Bình/);
  });

  it('give each introduction once, the English with what is translated (history of Phú Thọ not yet)', async () => {
    const vi = (await api('/api/agency-profiles?agency=phutho')).data;
    const en = (await api('/api/agency-profiles?agency=phutho&locale=en')).data;
    expect(vi).toHaveLength(1);
    expect(en).toHaveLength(1);
    expect(String(vi[0]!.summary)).toMatch(/^Thi hành án dân sự tỉnh Phú Thọ/);
    expect(String(en[0]!.summary)).toMatch(/^The Civil Judgment Enforcement Agency of Phú Thọ/);
    expect(vi[0]!.history).not.toBeNull();
    expect(en[0]!.history).toBeNull();
    const central = (await api('/api/agency-profiles?agency=trunguong&locale=en')).data;
    expect(central[0]!.history).not.toBeNull();
  });

  it("give the leadership in the agency's order, positions in each language", async () => {
    const en = (await api('/api/leaders?agency=trunguong&locale=en&sort=order:asc')).data;
    expect(en.map((leader) => leader.position)).toEqual(['Director General', 'Deputy Director General']);
    expect(en.every((leader) => String(leader.name).includes('mẫu') && leader.isSample === true)).toBe(true);
  });

  it('give agencies their English name and the portals for citizens, never their mail settings', async () => {
    const [phutho] = (await api('/api/agencies?filters[code][$eq]=phutho')).data;
    expect(phutho).toMatchObject({
      englishName: 'Civil Judgment Enforcement Agency of Phú Thọ Province',
      nationalServicePortal: 'https://dichvucong.gov.vn',
      provinceServicePortal: 'https://dichvucong.phutho.gov.vn',
      feedbackPortal: expect.stringMatching(/^https:\/\/dichvucong\.gov\.vn\//),
    });
    expect(phutho).not.toHaveProperty('mailSenderName');
    expect(phutho).not.toHaveProperty('mailReplyTo');
    const [hanoi] = (await api('/api/agencies?filters[code][$eq]=hanoi')).data;
    expect(hanoi).toMatchObject({ nationalServicePortal: 'https://dichvucong.gov.vn', provinceServicePortal: null });
  });
});

describe('a unit', () => {
  let documentId = '';

  it('is refused publication without its English name, saying why', async () => {
    const created = await admin('editorPT', 'POST', `${UNITS}?locale=vi`, {
      name: 'Phòng Thi hành án dân sự khu vực 9 – Phú Thọ',
      kind: 'regional',
      order: 9,
      phone: '0210 111 2222',
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { data: { documentId: string; agency: string } };
    documentId = body.data.documentId;
    expect(body.data.agency).toBe('phutho');
    const refused = await admin('editorPT', 'POST', `${UNITS}/${documentId}/actions/publish?locale=vi`, {});
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /bản tiếng Anh \(English\) chưa có tên đơn vị/,
    );
    // Nothing was published.
    expect((await api(`/api/units?filters[documentId][$eq]=${documentId}`)).data).toEqual([]);
    // Nor by a script: the rule is the Document Service's.
    await expect(strapi.documents(UNIT).publish({ documentId })).rejects.toThrow(/tiếng Anh/);
  });

  it('has the fields the same in both languages entered once, and is published once it has its English name', async () => {
    const english = await admin('editorPT', 'PUT', `${UNITS}/${documentId}?locale=en`, {
      name: 'Regional Civil Judgment Enforcement Office No. 9 – Phú Thọ',
      hours: 'Monday – Friday',
    });
    expect(english.status).toBe(200);
    expect(((await english.json()) as { data: Row }).data).toMatchObject({ phone: '0210 111 2222', order: 9 });
    // Entered in Vietnamese: the English version has it too.
    expect(
      (await admin('editorPT', 'PUT', `${UNITS}/${documentId}?locale=vi`, { phone: '0210 333 4444' })).status,
    ).toBe(200);
    const published = await admin('editorPT', 'POST', `${UNITS}/${documentId}/actions/publish?locale=vi`, {});
    expect(published.status).toBe(200);
    expect((await admin('editorPT', 'POST', `${UNITS}/${documentId}/actions/publish?locale=en`, {})).status).toBe(200);
    const [en] = (await api(`/api/units?filters[documentId][$eq]=${documentId}&locale=en`)).data;
    expect(en).toMatchObject({
      name: 'Regional Civil Judgment Enforcement Office No. 9 – Phú Thọ',
      phone: '0210 333 4444',
    });
  });

  it("stays its agency's: a Phú Thọ Editor edits neither language of Hà Nội's units, an Author none", async () => {
    const hanoi = await strapi.documents(UNIT).create({
      data: { name: 'Phòng THADS khu vực 1 – Hà Nội', kind: 'regional', order: 1, agency: 'hanoi' } as never,
    });
    for (const locale of ['vi', 'en'])
      expect(
        (await admin('editorPT', 'PUT', `${UNITS}/${hanoi.documentId}?locale=${locale}`, { name: 'Sửa' })).status,
      ).toBe(403);
    expect((await admin('authorPT', 'PUT', `${UNITS}/${documentId}?locale=en`, { hours: 'x' })).status).toBe(403);
  });
});

describe('an introduction', () => {
  it('is one per agency: a second one is refused, with where the first is', async () => {
    const second = await admin('editorPT', 'POST', `${PROFILES}?locale=vi`, { summary: 'Một trang giới thiệu nữa' });
    expect(second.status).toBe(400);
    expect(((await second.json()) as { error: { message: string } }).error.message).toMatch(
      /Thi hành án dân sự tỉnh Phú Thọ đã có trang giới thiệu/,
    );
  });
});

describe('an installation of today, whose units were written before they were translated', () => {
  it('keeps them as Vietnamese documents, and its editors work in both languages', async () => {
    const knex = strapi.db.connection;
    const table = strapi.db.metadata.get(UNIT).tableName;
    // As such a database is: English is Strapi's default, and units have no language.
    await knex(table).update({ locale: null });
    await strapi.store.set({ type: 'plugin', name: 'i18n', key: 'default_locale', value: 'en' });
    await knex(strapi.db.metadata.get('plugin::i18n.locale').tableName).where({ code: 'vi' }).delete();
    const contentTypes = strapi.contentTypes as unknown as Record<string, { pluginOptions?: unknown }>;
    const before = { ...contentTypes, [UNIT]: { ...contentTypes[UNIT], pluginOptions: {} } };
    // What Strapi does at start around its schema sync, with the stored schema of before.
    await strapi.hook('strapi::content-types.beforeSync').call({ oldContentTypes: before, contentTypes });
    await strapi.hook('strapi::content-types.afterSync').call({ oldContentTypes: before, contentTypes });
    const locales = (await knex(table).distinct('locale')) as Array<{ locale: string | null }>;
    expect(locales.map((row) => row.locale)).toEqual(['vi']);
    const { enforceEditorialRoles } = cms.appModule<typeof import('../src/bootstrap/editorial-roles')>(
      'src/bootstrap/editorial-roles.js',
    );
    await enforceEditorialRoles(strapi);
    const editor = (await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } })) as {
      id: number;
    };
    const permissions = (await strapi.db.query('admin::permission').findMany({
      where: { role: editor.id, subject: UNIT },
    })) as Array<{ action: string; properties: { locales?: string[] } }>;
    expect(permissions.length).toBeGreaterThanOrEqual(5);
    for (const permission of permissions)
      expect(permission.properties.locales?.sort(), permission.action).toEqual(['en', 'vi']);
  });
});
