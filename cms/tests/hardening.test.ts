import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_DIR, startCms, type TestCms } from './support/strapi';

let cms: TestCms;
let uploadToken: string;

beforeAll(async () => {
  process.env.UPLOAD_MAX_MB = '1';
  cms = await startCms();
  const token = (await cms.strapi
    .service('admin::api-token')
    .create({ name: 'Kiểm thử tải tệp', type: 'full-access', lifespan: null })) as { accessKey: string };
  uploadToken = token.accessKey;
});
afterAll(async () => {
  delete process.env.UPLOAD_MAX_MB;
  await cms?.stop();
});

const post = (urlPath: string, body: unknown, client = '203.0.113.50') =>
  fetch(`${cms.baseUrl}${urlPath}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
    body: JSON.stringify(body),
  });

describe('staff accounts', () => {
  it('cannot be created by the public (self-registration is off)', async () => {
    const response = await post('/api/auth/local/register', {
      username: 'ke-la',
      email: 'kela@example.com',
      password: 'MatKhau123!',
    });
    // Refused as forbidden (registration is switched off), not merely as malformed.
    expect(response.status).toBe(403);
    expect(
      await cms.strapi.db.query('plugin::users-permissions.user').count({ where: { email: 'kela@example.com' } }),
    ).toBe(0);
    const settings = (await cms.strapi
      .store({ type: 'plugin', name: 'users-permissions' })
      .get({ key: 'advanced' })) as { allow_register: boolean };
    expect(settings.allow_register).toBe(false);
  });

  it('stops password guessing per client with 429 and Retry-After, without locking out anyone else', async () => {
    const attempt = (client: string) =>
      post('/api/auth/local', { identifier: 'can-bo@example.com', password: 'sai-mat-khau' }, client);
    const statuses: number[] = [];
    for (let index = 0; index < 10; index += 1) statuses.push((await attempt('198.51.100.20')).status);
    expect(statuses).toEqual(Array.from({ length: 10 }, () => 400));
    const blocked = await attempt('198.51.100.20');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await attempt('198.51.100.21')).status).toBe(400);
    // Reading the news is counted apart from sign-in attempts.
    expect(
      (await fetch(`${cms.baseUrl}/api/categories`, { headers: { 'X-Forwarded-For': '198.51.100.20' } })).status,
    ).toBe(200);
  });
});

describe('uploads', () => {
  const upload = (name: string, type: string, bytes: Buffer) => {
    const form = new FormData();
    form.append('files', new Blob([bytes], { type }), name);
    return fetch(`${cms.baseUrl}/api/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${uploadToken}` },
      body: form,
    });
  };
  // A real 1×1 PNG, so type sniffing sees an image.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );

  it('accepts an image of an allowed type', async () => {
    const response = await upload('anh.png', 'image/png', png);
    expect(response.status).toBe(201);
  });

  it('refuses SVG and HTML, which could run scripts on the site', async () => {
    const svg = await upload(
      'anh.svg',
      'image/svg+xml',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    );
    expect(svg.status).toBe(400);
    const html = await upload('trang.html', 'text/html', Buffer.from('<script>alert(1)</script>'));
    expect(html.status).toBe(400);
  });

  // Real files of the other allowed kinds: a 1×1 JPEG, a one-page PDF, a .docx (a ZIP package), an .xls (OLE header).
  const jpeg = Buffer.from(
    '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAj/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKpAB//Z',
    'base64',
  );
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
  const docx = Buffer.from(
    'UEsDBBQAAAAIAA8rfl2Rp0i1vQAAAAIBAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbF2PwU7DMBBEf8XaK0o2cKgQitMDEkfooXzAyt6kVuNdyzal/XsckHrguJqZNzvj/hpXc+FcgoqFx34Aw+LUB1ksfB7fumfYT+PxlriYZpVi4VRrekEs7sSRSq+JpSmz5ki1nXnBRO5MC+PTMOzQqVSW2tWNAdP40dpy8GwOlOs7RbaA35o9enVfsTn7RgPz+hfbmi1QSmtwVNuTeBH/r7PTeQ6O7/mNlrI6LqXNiGt/VyIFedjwOI34O2r6AVBLAwQUAAAACAAPK35dqSwHy34AAACdAAAAEQAAAHdvcmQvZG9jdW1lbnQueG1sRc7BDcIwDAXQVaoOgCsOHKKQKVggTUJSqbYjJygwDjuwQRejKQcu78u2vmTdlGf3wEB1eOJKRbXrmGrNCqC4FNCWE+dA++3Ogrbuo0RoLD4Lu1DKQhFXOE/TBdAuNBrd1Mz+1TN3pFPNLW0fisO8vVlDX3TlMB/+SvB/yHwBUEsBAhQDFAAAAAgADyt+XZGnSLW9AAAAAgEAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAACAAPK35dqSwHy34AAACdAAAAEQAAAAAAAAAAAAAAgAHuAAAAd29yZC9kb2N1bWVudC54bWxQSwUGAAAAAAIAAgCAAAAAmwEAAAAA',
    'base64',
  );
  const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

  it('accepts real files of each kind: JPEG, PDF, Word (.docx), Excel (.xls)', async () => {
    const results = await Promise.all([
      upload('anh.jpg', 'image/jpeg', jpeg),
      upload('cong-van.pdf', 'application/pdf', pdf),
      upload('thong-bao.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx),
      upload('so-lieu.xls', 'application/vnd.ms-excel', xls),
    ]).then((responses) => Promise.all(responses.map(async (response) => [response.status, await response.text()])));
    // A refusal shows its message.
    expect(results.map(([status, body]) => (status === 201 ? status : body))).toEqual([201, 201, 201, 201]);
  });

  it('refuses a file whose content is not what its name says, naming it in Vietnamese and English', async () => {
    const refused = async (name: string, type: string, bytes: Buffer) => {
      const response = await upload(name, type, bytes);
      const body = (await response.json()) as { error: { message: string } };
      return { status: response.status, message: body.error.message };
    };
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const [name, type, bytes] of [
      ['anh-gia.png', 'image/png', svg],
      ['anh-gia.jpg', 'image/jpeg', Buffer.from('<!doctype html><html><script>alert(1)</script></html>')],
      ['cong-van-gia.png', 'image/png', pdf],
      ['bang-gia.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', png],
    ] as const) {
      const { status, message } = await refused(name, type, bytes);
      expect(status).toBe(400);
      expect(message).toContain(`Tệp "${name}" bị từ chối`);
      expect(message).toContain(`(file "${name}" refused`);
    }
    expect((await refused('cong-van-gia.png', 'image/png', pdf)).message).toContain('it is PDF');
    const kept = await cms.strapi.db
      .query('plugin::upload.file')
      .count({ where: { name: { $in: ['anh-gia.png', 'anh-gia.jpg', 'cong-van-gia.png', 'bang-gia.docx'] } } });
    expect(kept).toBe(0);
  });

  it('refuses a file over the size limit', async () => {
    const big = Buffer.concat([png, Buffer.alloc(1.5 * 1024 * 1024)]);
    const response = await upload('lon.png', 'image/png', big);
    expect(response.status).toBe(413);
  });
});

describe('security headers of the CMS', () => {
  it('sends a CSP with frame-ancestors, nosniff, a referrer policy and a permissions policy', async () => {
    const response = await fetch(`${cms.baseUrl}/api/categories`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('cookies', () => {
  it("the admin's session cookie is HttpOnly and SameSite=Strict", async () => {
    const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } })) as {
      id: number;
    };
    await cms.strapi.service('admin::user').create({
      firstname: 'Biên',
      lastname: 'Tập',
      email: 'cookie@thads.example.gov.vn',
      password: 'Banh-Quy-An-Toan-2026',
      isActive: true,
      roles: [role.id],
    });
    const response = await fetch(`${cms.baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'cookie@thads.example.gov.vn',
        password: 'Banh-Quy-An-Toan-2026',
        rememberMe: true,
      }),
    });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) {
      expect(cookie, cookie).toMatch(/httponly/i);
      expect(cookie, cookie).toMatch(/samesite=strict/i);
    }
  });
});

describe('secrets', () => {
  it('the production CMS refuses to start with example secrets, and says why', async () => {
    const child = spawn('node', [path.join(APP_DIR, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
      cwd: APP_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        JWT_SECRET: 'tobemodified',
        CMS_PORT: '0',
        DATABASE_FILENAME: path.join(APP_DIR, '.tmp', 'never-created.db'),
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).not.toBe(0);
    expect(output).toContain('JWT_SECRET');
    expect(output).toMatch(/refusing to start in production/);
  }, 120_000);
});

describe('keep-alive connections', () => {
  it('stay open while idle longer than Node’s 5 s default (nginx keeps its upstream ones 60 s)', async () => {
    const { hostname, port } = new URL(cms.baseUrl);
    const socket = net.connect(Number(port), hostname);
    await new Promise((resolve) => socket.once('connect', resolve));
    let received = '';
    let closedByServer = false;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => {});
    socket.once('close', () => (closedByServer = true));
    const request = `GET /_health HTTP/1.1\r\nHost: ${hostname}\r\nConnection: keep-alive\r\n\r\n`;
    const answers = () => received.split('HTTP/1.1 ').length - 1;
    const answered = async (count: number) => {
      for (let waited = 0; answers() < count && !closedByServer && waited < 10_000; waited += 20)
        await new Promise((resolve) => setTimeout(resolve, 20));
    };
    socket.write(request);
    await answered(1);
    expect(answers()).toBe(1);
    // A connection the CMS closes while nginx reuses it fails the request nginx is sending on it.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(closedByServer).toBe(false);
    socket.write(request);
    await answered(2);
    expect(answers()).toBe(2);
    socket.destroy();
  }, 30_000);
});
