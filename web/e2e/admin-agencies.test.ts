import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, createDraft, createEditor } from './admin-api';
import { articleEditUrl, signInToAdmin } from './admin-session';
import { CMS_URL, openPage, useBrowser } from './browser';

// A Phú Thọ editor's admin: their agency's articles and those of the agencies merged into it (Vĩnh Phúc, Hòa Bình),
// never another province's, whichever way they look.
const browser = useBrowser();
const RUN = String(Date.now());
const TITLES = {
  phutho: `Tin của Phú Thọ ${RUN}`,
  vinhphuc: `Tin lưu trữ của Vĩnh Phúc ${RUN}`,
  hoabinh: `Tin lưu trữ của Hòa Bình ${RUN}`,
  hanoi: `Tin của Hà Nội ${RUN}`,
} as const;
const documents: Partial<Record<keyof typeof TITLES, string>> = {};
let email = '';

beforeAll(async () => {
  for (const [agency, title] of Object.entries(TITLES) as Array<[keyof typeof TITLES, string]>)
    documents[agency] = await createDraft({ title, lead: 'Bài thử phạm vi cơ quan.', agency });
  email = await createEditor(`bien-tap-phu-tho-${RUN}@thads.example.gov.vn`);
  const users = await adminApi<{ data: { results: Array<{ id: number; email: string }> } }>(
    'GET',
    `/admin/users?_q=${encodeURIComponent(email)}`,
  );
  const user = users.data.results.find((candidate) => candidate.email === email);
  if (!user) throw new Error(`The editor ${email} is not among the admin's users`);
  await adminApi('POST', `/thads-agencies/accounts/${user.id}`, { agency: 'phutho' });
});

describe("a province's editor in the admin", () => {
  it('lists only their agency and the agencies merged into it, and says so above the list', async () => {
    const { page } = await openPage(browser, { width: 1280 });
    await signInToAdmin(page, email);
    await page.goto(
      `${CMS_URL}/admin/content-manager/collection-types/api::article.article?page=1&pageSize=50&_q=${RUN}`,
    );
    await page.getByRole('row').filter({ hasText: TITLES.phutho }).waitFor();
    await page.waitForLoadState('networkidle');
    const rows = await page.getByRole('row').filter({ hasText: RUN }).allTextContents();
    const listed = Object.entries(TITLES)
      .filter(([, title]) => rows.some((row) => row.includes(title)))
      .map(([agency]) => agency)
      .sort();
    expect(listed).toEqual(['hoabinh', 'phutho', 'vinhphuc']);
    expect(rows).toHaveLength(3);
    // Each row names its agency in words; the line above the list names the three.
    expect(rows.find((row) => row.includes(TITLES.vinhphuc))).toMatch(/Vĩnh Phúc/);
    const scope = await page.getByText(/^Cơ quan: /).textContent();
    for (const name of ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình']) expect(scope).toContain(name);
    expect(scope).not.toContain('Hà Nội');
  });

  it("does not open another province's article by its address", async () => {
    const { page } = await openPage(browser, { width: 1280 });
    await signInToAdmin(page, email);
    const refused = page.waitForResponse(
      (response) => response.url().includes(`/api::article.article/${documents.hanoi}`) && response.status() === 403,
    );
    await page.goto(articleEditUrl(documents.hanoi!));
    await refused;
    await page.waitForLoadState('networkidle');
    expect(await page.getByText(TITLES.hanoi).count()).toBe(0);
    expect(await page.locator(`input[value="${TITLES.hanoi}"]`).count()).toBe(0);
  });
});
