import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchChromium } from '../../web/e2e/chromium.mjs';
import { SoftwareAuthenticator } from './support/webauthn';
import { startCms, type TestCms } from './support/strapi';

// The operator's production setting, and a sign-in budget large enough that the account lock, not the client's
// budget, is what the lock tests meet.
process.env.ADMIN_SECOND_FACTOR = 'required';
process.env.SIGN_IN_BURST = '1000';

const SUPER = { email: 'quan-tri@thads.example.gov.vn', password: 'Vung-Tau-Hoa-Binh-2026' };
const EDITOR = { email: 'bien-tap@thads.example.gov.vn', password: 'Song-Lo-Chieu-Thu-2026' };
const AUTHOR = { email: 'tac-gia@thads.example.gov.vn', password: 'Tam-Dao-Mua-Xuan-2026' };

type Json = { data?: Record<string, unknown> & { token?: string }; error?: { message: string; details?: unknown } };

let cms: TestCms;
const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(`${cms.baseUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    json: (await response.json().catch(() => ({}))) as Json,
    cookies: response.headers.getSetCookie(),
  };
};
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
/** The refresh cookie a response set (not the one it cleared). */
const refreshCookie = (cookies: string[]) =>
  cookies.find((cookie) => cookie.startsWith('strapi_admin_refresh=') && !cookie.startsWith('strapi_admin_refresh=;'));

const totpCode = (secret: string, at = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: at });

async function createAccount(roleCode: string, account: { email: string; password: string }, firstname: string) {
  const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code: roleCode } })) as { id: number };
  return (await cms.strapi.service('admin::user').create({
    firstname,
    lastname: 'Phạm',
    email: account.email,
    password: account.password,
    isActive: true,
    roles: [role.id],
  })) as { id: number };
}

const auditEntries = async (token: string, action: string) =>
  (await call('GET', `/thads-history/audit?action=${action}`, undefined, bearer(token))).json.data as unknown as Array<{
    action: string;
    userName: string;
    details: Record<string, unknown>;
  }>;

describe('admin accounts: second factor, passwords, lock, sessions', () => {
  let superToken = '';
  let totpSecret = '';
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    cms = await startCms();
  });
  afterAll(async () => {
    vi.useRealTimers();
    await cms?.stop();
  });

  it('refuses short, common and personal passwords wherever Strapi stores one', async () => {
    const firstAdmin = { firstname: 'Hoàng', lastname: 'Quản Trị', email: SUPER.email };
    // Strapi's own limit allows 5 tries per address and path: four through the first-admin form, the rest direct.
    for (const [password, reason] of [
      ['Abcdefg1', /ít nhất 12 ký tự/],
      ['Password2026!', /phổ biến/],
      ['Hoang-Quan-Tri-2026', /tên hoặc email/],
      ['Quan-Tri-Thads-2026', /tên hoặc email/],
    ] as const) {
      const answer = await call('POST', '/admin/register-admin', { ...firstAdmin, password });
      expect(answer.status, password).toBe(400);
      expect(answer.json.error?.message, password).toMatch(reason);
    }
    for (const [password, reason] of [
      ['Abcdefg1', /12 ký tự/],
      ['P@ssw0rd12345', /phổ biến/],
      ['Iloveyou-2026!', /phổ biến/],
      ['Xuan-Thu-Ha-Dong-2026', /tên hoặc email/],
    ] as const)
      await expect(
        createAccount('strapi-author', { email: 'xuan@example.com', password }, 'X'),
        password,
      ).rejects.toThrow(reason);
  });

  it('the first Super Admin is created without a session and must enrol at once', async () => {
    const answer = await call('POST', '/admin/register-admin', {
      firstname: 'Hoàng',
      lastname: 'Quản Trị',
      email: SUPER.email,
      password: SUPER.password,
    });
    expect(answer.status).toBe(200);
    expect(answer.json.data?.token).toBeUndefined();
    expect(answer.json.data?.secondFactor).toBe('required');
    expect(refreshCookie(answer.cookies)).toBeUndefined();

    const step = await call('POST', '/thads-auth/sign-in', SUPER);
    expect(step.status).toBe(200);
    expect(step.json.data).toMatchObject({ step: 'enrol' });
    const ticket = step.json.data?.ticket as string;
    // A ticket is not a session.
    expect((await call('GET', '/admin/users/me', undefined, bearer(ticket))).status).toBe(401);

    const started = await call('POST', '/thads-auth/enrol/totp', { ticket });
    totpSecret = started.json.data?.secret as string;
    expect(started.json.data?.qrSvg).toMatch(/^<svg/);
    expect(started.json.data?.uri).toMatch(/^otpauth:\/\/totp\//);
    expect((await call('POST', '/thads-auth/enrol/totp/confirm', { ticket, code: '000000' })).status).toBe(400);
    const confirmed = await call('POST', '/thads-auth/enrol/totp/confirm', { ticket, code: totpCode(totpSecret) });
    expect(confirmed.status).toBe(200);
    recoveryCodes = confirmed.json.data?.recoveryCodes as string[];
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(refreshCookie(confirmed.cookies)).toBeDefined();
    superToken = confirmed.json.data!.token!;
    expect((await call('GET', '/admin/users/me', undefined, bearer(superToken))).status).toBe(200);
  });

  it('opens nothing with a password alone where the factor is required', async () => {
    await createAccount('strapi-editor', EDITOR, 'Biên');
    for (const account of [SUPER, EDITOR]) {
      const login = await call('POST', '/admin/login', account);
      expect(login.status, account.email).toBe(403);
      expect(login.json.error?.message).toMatch(/hai bước/);
      expect(refreshCookie(login.cookies)).toBeUndefined();
      // Any spelling the router accepts.
      expect((await call('POST', '/ADMIN/Login/', account)).status).toBe(403);
    }
    // Password reset: the password changes, no session is opened.
    const editor = (await cms.strapi.db.query('admin::user').findOne({ where: { email: EDITOR.email } })) as {
      id: number;
    };
    await cms.strapi.db.query('admin::user').update({
      where: { id: editor.id },
      data: { resetPasswordToken: 'reset-code-1', resetPasswordTokenExpiresAt: new Date(Date.now() + 3_600_000) },
    });
    const reset = await call('POST', '/admin/reset-password', {
      resetPasswordToken: 'reset-code-1',
      password: 'Song-Lo-Chieu-Thu-2027',
    });
    expect(reset.status).toBe(200);
    expect(reset.json.data?.token).toBeUndefined();
    expect(refreshCookie(reset.cookies)).toBeUndefined();
    EDITOR.password = 'Song-Lo-Chieu-Thu-2027';
    // An invited editor's registration: no session either.
    const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } })) as {
      id: number;
    };
    const invited = (await cms.strapi.service('admin::user').create({
      email: 'moi@thads.example.gov.vn',
      firstname: 'Mới',
      roles: [role.id],
      registrationToken: 'invite-code-1',
      isActive: false,
    })) as { id: number };
    expect(invited.id).toBeGreaterThan(0);
    const registered = await call('POST', '/admin/register', {
      registrationToken: 'invite-code-1',
      userInfo: { firstname: 'Mới', lastname: 'Vào', password: 'Cau-Vong-Sau-Mua-2026' },
    });
    expect(registered.status).toBe(200);
    expect(registered.json.data?.token).toBeUndefined();
    expect(refreshCookie(registered.cookies)).toBeUndefined();
    // Without a session, no token of any kind can be made.
    expect((await call('POST', '/admin/access-token')).status).toBe(401);
    const apiToken = { name: 'x', type: 'read-only', lifespan: null, permissions: null };
    expect((await call('POST', '/admin/api-tokens', apiToken)).status).toBe(401);
    expect((await call('POST', '/admin/transfer/tokens', { name: 'x', permissions: ['push'] })).status).toBe(401);
  });

  it('signs in with TOTP (each code once) and with a recovery code (once)', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    const factorTicket = async () => {
      const step = await call('POST', '/thads-auth/sign-in', SUPER);
      expect(step.json.data).toMatchObject({ step: 'factor', methods: { totp: true, recovery: true } });
      return step.json.data?.ticket as string;
    };
    // The code used at enrolment is spent: wait for the next one.
    vi.setSystemTime(Date.now() + 31_000);
    let ticket = await factorTicket();
    expect((await call('POST', '/thads-auth/totp', { ticket, code: '123456' })).status).toBe(400);
    const code = totpCode(totpSecret);
    const signedIn = await call('POST', '/thads-auth/totp', { ticket, code });
    expect(signedIn.status).toBe(200);
    expect(refreshCookie(signedIn.cookies)).toBeDefined();
    superToken = signedIn.json.data!.token!;
    ticket = await factorTicket();
    expect((await call('POST', '/thads-auth/totp', { ticket, code })).status).toBe(400);

    const recovery = recoveryCodes[3]!;
    expect((await call('POST', '/thads-auth/recovery-code', { ticket, code: recovery })).status).toBe(200);
    ticket = await factorTicket();
    const again = await call('POST', '/thads-auth/recovery-code', { ticket, code: recovery });
    expect(again.status).toBe(400);
    expect((await auditEntries(superToken, 'auth.recovery-code')).length).toBe(1);
    vi.useRealTimers();
  });

  it('registers a passkey and signs in with it (software authenticator, real verification)', async () => {
    const authenticator = new SoftwareAuthenticator(cms.baseUrl);
    const options = await call('POST', '/thads-auth/me/passkey/options', {}, bearer(superToken));
    expect(options.status).toBe(200);
    const registration = authenticator.register(options.json.data as never);
    expect(
      (await call('POST', '/thads-auth/me/passkey', { response: registration, name: 'Máy tính' }, bearer(superToken)))
        .status,
    ).toBe(200);

    const step = await call('POST', '/thads-auth/sign-in', SUPER);
    expect(step.json.data).toMatchObject({ step: 'factor', methods: { passkey: true } });
    const ticket = step.json.data?.ticket as string;
    const challenge = await call('POST', '/thads-auth/passkey/options', { ticket });
    // Another key's answer, or a replay, is refused.
    const stranger = new SoftwareAuthenticator(cms.baseUrl).authenticate(challenge.json.data as never);
    expect((await call('POST', '/thads-auth/passkey', { ticket, response: stranger })).status).toBe(400);
    const again = await call('POST', '/thads-auth/passkey/options', { ticket });
    const good = authenticator.authenticate(again.json.data as never);
    const signedIn = await call('POST', '/thads-auth/passkey', { ticket, response: good });
    expect(signedIn.status).toBe(200);
    expect((await call('GET', '/admin/users/me', undefined, bearer(signedIn.json.data!.token!))).status).toBe(200);
    expect((await call('POST', '/thads-auth/passkey', { ticket, response: good })).status).toBe(400);
  });

  it("enrols and uses a passkey on the sign-in page in Chromium (the browser's virtual authenticator)", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('WebAuthn.enable');
      await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          transport: 'internal',
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
        },
      });
      // WebAuthn needs a host name, not an IP address: localhost is the loopback.
      const origin = cms.baseUrl.replace('127.0.0.1', 'localhost');
      const signInTo = async () => {
        await page.goto(`${origin}/admin/thads-auth/dang-nhap`);
        await page.getByLabel('Email').fill(EDITOR.email);
        await page.getByLabel('Mật khẩu').fill(EDITOR.password);
        await page.getByRole('button', { name: 'Đăng nhập' }).click();
      };
      await signInTo();
      await page.getByRole('button', { name: 'Đăng ký khoá truy cập (passkey)' }).click();
      await expect.poll(() => page.locator('#codes li').count()).toBe(10);
      await page.getByRole('button', { name: /Tôi đã lưu/ }).click();
      await page.waitForURL(/\/admin\/?$/);
      const cookies = await page.context().cookies();
      expect(cookies.find((cookie) => cookie.name === 'jwtToken')?.value).toBeTruthy();
      await page.context().clearCookies();

      await signInTo();
      await page.getByRole('button', { name: 'Dùng khoá truy cập (passkey)' }).click();
      await page.waitForURL(/\/admin\/?$/);
      const token = decodeURIComponent((await page.context().cookies()).find((c) => c.name === 'jwtToken')!.value);
      expect((await call('GET', '/admin/users/me', undefined, bearer(token))).status).toBe(200);
    } finally {
      await browser.close();
    }
  });

  it('locks an account for 15 minutes after 10 failures, says so to its owner, and records it', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    await createAccount('strapi-author', AUTHOR, 'Tác');
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const wrong = { email: AUTHOR.email, password: `Sai-Mat-Khau-${attempt}-xyz` };
      // Both doors count toward the same lock.
      const answer = await call('POST', attempt % 2 ? '/admin/login' : '/thads-auth/sign-in', wrong);
      expect(answer.status, `attempt ${attempt + 1}`).toBe(400);
    }
    for (const path of ['/admin/login', '/thads-auth/sign-in']) {
      const locked = await call('POST', path, AUTHOR);
      expect(locked.status, path).toBe(429);
      expect(locked.json.error?.message).toMatch(/tạm khoá/);
    }
    const entries = await auditEntries(superToken, 'auth.locked');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toMatchObject({ email: AUTHOR.email, attempts: 10 });

    vi.setSystemTime(Date.now() + 14 * 60_000);
    expect((await call('POST', '/thads-auth/sign-in', AUTHOR)).status).toBe(429);
    vi.setSystemTime(Date.now() + 60_000 + 1000);
    const back = await call('POST', '/thads-auth/sign-in', AUTHOR);
    expect(back.status).toBe(200);
    // An Author, with the factor optional and none enrolled, signs in with the password, and is told of the lock.
    expect(back.json.data?.token).toBeTruthy();
    expect(back.json.data?.notice).toMatch(/đã bị khoá 15 phút/);
    const next = await call('POST', '/thads-auth/sign-in', AUTHOR);
    expect(next.json.data?.notice).toBeNull();
    vi.useRealTimers();
  });

  it('ends sessions after 30 idle minutes and after 12 hours whatever the activity', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    const open = async () => {
      const login = await call('POST', '/thads-auth/sign-in', AUTHOR);
      expect(login.status).toBe(200);
      return refreshCookie(login.cookies)!.split(';')[0]!;
    };
    const renew = async (cookie: string) => {
      const answer = await call('POST', '/admin/access-token', undefined, { Cookie: cookie });
      return {
        status: answer.status,
        cookie: refreshCookie(answer.cookies)?.split(';')[0] ?? cookie,
        token: answer.json.data?.token,
      };
    };
    // Idle: 29 minutes is still the session; 31 without a request is not.
    let cookie = await open();
    vi.setSystemTime(Date.now() + 29 * 60_000);
    let renewed = await renew(cookie);
    expect(renewed.status).toBe(200);
    cookie = renewed.cookie;
    vi.setSystemTime(Date.now() + 31 * 60_000);
    expect((await renew(cookie)).status).toBe(401);

    // Absolute: active every 20 minutes, the session still ends at 12 hours.
    cookie = await open();
    const start = Date.now();
    while (Date.now() - start < 11.5 * 3_600_000) {
      vi.setSystemTime(Date.now() + 20 * 60_000);
      renewed = await renew(cookie);
      expect(renewed.status, `${Math.round((Date.now() - start) / 60_000)} min`).toBe(200);
      cookie = renewed.cookie;
    }
    vi.setSystemTime(start + 12 * 3_600_000 + 60_000);
    expect((await renew(cookie)).status).toBe(401);
    // An access token issued near the end stops with its session, too.
    expect((await call('GET', '/admin/users/me', undefined, bearer(renewed.token!))).status).toBe(401);
    vi.useRealTimers();
  });

  it("lets a Super Admin reset a colleague's second factor, audited; nobody else", async () => {
    const editor = (await cms.strapi.db.query('admin::user').findOne({ where: { email: EDITOR.email } })) as {
      id: number;
    };
    const author = await call('POST', '/thads-auth/sign-in', AUTHOR);
    const authorToken = author.json.data!.token!;
    expect((await call('POST', `/thads-auth/users/${editor.id}/reset`, {}, bearer(authorToken))).status).toBe(403);
    const reset = await call('POST', `/thads-auth/users/${editor.id}/reset`, {}, bearer(superToken));
    expect(reset.status).toBe(200);
    expect((await call('POST', '/thads-auth/sign-in', EDITOR)).json.data).toMatchObject({ step: 'enrol' });
    const entries = await auditEntries(superToken, 'auth.factor-reset');
    expect(entries[0]).toMatchObject({ details: { email: EDITOR.email } });
  });
});
