import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../scripts/lib/backup.mjs';
import { emptyDatabase, freshPublicDir, startCmsProcess, useDatabaseClient } from './helpers';

// Issue 19 §6: a database made by the portal before agencies (a backup taken by that release: fixtures/pre-agencies)
// upgrades in place when the current code starts on it.

const require = createRequire(import.meta.url);
const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'pre-agencies');
const REAL_SLUG = 'cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
type Row = Record<string, unknown>;

/** Rows read with the database's own driver, as the upgrade left them. */
async function query(env: NodeJS.ProcessEnv, sql: string): Promise<Row[]> {
  if (env.DATABASE_CLIENT === 'postgres') {
    const { Client } = require('pg') as typeof import('pg');
    const client = new Client({
      host: env.DATABASE_HOST,
      port: Number(env.DATABASE_PORT),
      user: env.DATABASE_USERNAME,
      password: env.DATABASE_PASSWORD,
      database: env.DATABASE_NAME,
    });
    await client.connect();
    try {
      return (await client.query(sql)).rows as Row[];
    } finally {
      await client.end();
    }
  }
  const Database = require('better-sqlite3') as typeof import('better-sqlite3');
  const db = new Database(String(env.DATABASE_FILENAME), { readonly: true });
  try {
    return db.prepare(sql).all() as Row[];
  } finally {
    db.close();
  }
}

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

describe.each(['sqlite', 'postgres'])('upgrading an installation from before agencies, on %s', (client) => {
  const { work } = useDatabaseClient(client, 'upgrade');

  it('keeps every address, gives the content to Vĩnh Phúc and its people to Phú Thọ, the settings to Vĩnh Phúc', async () => {
    const publicDir = freshPublicDir();
    const target = { ...(await emptyDatabase(client, work, 'upgraded')), PUBLIC_DIR: publicDir };
    const env = { ...process.env, ...target };
    await restoreBackup({ archive: path.join(FIXTURES, `pre-agencies-${client}.tar.gz`), env });
    const before = await query(env, 'select document_id, slug from articles order by id');
    expect(before.length).toBeGreaterThan(6);

    const cms = await startCmsProcess(target);
    try {
      // Content: Vĩnh Phúc's, slugs unchanged.
      const after = await query(env, 'select document_id, slug, agency from articles order by id');
      expect(after.map(({ document_id, slug }) => ({ document_id, slug }))).toEqual(before);
      expect(new Set(after.map((row) => row.agency))).toEqual(new Set(['vinhphuc']));
      for (const table of ['authors', 'campaign_themes'])
        expect(new Set((await query(env, `select agency from ${table}`)).map((row) => row.agency))).toEqual(
          new Set(['vinhphuc']),
        );

      // The old site settings are Vĩnh Phúc's header and footer; /api/site-setting is the home agency's.
      const agencies = await json<{ data: Array<{ code: string; phone: string | null; email: string | null }> }>(
        await fetch(`${cms.baseUrl}/api/agencies?filters[code][$eq]=vinhphuc`),
      );
      expect(agencies.data[0]).toMatchObject({ phone: '0211 3 000 000 (mẫu)', email: 'cuc@vinhphuc.example.gov.vn' });
      const settings = await json<{ data: { siteName: string } }>(await fetch(`${cms.baseUrl}/api/site-setting`));
      expect(settings.data.siteName).toBe('Cục Quản lý Thi hành án dân sự');

      // Root addresses published before now redirect under /vinhphuc.
      const moved = await json<{ data: { location: string } }>(
        await fetch(`${cms.baseUrl}/api/redirects?path=/tin-tuc/${REAL_SLUG}`),
      );
      expect(moved.data.location).toBe(`/vinhphuc/tin-tuc/${REAL_SLUG}`);

      // Feed items keep their ids, so feed readers do not show old items as new.
      const atom = await (await fetch(`${cms.baseUrl}/api/feeds/atom?agency=vinhphuc`)).text();
      const realId = after.find((row) => row.slug === REAL_SLUG)?.document_id;
      expect(atom).toContain(`<id>urn:thads-vinhphuc:article:${String(realId)}</id>`);

      // Admin accounts: the Super Admin the home agency's, the others Phú Thọ's (which absorbed Vĩnh Phúc).
      const memberships = await query(
        env,
        'select u.email, m.agency from admin_users u join admin_agencies m on m.admin_user_id = u.id order by u.email',
      );
      expect(memberships).toEqual([
        { email: 'bien-tap@vinhphuc.example.gov.vn', agency: 'phutho' },
        { email: 'quan-tri@vinhphuc.example.gov.vn', agency: 'trunguong' },
        { email: 'tac-gia@vinhphuc.example.gov.vn', agency: 'phutho' },
      ]);

      // The staff account is Phú Thọ's, and still reads the internal article (Vĩnh Phúc's, merged into Phú Thọ).
      expect(await query(env, `select agency from up_users`)).toEqual([{ agency: 'phutho' }]);
      const signIn = await json<{ jwt: string }>(
        await fetch(`${cms.baseUrl}/api/auth/local`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ identifier: 'can-bo@vinhphuc.example.gov.vn', password: 'CanBo-VinhPhuc-2026' }),
        }),
      );
      const internal = await json<{ data: Array<{ title: string }> }>(
        await fetch(`${cms.baseUrl}/api/articles?filters[audience][$eq]=staff`, {
          headers: { Authorization: `Bearer ${signIn.jwt}` },
        }),
      );
      expect(internal.data.map((article) => article.title)).toEqual(['Thông báo nội bộ của Cục trước hợp nhất']);

      // The image uploaded at the Media Library's root is now in Vĩnh Phúc's folder; the one uploaded through the API
      // stays in Strapi's "API Uploads" folder (Super Admins').
      const [library] = await query(env, `select folder_path from files where name = 'anh-thu-vien.png'`);
      const [api] = await query(env, `select folder_path from files where name = 'tru-so-cu.png'`);
      const [folder] = await query(
        env,
        `select path from upload_folders where name = 'Cục Thi hành án dân sự tỉnh Vĩnh Phúc'`,
      );
      expect(library?.folder_path).toBe(folder?.path);
      expect(api?.folder_path).not.toBe(folder?.path);
      expect(await query(env, `select id from files where folder_path = '/'`)).toEqual([]);

      // The same slug may now exist in another agency: a new "Giới thiệu" of Phú Thọ keeps its own.
      expect((await query(env, `select slug from articles where slug = 'gioi-thieu'`)).length).toBeGreaterThan(0);
    } finally {
      await cms.stop();
      rmSync(publicDir, { recursive: true, force: true });
    }
  }, 240_000);
});
