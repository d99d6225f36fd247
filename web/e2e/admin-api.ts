import { CMS_URL } from './browser';

// The browser-test stack starts on an empty database: the first administrator is registered the way a new
// installation's owner does it, then the admin API is used as the admin panel uses it.
const ADMIN = {
  firstname: 'Quản',
  lastname: 'Trị',
  email: 'quan-tri@thads.example.gov.vn',
  password: 'KiemThu-2026-an-toan!',
};

let token: Promise<string> | undefined;

async function adminToken(): Promise<string> {
  const register = await fetch(`${CMS_URL}/admin/register-admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (register.ok) return ((await register.json()) as { data: { token: string } }).data.token;
  const login = await fetch(`${CMS_URL}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
  });
  if (!login.ok) throw new Error(`Cannot sign in to the admin API: ${login.status} ${await login.text()}`);
  return ((await login.json()) as { data: { token: string } }).data.token;
}

/** A call to the admin API as the stack's administrator; throws with the CMS's message on failure. */
export async function adminApi<T>(method: string, path: string, body?: unknown): Promise<T> {
  token ??= adminToken();
  const response = await fetch(`${CMS_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${await token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Creates and publishes an article through the content manager, as an editor would. */
export async function publishArticle(data: Record<string, unknown>): Promise<{ documentId: string; slug: string }> {
  const created = await adminApi<{ data: { documentId: string } }>(
    'POST',
    '/content-manager/collection-types/api::article.article',
    data,
  );
  const published = await adminApi<{ data: { documentId: string; slug: string } }>(
    'POST',
    `/content-manager/collection-types/api::article.article/${created.data.documentId}/actions/publish`,
    {},
  );
  return published.data;
}
