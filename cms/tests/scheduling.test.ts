import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startOnFreePort, startService, type Service } from '../../scripts/lib/shell.mjs';
import { STRAPI_BIN } from '../../scripts/lib/cms-process.mjs';
import { imageWithoutAlt } from './support/documents';
import { adminRequest, signedInAdmin } from './support/admin';
import { setTestClock } from './support/api';
import { APP_DIR, startCms, type TestCms } from './support/strapi';

// Scheduled publishing with the test clock: nothing sleeps; the clock is moved and the scheduler run at once.
process.env.SCHEDULER_TEST_CLOCK = 'true';
// The in-process scheduler runs only when a test asks (through the clock route), never on a timer.
process.env.SCHEDULER_INTERVAL_MS = '0';
const onPostgres = process.env.DATABASE_CLIENT === 'postgres';

const ARTICLES = '/content-manager/collection-types/api::article.article';
const HOUR = 3_600_000;
let cms: TestCms;
let editor = '';
let author = '';
type Row = { publishAt: string | null; unpublishAt: string | null; scheduleError: string | null; date: string | null };

async function createDraft(token: string, title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await adminRequest(cms, token, 'POST', ARTICLES, { title, lead: `Tóm tắt ${title}`, ...extra });
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: { documentId: string } }).data.documentId;
}

const saveDraft = (token: string, documentId: string, data: Record<string, unknown>) =>
  adminRequest(cms, token, 'PUT', `${ARTICLES}/${documentId}`, data);

const draftRow = async (documentId: string) =>
  (await cms.strapi.db
    .query('api::article.article')
    .findOne({ where: { documentId, publishedAt: null } })) as unknown as Row;

const publicArticle = async (documentId: string) =>
  (
    (await (await fetch(`${cms.baseUrl}/api/articles?filters[documentId][$eq]=${documentId}`)).json()) as {
      data: Array<Record<string, unknown>>;
    }
  ).data;

const search = async (word: string) =>
  ((await (await fetch(`${cms.baseUrl}/api/search?q=${encodeURIComponent(word)}`)).json()) as { data: unknown[] }).data;

beforeAll(async () => {
  cms = await startCms();
  editor = await signedInAdmin(cms, 'strapi-editor', 'bien-tap-lich@thads.example.gov.vn');
  author = await signedInAdmin(cms, 'strapi-author', 'tac-gia-lich@thads.example.gov.vn');
});
afterAll(async () => {
  await cms?.stop();
});

describe('scheduled publishing', () => {
  it('refuses a schedule from an Author, who may not publish, even if given the fields by hand', async () => {
    const documentId = await createDraft(author, 'Bài tác giả muốn tự hẹn giờ');
    const attempt = () =>
      saveDraft(author, documentId, {
        title: 'Bài tác giả muốn tự hẹn giờ',
        publishAt: new Date(Date.now() + HOUR).toISOString(),
      });
    // The fields are not the Author's to write: the admin leaves them out of their form, and a save sending one anyway
    // is refused with the reason (it used to answer 200 and drop the schedule without a word).
    const first = await attempt();
    expect(first.status).toBe(403);
    expect(((await first.json()) as { error: { message: string } }).error.message).toMatch(/Tác giả không hẹn giờ/);
    expect((await draftRow(documentId)).publishAt).toBeNull();

    // An administrator hands them the fields anyway: the Document Service still refuses the schedule.
    const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } })) as {
      id: number;
    };
    const permissions = (await cms.strapi.db.query('admin::permission').findMany({
      where: { role: role.id, action: 'plugin::content-manager.explorer.update', subject: 'api::article.article' },
    })) as Array<{ id: number; properties: { fields: string[] } }>;
    for (const permission of permissions)
      await cms.strapi.db.query('admin::permission').update({
        where: { id: permission.id },
        data: { properties: { ...permission.properties, fields: [...permission.properties.fields, 'publishAt'] } },
      });
    const refused = await attempt();
    expect(refused.status).toBe(403);
    expect((await draftRow(documentId)).publishAt).toBeNull();

    // The rule is the Document Service's: any admin request without publish permission is refused, whatever route.
    const asAuthor = { state: { auth: { strategy: { name: 'admin' } }, userAbility: { can: () => false } } };
    await expect(
      cms.strapi.requestContext.run(asAuthor as never, async () => {
        await cms.strapi
          .documents('api::article.article')
          .update({ documentId, data: { publishAt: new Date(Date.now() + HOUR).toISOString() } });
      }),
    ).rejects.toThrow(/lên lịch/);
  });

  it('publishes at the time with every effect of a click: public API, search, cache, webhook event, date', async () => {
    const start = Date.now() + 24 * HOUR;
    await setTestClock(cms.baseUrl, start);
    const documentId = await createDraft(editor, 'Thông báo lịch tiếp công dân tháng chạp');
    expect((await draftRow(documentId)).date).toBeNull();
    const at = start + 2 * HOUR;
    const saved = await saveDraft(editor, documentId, {
      title: 'Thông báo lịch tiếp công dân tháng chạp',
      publishAt: new Date(at).toISOString(),
    });
    expect(saved.status).toBe(200);
    expect(new Date((await draftRow(documentId)).publishAt!).getTime()).toBe(at);

    // The public list is cached meanwhile: the publication must empty it.
    await fetch(`${cms.baseUrl}/api/articles?filters[documentId][$eq]=${documentId}`);
    expect(await publicArticle(documentId)).toEqual([]);
    const events: string[] = [];
    const listener = async (event: { uid?: string; entry?: { documentId?: string } }) => {
      if (event.entry?.documentId === documentId) events.push('publish');
    };
    cms.strapi.eventHub.on('entry.publish', listener);

    expect((await setTestClock(cms.baseUrl, at - 60_000)).published).toEqual([]);
    expect(await publicArticle(documentId)).toEqual([]);
    const tick = await setTestClock(cms.baseUrl, at + 1000);
    expect(tick).toMatchObject({ published: [documentId], failed: [], skipped: false });
    // The event may be dispatched just after the tick answers (seen once on a loaded PostgreSQL run): wait for it.
    await vi.waitFor(() => expect(events).toEqual(['publish']));
    cms.strapi.eventHub.off('entry.publish', listener);

    const [published] = await publicArticle(documentId);
    expect(published).toMatchObject({ title: 'Thông báo lịch tiếp công dân tháng chạp' });
    // Dated by the moment of its first publication (the test clock's), and the schedule stays private.
    expect(new Date(published!.date as string).getTime()).toBeGreaterThanOrEqual(at + 1000);
    expect(new Date(published!.date as string).getTime()).toBeLessThan(at + 60_000);
    expect(Object.keys(published!)).not.toContain('publishAt');
    expect(JSON.stringify(published)).not.toMatch(/publishAt|unpublishAt|scheduleError/);
    expect(await search('tiếp công dân tháng chạp')).toHaveLength(1);
    // Done once: the schedule is cleared and the next run does nothing.
    expect((await draftRow(documentId)).publishAt).toBeNull();
    expect((await setTestClock(cms.baseUrl, at + 120_000)).published).toEqual([]);
  });

  it('unpublishes at the time, out of the API, search and caches', async () => {
    const start = Date.now() + 48 * HOUR;
    await setTestClock(cms.baseUrl, start);
    const documentId = await createDraft(editor, 'Thông cáo báo chí sẽ gỡ xuống');
    expect((await adminRequest(cms, editor, 'POST', `${ARTICLES}/${documentId}/actions/publish`, {})).status).toBe(200);
    const at = start + HOUR;
    expect(
      (
        await saveDraft(editor, documentId, {
          title: 'Thông cáo báo chí sẽ gỡ xuống',
          unpublishAt: new Date(at).toISOString(),
        })
      ).status,
    ).toBe(200);
    expect(await publicArticle(documentId)).toHaveLength(1);
    expect(await search('thông cáo sẽ gỡ xuống')).toHaveLength(1);
    const events: string[] = [];
    const listener = async (event: { entry?: { documentId?: string } }) => {
      if (event.entry?.documentId === documentId) events.push('unpublish');
    };
    cms.strapi.eventHub.on('entry.unpublish', listener);
    const tick = await setTestClock(cms.baseUrl, at);
    cms.strapi.eventHub.off('entry.unpublish', listener);
    expect(tick.unpublished).toEqual([documentId]);
    expect(events).toEqual(['unpublish']);
    expect(await publicArticle(documentId)).toEqual([]);
    expect(await search('thông cáo sẽ gỡ xuống')).toEqual([]);
  });

  it('re-schedules and cancels', async () => {
    const start = Date.now() + 72 * HOUR;
    await setTestClock(cms.baseUrl, start);
    const moved = await createDraft(editor, 'Bài dời giờ đăng');
    const cancelled = await createDraft(editor, 'Bài huỷ hẹn giờ');
    const first = new Date(start + HOUR).toISOString();
    for (const [documentId, title] of [
      [moved, 'Bài dời giờ đăng'],
      [cancelled, 'Bài huỷ hẹn giờ'],
    ] as const)
      expect((await saveDraft(editor, documentId, { title, publishAt: first })).status).toBe(200);
    expect(
      (
        await saveDraft(editor, moved, {
          title: 'Bài dời giờ đăng',
          publishAt: new Date(start + 3 * HOUR).toISOString(),
        })
      ).status,
    ).toBe(200);
    expect((await saveDraft(editor, cancelled, { title: 'Bài huỷ hẹn giờ', publishAt: null })).status).toBe(200);
    expect((await setTestClock(cms.baseUrl, start + 2 * HOUR)).published).toEqual([]);
    expect((await setTestClock(cms.baseUrl, start + 4 * HOUR)).published).toEqual([moved]);
    expect(await publicArticle(cancelled)).toEqual([]);
  });

  it('records in the audit trail who scheduled, moved and cancelled what, with the times, and names the scheduler on the publication', async () => {
    const start = Date.now() + 96 * HOUR;
    await setTestClock(cms.baseUrl, start);
    const title = 'Bài hẹn giờ có ghi nhật ký';
    const documentId = await createDraft(editor, title);
    const first = start + HOUR;
    const second = start + 2 * HOUR;
    expect((await saveDraft(editor, documentId, { title, publishAt: new Date(first).toISOString() })).status).toBe(200);
    expect((await saveDraft(editor, documentId, { title, publishAt: new Date(second).toISOString() })).status).toBe(
      200,
    );
    expect((await saveDraft(editor, documentId, { title, publishAt: null })).status).toBe(200);
    expect((await saveDraft(editor, documentId, { title, publishAt: new Date(second).toISOString() })).status).toBe(
      200,
    );
    expect((await setTestClock(cms.baseUrl, second + 1000)).published).toEqual([documentId]);

    type Entry = {
      id: number;
      action: string;
      userName: string;
      agency: string | null;
      details: Record<string, unknown>;
      createdAt: string;
    };
    const entries = async () =>
      (
        (await cms.strapi.db
          .query('api::audit-entry.audit-entry')
          .findMany({ where: { targetDocumentId: documentId }, orderBy: { id: 'asc' } })) as Entry[]
      ).filter((entry) => entry.action !== 'create' && entry.action !== 'update');
    await expect
      .poll(async () => (await entries()).map((entry) => entry.action))
      .toEqual(['schedule.set', 'schedule.change', 'schedule.cancel', 'schedule.set', 'publish']);
    const [set, change, cancel, , publish] = await entries();
    const editorName = 'bien-tap-lich Kiểm thử';
    expect(set).toMatchObject({ userName: editorName, details: { title, publishAt: new Date(first).toISOString() } });
    expect(change!.details).toMatchObject({
      publishAt: new Date(second).toISOString(),
      previousPublishAt: new Date(first).toISOString(),
    });
    expect(cancel).toMatchObject({ userName: editorName, details: { publishAt: null } });
    expect(cancel!.details.previousPublishAt).toBe(new Date(second).toISOString());
    // The system publishes, and says on whose schedule.
    expect(publish).toMatchObject({
      userName: 'Hệ thống (system)',
      details: { title, scheduledBy: editorName, scheduledFor: new Date(second).toISOString() },
    });

    // The CSV says it in the screen's words and times, the codes after them.
    const csv = await adminRequest(cms, editor, 'GET', '/thads-history/audit.csv?action=schedule', undefined);
    const rows = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(rows[0]).toBe(
      'Thời điểm (giờ Việt Nam),Hành động,Người thực hiện,Cơ quan (agency),Loại nội dung,Đối tượng,Chi tiết,Mã hành động (action),' +
        'Mã người dùng (user_id),Mã loại (type),Mã tài liệu (document_id),Thời điểm UTC (time_utc)',
    );
    const cancelRow = rows.find((row) => row.includes(',Huỷ hẹn giờ,') && row.includes(documentId));
    expect(cancelRow).toBeDefined();
    const vietnam = new Date(new Date(cancel!.createdAt).getTime() + 7 * HOUR).toISOString();
    const screenTime = `${vietnam.slice(8, 10)}/${vietnam.slice(5, 7)}/${vietnam.slice(0, 4)} ${vietnam.slice(11, 19)}`;
    const secondTime = new Date(second + 7 * HOUR).toISOString();
    expect(cancelRow).toBe(
      [
        screenTime,
        'Huỷ hẹn giờ',
        editorName,
        cancel!.agency ?? '',
        'Bài viết',
        title,
        `Giờ xuất bản hẹn trước đó: ${secondTime.slice(8, 10)}/${secondTime.slice(5, 7)}/${secondTime.slice(0, 4)} ${secondTime.slice(11, 16)}`,
        'schedule.cancel',
        String(
          (await cms.strapi.db
            .query('admin::user')
            .findOne({ where: { email: 'bien-tap-lich@thads.example.gov.vn' } }))!.id,
        ),
        'api::article.article',
        documentId,
        new Date(cancel!.createdAt).toISOString(),
      ].join(','),
    );
  });

  it('forgets the schedule of an article published by hand before its time', async () => {
    const start = Date.now() + 84 * HOUR;
    await setTestClock(cms.baseUrl, start);
    const documentId = await createDraft(editor, 'Bài đăng sớm bằng tay');
    const at = new Date(start + HOUR).toISOString();
    expect((await saveDraft(editor, documentId, { title: 'Bài đăng sớm bằng tay', publishAt: at })).status).toBe(200);
    expect((await adminRequest(cms, editor, 'POST', `${ARTICLES}/${documentId}/actions/publish`, {})).status).toBe(200);
    expect((await draftRow(documentId)).publishAt).toBeNull();
    // Later edits stay a draft at the old time.
    expect((await saveDraft(editor, documentId, { title: 'Bài đăng sớm bằng tay (sửa sau)' })).status).toBe(200);
    expect((await setTestClock(cms.baseUrl, start + 2 * HOUR)).published).toEqual([]);
    expect((await publicArticle(documentId))[0]).toMatchObject({ title: 'Bài đăng sớm bằng tay' });
  });

  it('publishes a scheduled campaign theme too', async () => {
    const start = Date.now() + 90 * HOUR;
    await setTestClock(cms.baseUrl, start);
    const theme = await cms.strapi.documents('api::campaign-theme.campaign-theme').create({
      data: { name: 'Phong trào thi đua hẹn giờ', publishAt: new Date(start + HOUR).toISOString() } as never,
    });
    expect((await setTestClock(cms.baseUrl, start + HOUR)).published).toEqual([theme.documentId]);
    const list = (await (
      await fetch(`${cms.baseUrl}/api/campaign-themes?filters[documentId][$eq]=${theme.documentId}`)
    ).json()) as { data: Array<Record<string, unknown>> };
    expect(list.data).toHaveLength(1);
    expect(JSON.stringify(list.data)).not.toMatch(/publishAt|scheduleError/);
  });

  it('refuses what publishing would refuse, and an unpublish time before the publish time', async () => {
    const at = new Date(Date.now() + 96 * HOUR).toISOString();
    // A draft may lack its title; a publication may not.
    const untitled = await createDraft(editor, 'Tạm', {});
    await cms.strapi.db
      .query('api::article.article')
      .updateMany({ where: { documentId: untitled }, data: { title: null } });
    const refused = await saveDraft(editor, untitled, { publishAt: at });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('không lên lịch được');
    expect((await draftRow(untitled)).publishAt).toBeNull();

    // Nor is an article whose cover has no alternative text, which publishing refuses (the image is named).
    const cover = await imageWithoutAlt(cms, 'anh-bia-hen-gio.jpg');
    const withoutAlt = await createDraft(editor, 'Bài có ảnh bìa chưa có mô tả', { cover: cover.id });
    const refusedImage = await saveDraft(editor, withoutAlt, { publishAt: at });
    expect(refusedImage.status).toBe(400);
    const { message } = ((await refusedImage.json()) as { error: { message: string } }).error;
    expect(message).toContain('không lên lịch được');
    expect(message).toContain('anh-bia-hen-gio.jpg');
    expect((await draftRow(withoutAlt)).publishAt).toBeNull();

    const reversed = await createDraft(editor, 'Bài gỡ trước khi đăng');
    const response = await saveDraft(editor, reversed, {
      title: 'Bài gỡ trước khi đăng',
      publishAt: at,
      unpublishAt: new Date(Date.parse(at) - HOUR).toISOString(),
    });
    expect(response.status).toBe(400);
  });

  it('shows a failed scheduled publication in the list, with the reason, and announces it', async () => {
    const start = Date.now() + 120 * HOUR;
    await setTestClock(cms.baseUrl, start);
    const documentId = await createDraft(editor, 'Bài sẽ hỏng trước giờ đăng');
    const at = start + HOUR;
    expect(
      (
        await saveDraft(editor, documentId, {
          title: 'Bài sẽ hỏng trước giờ đăng',
          publishAt: new Date(at).toISOString(),
        })
      ).status,
    ).toBe(200);
    // Broken after it was scheduled (as an import or another tool could).
    await cms.strapi.db.query('api::article.article').updateMany({ where: { documentId }, data: { title: null } });
    const failures: unknown[] = [];
    const listener = async (failure: unknown) => {
      failures.push(failure);
    };
    cms.strapi.eventHub.on('thads.schedule.failed', listener);
    const tick = await setTestClock(cms.baseUrl, at);
    cms.strapi.eventHub.off('thads.schedule.failed', listener);
    expect(tick).toMatchObject({ published: [], failed: [documentId] });
    expect(failures).toEqual([expect.objectContaining({ uid: 'api::article.article', documentId, action: 'publish' })]);
    const row = await draftRow(documentId);
    expect(row.scheduleError).toMatch(/^Lỗi lịch đăng: .*title/);
    expect(row.publishAt).toBeNull();
    const list = (await (
      await adminRequest(cms, editor, 'GET', `${ARTICLES}?filters[documentId][$eq]=${documentId}`)
    ).json()) as {
      results: Array<Record<string, unknown>>;
    };
    expect(list.results[0]?.scheduleError).toMatch(/^Lỗi lịch đăng/);
  });

  it('lists the schedule in the admin list of articles, and edits it in the panel rather than the form', async () => {
    for (const [uid, titleField] of [
      ['api::article.article', 'title'],
      ['api::campaign-theme.campaign-theme', 'name'],
    ]) {
      const configuration = (await (
        await adminRequest(cms, editor, 'GET', `/content-manager/content-types/${uid}/configuration`)
      ).json()) as {
        data: {
          contentType: {
            layouts: { list: string[]; edit: Array<Array<{ name: string }>> };
            metadatas: Record<string, { list: { label: string } }>;
          };
        };
      };
      const { layouts, metadatas } = configuration.data.contentType;
      // An article's schedule shows in its review column (admin/list-cells.tsx), where the list has room for it.
      expect(layouts.list).toEqual(
        expect.arrayContaining(uid === 'api::article.article' ? ['reviewState'] : ['publishAt', 'scheduleError']),
      );
      expect(metadatas.publishAt?.list.label).toBe('Hẹn giờ xuất bản');
      // The stock pickers show the browser's time zone: the "Lịch đăng" panel (Vietnam time) replaces them.
      const editFields = layouts.edit.flat().map((cell) => cell.name);
      expect(editFields).toContain(titleField);
      expect(editFields.filter((name) => ['publishAt', 'unpublishAt', 'scheduleError'].includes(name))).toEqual([]);
    }
  });
});

describe('the test clock', () => {
  it('cannot be switched on in production', async () => {
    const { refuseTestClockInProduction } =
      cms.appModule<typeof import('../src/scheduling/clock')>('src/scheduling/clock.js');
    expect(() => refuseTestClockInProduction({ NODE_ENV: 'production', SCHEDULER_TEST_CLOCK: 'true' })).toThrow(
      /SCHEDULER_TEST_CLOCK/,
    );
    expect(() => refuseTestClockInProduction({ NODE_ENV: 'production' })).not.toThrow();
  });
});

describe.runIf(onPostgres)('two instances on one PostgreSQL', () => {
  it('publish each scheduled article exactly once, webhooks included', async () => {
    // Every entry.publish webhook either instance sends, as a partner's endpoint receives them.
    const received: string[] = [];
    const hook = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const payload = JSON.parse(body) as { event: string; entry?: { documentId?: string } };
        if (payload.event === 'entry.publish' && payload.entry?.documentId) received.push(payload.entry.documentId);
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const webhook = await cms.strapi.get('webhookStore').createWebhook({
      name: 'Đối tác kiểm thử',
      url: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/`,
      headers: {},
      events: ['entry.publish'],
      isEnabled: true,
    });
    cms.strapi.get('webhookRunner').add(webhook);

    let second: Service | undefined;
    try {
      // A second CMS process on the same database, with its scheduler on a 50 ms timer.
      const started = await startOnFreePort(
        (candidate) =>
          startService('cms-2', 'node', [STRAPI_BIN, 'start'], {
            cwd: APP_DIR,
            env: {
              ...process.env,
              NODE_ENV: 'test',
              CMS_PORT: String(candidate),
              SCHEDULER_INTERVAL_MS: '50',
              SEED_ON_START: 'false',
            },
            quiet: true,
          }),
        (candidate) => `http://127.0.0.1:${candidate}/_health`,
      );
      second = started.service;
      const secondUrl = `http://127.0.0.1:${started.port}`;
      const start = Date.now() + 200 * HOUR;
      await Promise.all([setTestClock(cms.baseUrl, start), setTestClock(secondUrl, start)]);
      const at = start + HOUR;
      const ids: string[] = [];
      for (let index = 0; index < 6; index += 1) {
        const title = `Bài đua lịch số ${index + 1}`;
        const documentId = await createDraft(editor, title);
        expect((await saveDraft(editor, documentId, { title, publishAt: new Date(at).toISOString() })).status).toBe(
          200,
        );
        ids.push(documentId);
      }
      // Both pass the time together, twice each, while the second also runs on its timer.
      const ticks = await Promise.all(
        [cms.baseUrl, secondUrl, cms.baseUrl, secondUrl].map((baseUrl) => setTestClock(baseUrl, at + 1000)),
      );
      const deadline = Date.now() + 15_000;
      while (received.length < ids.length && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => setTimeout(resolve, 1500));

      expect(received.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
      expect(ticks.flatMap((tick) => tick.published).filter((id) => !ids.includes(id))).toEqual([]);
      const rows = (await cms.strapi.db.query('api::article.article').findMany({
        where: { documentId: { $in: ids }, publishedAt: { $ne: null } },
        select: ['documentId'],
      })) as Array<{ documentId: string }>;
      expect(rows.map((row) => row.documentId).sort()).toEqual([...ids].sort());
    } finally {
      await second?.stop();
      await new Promise<void>((resolve) => hook.close(() => resolve()));
    }
  }, 240_000);
});
