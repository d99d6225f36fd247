import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, createEditor } from './admin-api';
import { axeViolations, smallText } from './admin-checks';
import { signInToAdmin } from './admin-session';
import { CMS_URL, openPage, SITE_URL, useBrowser } from './browser';

// Issue 21 §2 in the admin: "Câu hỏi của công dân", the queue of an agency's questions not answered yet. An Author of
// Phú Thọ drafts an answer and cannot publish; an Editor takes the citizen's personal details out and publishes; the
// question is then public without who asked; an Editor of another agency never sees it.
const browser = useBrowser();
const RUN = Date.now().toString(36);
const QUESTIONS = '/content-manager/collection-types/api::question.question';
const QUEUE = `${CMS_URL}/admin/cau-hoi-cong-dan`;

/** A citizen of this run (contact details no public page may show), asking one agency. */
const citizen = (n: number, agency: string) => ({
  agency,
  name: `Trần Thị Riêng ${RUN}${n}`,
  email: `nguoi-hoi-quan-tri-${RUN}-${n}@example.vn`,
  phone: `08${String(Date.now() + n).slice(-8)}`,
  topic: 'an-phi',
  title: `Hỏi về án phí ${RUN} số ${n}`,
  question: `Tôi là Trần Thị Riêng ở số ${n} phố Riêng ${RUN}; án phí thi hành án tính thế nào?`,
  consent: 'on',
});
const older = citizen(1, 'phutho');
const newer = citizen(2, 'phutho');
const hanoi = citizen(3, 'hanoi');
const EDITED = `Án phí thi hành án được tính như thế nào? (${RUN})`;
const ANSWER = `Phí thi hành án được tính theo Thông tư của Bộ Tài chính (${RUN}).`;
const ids: Record<string, string> = {};
const accounts: Record<'author' | 'editor' | 'hanoiEditor', string> = { author: '', editor: '', hanoiEditor: '' };

/** A new admin account of an agency (invited, registered, given its agency as the administrator does). */
async function accountOf(agency: string, role: string, name: string): Promise<string> {
  const email = await createEditor(`${name}-${RUN}@thads.example.gov.vn`, role);
  const users = await adminApi<{ data: { results: Array<{ id: number; email: string }> } }>(
    'GET',
    `/admin/users?_q=${encodeURIComponent(email)}`,
  );
  const user = users.data.results.find((candidate) => candidate.email === email);
  if (!user) throw new Error(`The account ${email} is not among the admin's users`);
  await adminApi('POST', `/thads-agencies/accounts/${user.id}`, { agency });
  return email;
}

/** The draft of a question asked in this run, as the administrator reads it. */
async function draftOf(title: string) {
  const list = await adminApi<{ results: Array<{ documentId: string; title: string; state: string; status: string }> }>(
    'GET',
    `${QUESTIONS}?page=1&pageSize=10&filters[$and][0][title][$eq]=${encodeURIComponent(title)}`,
  );
  const found = list.results[0];
  if (!found) throw new Error(`No question "${title}"`);
  return found;
}

/** The titles of this run's questions in the queue, top to bottom. */
async function queueOf(page: Page): Promise<string[]> {
  await page.goto(QUEUE);
  await page.getByRole('heading', { level: 1, name: 'Câu hỏi của công dân' }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.getByRole('link', { name: 'Xem mọi câu hỏi trong danh sách' }).waitFor();
  return (await page.getByRole('row').allTextContents()).filter((row) => row.includes(RUN));
}

beforeAll(async () => {
  let client = Number.parseInt(RUN.slice(-2), 36);
  for (const asked of [older, newer, hanoi]) {
    const response = await fetch(`${CMS_URL}/api/questions/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `203.0.113.${(client += 37) % 250}` },
      body: JSON.stringify(asked),
    });
    if (response.status !== 201) throw new Error(`The question was not taken: ${await response.text()}`);
    ids[asked.title] = (await draftOf(asked.title)).documentId;
  }
  accounts.author = await accountOf('phutho', 'strapi-author', 'tac-gia-hoi-dap');
  accounts.editor = await accountOf('phutho', 'strapi-editor', 'bien-tap-hoi-dap');
  accounts.hanoiEditor = await accountOf('hanoi', 'strapi-editor', 'bien-tap-hoi-dap-ha-noi');
});

describe("the admin's queue of citizens' questions", () => {
  it("shows an Author of Phú Thọ its agency's questions oldest first; the Author drafts an answer and cannot publish", async () => {
    const { page } = await openPage(browser, { width: 1280 });
    await signInToAdmin(page, accounts.author);
    // From the main menu, as an Author finds it.
    await page.getByRole('link', { name: 'Câu hỏi của công dân' }).click();
    const rows = await queueOf(page);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(older.title);
    expect(rows[1]).toContain(newer.title);
    // Never another agency's, nor the citizen's contact.
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).not.toContain(hanoi.title);
    for (const contact of [older.name, older.email, older.phone]) expect(main).not.toContain(contact);
    expect(await axeViolations(page, 'main')).toEqual([]);
    expect(await smallText(page, 'main')).toEqual([]);

    await page.getByRole('link', { name: older.title }).click();
    await page.waitForURL((url) => url.pathname.endsWith(ids[older.title]!));
    const answer = page.locator('[contenteditable="true"]').first();
    await answer.waitFor();
    await answer.click();
    await page.keyboard.type(ANSWER);
    const saved = page.waitForResponse(
      (response) => response.url().includes(ids[older.title]!) && response.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'Lưu' }).click();
    expect((await saved).status()).toBe(200);
    // No publication for an Author: no button that would do it.
    const publish = page.getByRole('button', { name: 'Xuất bản' });
    expect((await publish.count()) === 0 || (await publish.isDisabled())).toBe(true);
    const draft = await draftOf(older.title);
    expect(draft.state).toBe('answering');
    expect(draft.status).toBe('draft');
    await page.context().close();
  });

  it('never shows them to an Editor of another agency, in the queue or by their address', async () => {
    const { page } = await openPage(browser, { width: 1280 });
    await signInToAdmin(page, accounts.hanoiEditor);
    const rows = await queueOf(page);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(hanoi.title);
    const refused = page.waitForResponse(
      (response) => response.url().includes(`/api::question.question/${ids[newer.title]}`) && response.status() === 403,
    );
    await page.goto(`${CMS_URL}/admin${QUESTIONS}/${ids[newer.title]}`);
    await refused;
    await page.waitForLoadState('networkidle');
    expect(await page.locator(`input[value="${newer.title}"]`).count()).toBe(0);
    await page.context().close();
  });

  it("lets an Editor take the citizen's details out and publish: public at /phutho/hoi-dap/<slug>, without who asked", async () => {
    const { page } = await openPage(browser, { width: 1280 });
    await signInToAdmin(page, accounts.editor);
    const rows = await queueOf(page);
    expect(rows[0]).toContain(older.title);
    await page.getByRole('link', { name: older.title }).click();
    await page.waitForURL((url) => url.pathname.endsWith(ids[older.title]!));
    const text = page.getByRole('textbox', { name: /^Câu hỏi/ });
    await expect.poll(() => text.inputValue()).toBe(older.question);
    await text.fill(EDITED);
    const saved = page.waitForResponse(
      (response) => response.url().includes(ids[older.title]!) && response.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'Lưu' }).click();
    expect((await saved).status()).toBe(200);
    const published = page.waitForResponse((response) => response.url().includes('/actions/publish'));
    await page.getByRole('button', { name: 'Xuất bản' }).click();
    expect((await published).status()).toBe(200);
    // It leaves the queue.
    expect((await queueOf(page)).map((row) => row.includes(older.title))).toEqual([false]);
    await page.context().close();

    const list = (await (
      await fetch(`${CMS_URL}/api/questions?agency=phutho&filters[title][$eq]=${encodeURIComponent(older.title)}`)
    ).json()) as { data: Array<{ slug: string; question: string }> };
    expect(list.data).toHaveLength(1);
    const { slug } = list.data[0]!;
    expect(slug).toBe(`hoi-ve-an-phi-${RUN}-so-1`);
    const response = await fetch(`${SITE_URL}/phutho/hoi-dap/${slug}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(EDITED);
    expect(html).toContain(ANSWER);
    for (const secret of [older.name, older.email, older.phone, `phố Riêng ${RUN}`])
      expect(html, secret).not.toContain(secret);
  });
});
