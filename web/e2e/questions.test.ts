// Citizens' questions on the site (issue 21 §2): the pages per agency, the form with and without JavaScript, the
// tracking page, hostile text, a flood from one client, and contact details never on a public page.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from './admin-api';
import { axeViolations } from './axe';
import { CMS_URL, SITE_URL, useBrowser } from './browser';

const browser = useBrowser();
/** This run's mark: what it sends is told apart from what earlier runs on the same database sent. */
const RUN = Date.now().toString(36);
let clients = 0;
/**
 * A client of its own, as nginx names it to the site server (X-Forwarded-For from the loopback, a trusted proxy in
 * the browser-test stack): the question budget is per client, so each test has its own.
 */
const newClient = () => `198.51.100.${(Number.parseInt(RUN.slice(-2), 36) + ++clients * 7) % 250}`;

type Opened = { page: Page; context: BrowserContext; errors: string[] };
async function open(
  options: { javaScript?: boolean; width?: number; client?: string; bypassCSP?: boolean } = {},
): Promise<Opened> {
  const context = await browser().newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    javaScriptEnabled: options.javaScript ?? true,
    bypassCSP: options.bypassCSP ?? false,
    extraHTTPHeaders: { 'X-Forwarded-For': options.client ?? newClient() },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) errors.push(message.text());
  });
  return { page, context, errors };
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A citizen of this run: contact details no public page may ever show. */
const citizen = (n: number) => ({
  name: `Nguyễn Văn Hỏi ${RUN}${n}`,
  email: `nguoi-hoi-${RUN}-${n}@example.vn`,
  phone: `09${String(Date.now() + n).slice(-8)}`,
  title: `Hỏi về thủ tục yêu cầu thi hành án ${RUN} số ${n}`,
  question: `Tôi đã có bản án có hiệu lực, muốn yêu cầu thi hành án thì nộp đơn ở đâu và cần giấy tờ gì? (${RUN}-${n})`,
});
type Citizen = ReturnType<typeof citizen>;

/** Fills the form of an agency's page as a citizen would (the consent ticked unless said otherwise). */
async function fill(page: Page, who: Partial<Citizen>, { consent = true, topic = 'thu-tuc' } = {}) {
  if (who.name !== undefined) await page.getByLabel('Họ và tên').fill(who.name);
  if (who.email !== undefined) await page.getByLabel('Thư điện tử').fill(who.email);
  if (who.phone !== undefined) await page.getByLabel('Số điện thoại').fill(who.phone);
  await page.getByLabel(/^Chủ đề/).selectOption(topic);
  if (who.title !== undefined) await page.getByLabel(/^Tiêu đề/).fill(who.title);
  if (who.question !== undefined) await page.getByLabel(/^Nội dung câu hỏi/).fill(who.question);
  if (consent) await page.getByLabel(/^Tôi đồng ý/).check();
}

const trackingCodeOn = async (page: Page) => {
  await page.getByRole('heading', { name: 'Đã nhận câu hỏi của bạn' }).waitFor();
  const code = (await page.locator('.question-received .tracking-code').textContent()) ?? '';
  expect(code).toMatch(/^HD-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  return code;
};

/** The tracking page of a code says "received". */
async function expectReceived(page: Page, code: string, title: string) {
  await page.getByRole('link', { name: 'Xem tình trạng câu hỏi' }).click();
  await page.waitForURL(/\/hoi-dap\/tra-cuu\?ma=/);
  await page.getByRole('heading', { name: /Tình trạng/ }).waitFor();
  expect(await page.locator('.question-status__value').textContent()).toBe('Đã tiếp nhận');
  expect(await page.locator('.question-status').textContent()).toContain(code);
  expect(await page.locator('.question-status').textContent()).toContain(title);
}

/** Every contact detail of these citizens, looked for in a public answer's text. */
const leaks = (text: string, who: Citizen[]) =>
  who.flatMap((each) => [each.name, each.email, each.phone]).filter((detail) => text.includes(detail));

const sent: Citizen[] = [];
let sampleSlug = '';

beforeAll(async () => {
  // A published sample question of Phú Thọ (the seed publishes some): its page is checked like the others.
  const list = (await (
    await fetch(`${CMS_URL}/api/questions?agency=phutho&filters[agency][$eq]=phutho&pagination[pageSize]=1`)
  ).json()) as { data: Array<{ slug: string }> };
  sampleSlug = list.data[0]?.slug ?? '';
  expect(sampleSlug).not.toBe('');
});

describe('the pages of citizens’ questions', () => {
  it.each([
    ['national list', '/hoi-dap'],
    ["an agency's list of one topic", '/phutho/hoi-dap?chu-de=thu-tuc'],
    ['national form, the agency chosen by the citizen', '/hoi-dap/gui-cau-hoi'],
    ["an agency's form", '/phutho/hoi-dap/gui-cau-hoi'],
    ['tracking page', '/phutho/hoi-dap/tra-cuu'],
    ['search among questions', '/tim-kiem?q=thi%20hanh%20an&loai=hoi-dap'],
  ])('the %s has no axe violations and no horizontal scroll at 360 px', async (_name, path) => {
    for (const width of [1280, 360]) {
      const { page, context, errors } = await open({ width, bypassCSP: true });
      const response = await page.goto(`${SITE_URL}${path}`);
      expect(response?.status()).toBe(200);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      if (width === 360) expect(await horizontalOverflow(page)).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('shows a published question and its answer, with the question as plain text', async () => {
    const { page, context } = await open({ width: 360, bypassCSP: true });
    await page.goto(`${SITE_URL}/phutho/hoi-dap/${sampleSlug}`);
    await page.getByRole('heading', { name: 'Trả lời' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await page.locator('#cau-hoi ~ p').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('is in the site’s menu and lists questions by topic, each linking to its page', async () => {
    const { page, context } = await open();
    await page.goto(`${SITE_URL}/phutho/`);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hỏi đáp' }).click();
    await page.waitForURL(`${SITE_URL}/phutho/hoi-dap`);
    await page.getByRole('heading', { level: 1, name: 'Hỏi đáp' }).waitFor();
    const first = page.locator('.question-card__title a').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/phutho\/hoi-dap\/[a-z0-9-]+$/);
    await first.click();
    await page.getByRole('heading', { name: 'Câu hỏi', level: 2 }).waitFor();
    expect(page.url()).toBe(`${SITE_URL}${href}`);
    await context.close();
  });
});

describe('the form', () => {
  it('works without JavaScript: the site server sends it on and shows the tracking code; the page is never kept', async () => {
    const who = citizen(1);
    sent.push(who);
    const { page, context } = await open({ javaScript: false });
    await page.goto(`${SITE_URL}/phutho/hoi-dap/gui-cau-hoi`);
    await fill(page, who);
    const [response] = await Promise.all([
      page.waitForResponse((each) => each.request().method() === 'POST'),
      page.getByRole('button', { name: 'Gửi câu hỏi' }).click(),
    ]);
    expect(response.url()).toBe(`${SITE_URL}/phutho/hoi-dap/gui-cau-hoi`);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('private, no-store');
    const code = await trackingCodeOn(page);
    await expectReceived(page, code, who.title);
    const tracking = await page.request.get(page.url());
    expect(tracking.headers()['cache-control']).toBe('private, no-store');
    await context.close();
  });

  it('works with JavaScript without a reload, and the national form sends to the agency the citizen chose', async () => {
    const who = citizen(2);
    sent.push(who);
    const { page, context, errors } = await open();
    await page.goto(`${SITE_URL}/hoi-dap/gui-cau-hoi`);
    await page.getByLabel(/^Cơ quan nhận câu hỏi/).selectOption('phutho');
    await fill(page, { email: who.email, title: who.title, question: who.question });
    // The app takes the page over as the reader fills the form (app/boot.ts).
    await page.waitForSelector('html[data-app]', { state: 'attached' });
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
    let navigated = false;
    page.on('framenavigated', (frame) => (navigated ||= frame === page.mainFrame()));
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    const code = await trackingCodeOn(page);
    expect(navigated).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    // Focus goes to the news, for screen readers and keyboards.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Đã nhận câu hỏi của bạn');
    await expectReceived(page, code, who.title);
    expect(await page.locator('.question-status').textContent()).toContain('Thi hành án dân sự tỉnh Phú Thọ');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript, sends the form back with the errors tied to their fields and the input kept', async () => {
    const who = citizen(3);
    const { page, context } = await open({ javaScript: false, bypassCSP: true });
    await page.goto(`${SITE_URL}/phutho/hoi-dap/gui-cau-hoi`);
    await fill(page, { name: who.name, title: who.title, question: who.question }, { consent: false });
    const [response] = await Promise.all([
      page.waitForResponse((each) => each.request().method() === 'POST'),
      page.getByRole('button', { name: 'Gửi câu hỏi' }).click(),
    ]);
    expect(response.status()).toBe(400);
    await page.getByRole('heading', { name: 'Câu hỏi chưa được gửi' }).waitFor();
    const email = page.getByLabel('Thư điện tử');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const emailError = await page
      .locator(`#${(await email.getAttribute('aria-describedby'))!.split(' ').at(-1)}`)
      .textContent();
    expect(emailError).toContain('ít nhất một cách liên hệ');
    const consent = page.getByLabel(/^Tôi đồng ý/);
    expect(await consent.getAttribute('aria-invalid')).toBe('true');
    expect(await consent.isChecked()).toBe(false);
    const consentError = await page
      .locator(`#${(await consent.getAttribute('aria-describedby'))!.split(' ').at(-1)}`)
      .textContent();
    expect(consentError).toContain('Hãy đồng ý');
    // The citizen's input is kept.
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe(who.name);
    expect(await page.getByLabel(/^Tiêu đề/).inputValue()).toBe(who.title);
    expect(await page.getByLabel(/^Nội dung câu hỏi/).inputValue()).toBe(who.question);
    expect(await page.getByLabel(/^Chủ đề/).inputValue()).toBe('thu-tuc');
    // The English halves of the CMS's messages are not shown.
    expect(await page.locator('main').textContent()).not.toContain('(consent is required)');
    await context.close();

    // The form with its errors is as accessible as the form (axe runs where scripts do: the same errors, by fetch).
    const scripted = await open({ bypassCSP: true });
    await scripted.page.goto(`${SITE_URL}/phutho/hoi-dap/gui-cau-hoi`);
    await fill(scripted.page, { name: who.name, title: who.title, question: who.question }, { consent: false });
    await scripted.page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await scripted.page.getByRole('heading', { name: 'Câu hỏi chưa được gửi' }).waitFor();
    expect(await scripted.page.getByLabel('Thư điện tử').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(scripted.page)).toEqual([]);
    await scripted.context.close();
  });

  it('refuses a flood from one client with a clear Vietnamese message, the input kept', async () => {
    const flooder = newClient();
    const who = citizen(4);
    const body = (n: number) =>
      new URLSearchParams({
        agency: 'phutho',
        email: who.email,
        topic: 'khac',
        title: `${who.title} lần ${n}`,
        question: who.question,
        consent: 'on',
        website: '',
      }).toString();
    const statuses: number[] = [];
    for (let n = 1; n <= 6; n++) {
      const response = await fetch(`${SITE_URL}/phutho/hoi-dap/gui-cau-hoi`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': flooder },
        body: body(n),
      });
      statuses.push(response.status);
    }
    // The CMS's budget for a client: 5 at once (QUESTION_BURST), then 10 an hour.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    sent.push(who);

    const { page, context } = await open({ javaScript: false, client: flooder });
    await page.goto(`${SITE_URL}/phutho/hoi-dap/gui-cau-hoi`);
    await fill(page, { email: who.email, title: `${who.title} nữa`, question: who.question });
    const [response] = await Promise.all([
      page.waitForResponse((each) => each.request().method() === 'POST'),
      page.getByRole('button', { name: 'Gửi câu hỏi' }).click(),
    ]);
    expect(response.status()).toBe(429);
    const alert = await page.getByRole('alert').textContent();
    expect(alert).toContain('Bạn đã gửi nhiều câu hỏi trong thời gian ngắn');
    expect(alert).toMatch(/sau khoảng \d+ phút/);
    expect(await page.getByLabel(/^Tiêu đề/).inputValue()).toBe(`${who.title} nữa`);
    await context.close();

    // With JavaScript, the same message without a reload.
    const scripted = await open({ client: flooder });
    await scripted.page.goto(`${SITE_URL}/phutho/hoi-dap/gui-cau-hoi`);
    await fill(scripted.page, { email: who.email, title: `${who.title} nữa`, question: who.question });
    await scripted.page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await scripted.page.getByRole('heading', { name: 'Câu hỏi chưa được gửi' }).waitFor();
    expect(await scripted.page.getByRole('alert').textContent()).toContain('Bạn đã gửi nhiều câu hỏi');
    await scripted.context.close();
  });
});

describe('hostile text and contact details', () => {
  const hostile = {
    ...citizen(5),
    title: `<script>window.__xss="title"</script> Hỏi <b>đậm</b> mã ${RUN} https://evil.example/`,
    question: [
      '<script>window.__xss = "question"</script><img src=x onerror="window.__xss=\'img\'">',
      `Xem <a href="javascript:window.__xss='a'">đây</a> hoặc https://evil.example/${RUN}/trang và www.evil.example`,
      'Một từ rất dài: ' + 'Đ'.repeat(3000),
    ].join('\n\n'),
  };
  let code = '';
  let slug = '';

  it('is stored inert and shown as text on the tracking page and, once published, on its own page', async () => {
    sent.push(hostile);
    const { page, context, errors } = await open({ width: 360 });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${SITE_URL}/phutho/hoi-dap/gui-cau-hoi`);
    await fill(page, hostile, { topic: 'khac' });
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    code = await trackingCodeOn(page);
    await expectReceived(page, code, hostile.title);
    expect(await horizontalOverflow(page)).toBe(0);

    // An Editor answers and publishes it (the citizen's text as sent).
    const queue = await adminApi<{ data: Array<{ documentId: string; title: string }> }>(
      'GET',
      '/thads-questions/queue',
    );
    const documentId = queue.data.find((row) => row.title === hostile.title)?.documentId;
    expect(documentId).toBeTruthy();
    const type = '/content-manager/collection-types/api::question.question';
    await adminApi('PUT', `${type}/${documentId}`, {
      answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Cơ quan trả lời câu hỏi thử.' }] }],
    });
    const published = await adminApi<{ data: { slug: string } }>('POST', `${type}/${documentId}/actions/publish`, {});
    slug = published.data.slug;
    expect(slug).toMatch(/^[a-z0-9-]+$/);

    for (const javaScript of [true, false]) {
      const reader = javaScript ? page : (await open({ javaScript: false, width: 360 })).page;
      const response = await reader.goto(`${SITE_URL}/phutho/hoi-dap/${slug}`);
      expect(response?.status()).toBe(200);
      await reader.getByRole('heading', { name: 'Trả lời' }).waitFor();
      expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe(hostile.title);
      const asked = reader.locator('.question__part').first();
      expect(await asked.textContent()).toContain('<script>window.__xss = "question"</script>');
      expect(await asked.textContent()).toContain(`<a href="javascript:window.__xss='a'">đây</a>`);
      // Nothing in the citizen's text became markup: no link, image or script.
      expect(await asked.locator('a, img, script, b').count()).toBe(0);
      expect(await reader.locator('h1 b, h1 a').count()).toBe(0);
      expect(await horizontalOverflow(reader)).toBe(0);
      if (!javaScript) await reader.context().close();
    }
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never shows a citizen’s contact details on a public page, in the search, a feed or a share tag', async () => {
    expect(slug).not.toBe('');
    expect(sent.length).toBeGreaterThanOrEqual(4);
    const addresses = [
      `/phutho/hoi-dap/${slug}`,
      '/phutho/hoi-dap',
      '/phutho/hoi-dap?chu-de=khac',
      '/hoi-dap',
      `/tim-kiem?q=${RUN}&loai=hoi-dap`,
      `/phutho/tim-kiem?q=${RUN}&loai=hoi-dap`,
      `/phutho/hoi-dap/tra-cuu?ma=${code}`,
      '/api/feeds/rss?agency=phutho',
      '/api/feeds/atom?agency=phutho',
      '/phutho/sitemap.xml',
      `/api/search/questions?q=${RUN}`,
      `/api/questions?agency=phutho&filters[slug][$eq]=${slug}&populate=*`,
    ];
    for (const address of addresses) {
      const response = await fetch(`${SITE_URL}${address}`);
      expect(response.status, address).toBe(200);
      const text = await response.text();
      expect(leaks(text, sent), address).toEqual([]);
    }
    // The published question is found by the search, as its own kind, naming no one; its share tags name no one.
    const { page, context } = await open();
    await page.goto(`${SITE_URL}/phutho/tim-kiem?q=${RUN}&loai=hoi-dap`);
    const hit = page.locator('.search-results a').first();
    await hit.waitFor();
    expect(await hit.getAttribute('href')).toBe(`/phutho/hoi-dap/${slug}`);
    const kinds = page.getByRole('navigation', { name: 'Loại kết quả' });
    expect(await kinds.getByRole('link', { name: 'Hỏi đáp' }).getAttribute('aria-current')).toBe('page');
    await page.goto(`${SITE_URL}/phutho/hoi-dap/${slug}`);
    const head = await page.evaluate(() => document.head.innerHTML);
    expect(head).toContain(`${SITE_URL}/phutho/hoi-dap/${slug}`);
    expect(leaks(head, sent)).toEqual([]);
    await context.close();
  });
});
